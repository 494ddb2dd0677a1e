import type { FastifyInstance } from 'fastify';
import { hubRoutes, reconciliationQuerySchema, type Reconciliation } from '../../../shared/sync/contract';
import { authenticate } from '../auth';
import type { Database } from '../db/database';
import { HubProblem, validationProblem } from '../problems';
import { reconcile } from '../repositories/documents';

/**
 * Count and digest of what the hub holds for one terminal and day, so a supervisor can
 * prove terminal and hub agree. Terminals may ask about terminals of their own hall.
 */
export function reconciliationRoutes(app: FastifyInstance, db: Database): void {
  app.get(hubRoutes.reconciliation(), async (request): Promise<Reconciliation> => {
    const principal = await authenticate(db, request);
    const query = reconciliationQuerySchema.safeParse(request.query);
    if (!query.success) throw validationProblem(query.error, 'query');
    const rows = await db.query<{ hall_id: string }>('select hall_id from terminals where id = $1', [query.data.terminal]);
    const hallId = rows[0]?.hall_id;
    if (!hallId) throw new HubProblem(404, 'NOT_FOUND', '终端不存在');
    if (principal.kind === 'terminal' ? principal.hallId !== hallId : !['admin', 'backoffice'].includes(principal.role))
      throw new HubProblem(403, 'WRONG_HALL', '只能核对本大厅终端的数据');
    const result = await reconcile(query.data.collection, hallId, query.data.terminal, query.data.day)(db);
    return { terminal: query.data.terminal, day: query.data.day, collection: query.data.collection, ...result };
  });
}
