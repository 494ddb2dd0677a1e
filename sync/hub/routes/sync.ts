import type { FastifyInstance } from 'fastify';
import { decodeCheckpoint } from '../../../shared/sync/checkpoint';
import {
  PULL_ROUTE,
  PUSH_ROUTE,
  isCollectionName,
  limits,
  pullQuerySchema,
  pushBodySchema,
  replicatedCollections,
  type CollectionName,
} from '../../../shared/sync/contract';
import { authenticateTerminal } from '../auth';
import type { Database } from '../db/database';
import { HubProblem, validationProblem } from '../problems';
import { WrongHallError, pullDocuments, pushDocuments, type PushRow } from '../repositories/documents';

function collectionFrom(params: unknown): CollectionName {
  const name = (params as { collection?: string }).collection ?? '';
  if (!isCollectionName(name)) throw new HubProblem(404, 'UNKNOWN_COLLECTION', `没有名为 ${name.slice(0, 40)} 的数据集合`);
  return name;
}

/** Pull and push of RxDB's HTTP replication (ARCHITECTURE.md §3). */
export function syncRoutes(app: FastifyInstance, db: Database): void {
  app.get(PULL_ROUTE, async (request) => {
    const terminal = await authenticateTerminal(db, request);
    const collection = collectionFrom(request.params);
    const query = pullQuerySchema.safeParse(request.query);
    if (!query.success) throw validationProblem(query.error, 'query');
    const checkpoint = query.data.checkpoint ? decodeCheckpoint(query.data.checkpoint) : undefined;
    if (query.data.checkpoint && !checkpoint) throw new HubProblem(400, 'BAD_CHECKPOINT', '检查点格式应为 <事务号>.<序号>');
    return pullDocuments(collection, terminal.hallId, checkpoint, query.data.limit)(db);
  });

  app.post(PUSH_ROUTE, async (request) => {
    const terminal = await authenticateTerminal(db, request);
    const collection = collectionFrom(request.params);
    const spec = replicatedCollections[collection];
    if (!spec.terminalWrites) throw new HubProblem(403, 'FORBIDDEN_COLLECTION', `${collection} 由中心维护，终端只能读取`);
    if (Array.isArray(request.body) && request.body.length > limits.maxPushRows)
      throw new HubProblem(413, 'BATCH_TOO_LARGE', `每批最多 ${limits.maxPushRows} 条`);
    const parsed = pushBodySchema(spec.schema).safeParse(request.body);
    if (!parsed.success) throw validationProblem(parsed.error, 'body');
    for (const row of parsed.data) {
      const doc = row.newDocumentState;
      if (JSON.stringify(doc).length > limits.maxDocumentBytes)
        throw new HubProblem(413, 'DOCUMENT_TOO_LARGE', `记录 ${doc.id} 超过 ${limits.maxDocumentBytes} 字节`);
      if (doc.hallId !== terminal.hallId || doc.terminalId !== terminal.terminalId)
        throw new HubProblem(403, 'WRONG_HALL', `记录 ${doc.id} 不属于本终端所在大厅`);
    }
    try {
      const outcome = await pushDocuments(collection, terminal.hallId, terminal.terminalId, parsed.data as PushRow[])(db);
      if (outcome.conflicts.length > 0)
        request.log.warn({ collection, terminal: terminal.terminalId, conflicts: outcome.conflicts.map((c) => c.id) }, 'push conflicts');
      request.log.info({ collection, terminal: terminal.terminalId, rows: parsed.data.length, written: outcome.written }, 'push');
      return outcome.conflicts;
    } catch (e) {
      if (e instanceof WrongHallError) throw new HubProblem(403, 'WRONG_HALL', `记录 ${e.documentId} 属于其他大厅`);
      throw e;
    }
  });
}
