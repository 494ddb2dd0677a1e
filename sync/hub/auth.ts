import type { FastifyRequest } from 'fastify';
import type { Database } from './db/database';
import { HubProblem } from './problems';
import { findTerminalByToken, type TerminalIdentity } from './repositories/terminals';

/** Every sync request carries `Authorization: Bearer <terminal token>`; the token decides the hall. */
export async function authenticateTerminal(db: Database, request: FastifyRequest): Promise<TerminalIdentity> {
  const header = request.headers.authorization;
  const m = header ? /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header) : null;
  if (!m?.[1]) throw new HubProblem(401, 'UNAUTHENTICATED', '缺少或无法识别终端令牌');
  const terminal = await findTerminalByToken(m[1])(db);
  if (!terminal) throw new HubProblem(401, 'UNAUTHENTICATED', '终端令牌无效，请由信息技术人员重新登记终端');
  if (terminal.revoked) throw new HubProblem(401, 'TOKEN_REVOKED', '该终端已被吊销，请联系信息技术人员');
  return terminal;
}
