import type { FastifyRequest } from 'fastify';
import type { Database } from './db/database';
import { HubProblem } from './problems';
import { findPrincipalByToken, type Principal, type ServiceRole } from './repositories/principals';
import type { TerminalIdentity } from './repositories/terminals';

/**
 * Every hub request except /health carries `Authorization: Bearer <token>`. A terminal
 * token decides the hall; a service token (back office, administrators) its role.
 */
export async function authenticate(db: Database, request: FastifyRequest): Promise<Principal> {
  const header = request.headers.authorization;
  const m = header ? /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header) : null;
  if (!m?.[1]) throw new HubProblem(401, 'UNAUTHENTICATED', '缺少或无法识别令牌');
  const found = await findPrincipalByToken(m[1])(db);
  if (!found) throw new HubProblem(401, 'UNAUTHENTICATED', '令牌无效，终端请由信息技术人员重新登记');
  if (found.revoked) throw new HubProblem(401, 'TOKEN_REVOKED', '该令牌已被吊销，请联系信息技术人员');
  if (found.expired) throw new HubProblem(401, 'TOKEN_EXPIRED', '终端令牌已过期，请由信息技术人员重新登记终端');
  return found.kind === 'terminal'
    ? { kind: 'terminal', terminalId: found.terminalId, hallId: found.hallId }
    : { kind: 'service', accountId: found.accountId, role: found.role };
}

export async function authenticateTerminal(db: Database, request: FastifyRequest): Promise<TerminalIdentity> {
  const p = await authenticate(db, request);
  if (p.kind !== 'terminal') throw new HubProblem(403, 'FORBIDDEN', '该接口只供已登记的终端使用');
  return { terminalId: p.terminalId, hallId: p.hallId, revoked: false };
}

export async function authenticateService(db: Database, request: FastifyRequest, roles: readonly ServiceRole[]) {
  const p = await authenticate(db, request);
  if (p.kind !== 'service' || !(roles.includes(p.role) || p.role === 'admin'))
    throw new HubProblem(403, 'FORBIDDEN', `需要 ${roles.join(' 或 ')} 权限`);
  return p;
}
