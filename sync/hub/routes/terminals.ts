import type { FastifyInstance } from 'fastify';
import { enrolRequestSchema, hubRoutes, type EnrolResponse } from '../../../shared/sync/contract';
import type { Database } from '../db/database';
import { HubProblem, validationProblem } from '../problems';
import { enrolTerminal } from '../repositories/terminals';
import { authenticateTerminal } from '../auth';
import { renewTerminalToken } from '../repositories/principals';

export function terminalRoutes(app: FastifyInstance, db: Database): void {
  app.post(hubRoutes.enrol(), async (request, reply) => {
    const parsed = enrolRequestSchema.safeParse(request.body);
    if (!parsed.success) throw validationProblem(parsed.error, 'body');
    const enrolled = await enrolTerminal(parsed.data.code, parsed.data.terminalName)(db);
    if (!enrolled) throw new HubProblem(400, 'ENROLMENT_CODE_INVALID', '登记码不存在、已过期或已被使用');
    request.log.info({ terminal: enrolled.terminalId, hall: enrolled.hallId }, 'terminal enrolled');
    return reply.code(201).send(enrolled satisfies EnrolResponse);
  });

  // A terminal renews its own token before it expires; the old token stops working at once.
  app.post(hubRoutes.renew(), async (request) => {
    const terminal = await authenticateTerminal(db, request);
    const renewed = await renewTerminalToken(terminal.terminalId)(db);
    request.log.info({ terminal: terminal.terminalId }, 'terminal token renewed');
    return renewed;
  });
}
