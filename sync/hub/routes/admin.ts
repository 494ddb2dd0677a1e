import type { FastifyInstance } from 'fastify';
import { randomBytes, scryptSync } from 'node:crypto';
import { z } from 'zod';
import { loadCalendar } from '../../../shared/calendar';
import { loadCatalog } from '../../../shared/catalog';
import { caseEventSchema, type CaseEvent } from '../../../shared/case/case-event';
import { backOfficeEventRequestSchema, enrolmentCodeRequestSchema, hubRoutes } from '../../../shared/sync/contract';
import { userSchema } from '../../../shared/users/user';
import { authenticateService } from '../auth';
import type { Database } from '../db/database';
import { HubProblem, validationProblem } from '../problems';
import { GLOBAL_HALL, findDocument, writeHubDocuments } from '../repositories/documents';
import { createEnrolmentCode, ensureHall, revokeTerminal } from '../repositories/terminals';

/** Catalogs are large documents; only this route accepts such bodies. */
const REFERENCE_BODY_LIMIT = 16 * 1024 * 1024;

const userRequestSchema = z.object({
  id: z.string().trim().min(1).max(64),
  hallId: z.string().trim().min(1).max(64),
  staffNo: z.string().trim().min(1).max(32),
  displayName: z.string().trim().min(1).max(64),
  role: z.enum(['clerk', 'supervisor']),
  password: z.string().min(8).max(128),
  disabled: z.boolean().default(false),
});

/** scrypt in PHC-like form; terminals verify offline with the same parameters. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const N = 16384;
  const hash = scryptSync(password.normalize('NFKC'), salt, 32, { N, r: 8, p: 1 });
  return `$scrypt$ln=14,r=8,p=1$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Administration (IT) and back-office endpoints, authenticated with service tokens. */
export function adminRoutes(app: FastifyInstance, db: Database): void {
  app.post(hubRoutes.adminEnrolmentCodes(), async (request, reply) => {
    await authenticateService(db, request, ['admin']);
    const body = enrolmentCodeRequestSchema.safeParse(request.body);
    if (!body.success) throw validationProblem(body.error, 'body');
    await ensureHall(body.data.hallId, body.data.hallName)(db);
    const code = await createEnrolmentCode(body.data.hallId, body.data.validHours)(db);
    request.log.info({ hall: body.data.hallId }, 'enrolment code created');
    return reply.code(201).send({ code, hallId: body.data.hallId, validHours: body.data.validHours });
  });

  app.post<{ Params: { terminalId: string } }>('/v1/admin/terminals/:terminalId/revoke', async (request) => {
    await authenticateService(db, request, ['admin']);
    const revoked = await revokeTerminal(request.params.terminalId)(db);
    if (!revoked) throw new HubProblem(404, 'NOT_FOUND', '终端不存在或已吊销');
    request.log.warn({ terminal: request.params.terminalId }, 'terminal revoked');
    return { terminalId: request.params.terminalId, revoked: true };
  });

  app.post(hubRoutes.adminCatalog(), { bodyLimit: REFERENCE_BODY_LIMIT }, async (request, reply) => {
    await authenticateService(db, request, ['admin']);
    const loaded = loadCatalog(request.body);
    if (!loaded.ok) throw new HubProblem(422, 'CATALOG_INVALID', loaded.message);
    const catalog = loaded.value;
    const version = catalog.version;
    const written = await db.transaction(async (tx) => {
      const exists = await tx.query('select 1 from documents where collection = $1 and id = $2', ['catalog', `${version}:manifest:${version}`]);
      if (exists.length > 0) throw new HubProblem(409, 'CATALOG_VERSION_EXISTS', `版本 ${version} 已存在，请使用新的版本号`);
      const { matters, bundles, ...manifest } = catalog;
      const docs = [
        ...matters.map((m) => ({ id: `${version}:matter:${m.code.implementation}`, version, kind: 'matter', code: m.code.implementation, body: m })),
        ...bundles.map((b) => ({ id: `${version}:bundle:${b.code}`, version, kind: 'bundle', code: b.code, body: b })),
        // Written last: a terminal that sees the manifest knows every entry is there.
        { id: `${version}:manifest:${version}`, version, kind: 'manifest', code: version, body: { ...manifest, matterCount: matters.length, bundleCount: bundles.length } },
      ];
      return writeHubDocuments('catalog', GLOBAL_HALL, docs, 'insert')(tx);
    });
    request.log.info({ version, documents: written }, 'catalog imported');
    return reply.code(201).send({ version, documents: written });
  });

  app.post(hubRoutes.adminCalendar(), { bodyLimit: REFERENCE_BODY_LIMIT }, async (request, reply) => {
    await authenticateService(db, request, ['admin']);
    const loaded = loadCalendar(request.body);
    if (!loaded.ok) throw new HubProblem(422, 'CALENDAR_INVALID', loaded.message);
    const data = request.body as { version: string };
    const written = await db.transaction((tx) =>
      writeHubDocuments('calendar', GLOBAL_HALL, [{ id: `calendar:${data.version}`, version: data.version, body: data }], 'upsert')(tx),
    );
    return reply.code(201).send({ version: data.version, documents: written });
  });

  app.post(hubRoutes.adminUsers(), async (request, reply) => {
    await authenticateService(db, request, ['admin']);
    const body = userRequestSchema.safeParse(request.body);
    if (!body.success) throw validationProblem(body.error, 'body');
    const { password, ...rest } = body.data;
    const user = userSchema.parse({ ...rest, passwordHash: hashPassword(password), updatedAt: new Date().toISOString() });
    await db.transaction((tx) => writeHubDocuments('users', user.hallId, [user], 'upsert')(tx));
    return reply.code(201).send({ id: user.id, hallId: user.hallId });
  });

  // The back office reports progress; it reaches the counter through the change stream.
  app.post<{ Params: { caseId: string } }>('/v1/backoffice/cases/:caseId/events', async (request, reply) => {
    const principal = await authenticateService(db, request, ['backoffice']);
    const body = backOfficeEventRequestSchema.safeParse(request.body);
    if (!body.success) throw validationProblem(body.error, 'body');
    const found = await findDocument('applications', request.params.caseId)(db);
    if (!found) throw new HubProblem(404, 'CASE_NOT_FOUND', `办件 ${request.params.caseId.slice(0, 64)} 不存在或尚未同步到中心`);
    const event: CaseEvent = caseEventSchema.parse({
      id: body.data.eventId,
      caseId: request.params.caseId,
      hallId: found.hallId,
      type: body.data.type,
      at: new Date().toISOString(),
      actor: { kind: 'backoffice', ref: body.data.actorRef },
      ...(body.data.note ? { note: body.data.note } : {}),
    });
    const written = await db.transaction((tx) => writeHubDocuments('case_events', found.hallId, [event], 'insert')(tx));
    request.log.info({ case: request.params.caseId, type: event.type, service: principal.accountId, written }, 'back-office event');
    return reply.code(written ? 201 : 200).send({ eventId: event.id, created: written > 0 });
  });
}
