import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { hubRoutes, limits } from '../../shared/sync/contract';
import { authenticateService } from './auth';
import { registerBlobRoutes } from './blobs';
import { ChangeBus } from './change-bus';
import type { Database } from './db/database';
import { createHubMetrics, type HubMetrics } from './metrics';
import { HubProblem, problemBody, sendProblem } from './problems';
import { adminRoutes } from './routes/admin';
import { reconciliationRoutes } from './routes/reconciliation';
import { syncRoutes } from './routes/sync';
import { terminalRoutes } from './routes/terminals';

export interface HubOptions {
  db: Database;
  /** pino options or false; tests pass false. Personal data never reaches the log: bodies are not logged. */
  logger?: FastifyServerOptions['logger'];
  /** Origins allowed to call the hub from a browser (the workstation's). Electron uses app://counter. */
  allowedOrigins?: (string | RegExp)[];
  /** Where scanned files are stored (content-addressed) and uploads in progress are kept. */
  blobDir: string;
  maxBlobBytes?: number;
}

export const defaultLogger: FastifyServerOptions['logger'] = {
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.authorization', 'req.headers.cookie'],
};

export type HubApp = FastifyInstance & { hub: { bus: ChangeBus; metrics: HubMetrics } };

/** Builds the hub's HTTP app; the caller listens. Stateless over the database. */
export async function buildHub(options: HubOptions): Promise<HubApp> {
  const db = options.db;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.maxBodyBytes,
    // Request ids in logs let a supervisor's report be matched to hub lines without personal data.
    genReqId: () => crypto.randomUUID(),
  });
  const metrics = createHubMetrics();
  const bus = new ChangeBus(db);
  await bus.start();
  app.addHook('onClose', async () => bus.stop());

  await app.register(cors, {
    origin: options.allowedOrigins ?? [/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/, 'app://counter'],
    methods: ['GET', 'POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Tus-Resumable', 'Upload-Length', 'Upload-Metadata', 'Upload-Offset', 'Upload-Defer-Length', 'Upload-Concat'],
    exposedHeaders: ['Location', 'Upload-Offset', 'Upload-Length', 'Tus-Resumable', 'Date'],
    maxAge: 600,
  });

  app.addHook('onResponse', async (request, reply) => {
    metrics.httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    metrics.problems.inc({ code: problem?.code ?? 'INTERNAL' });
    if (problem) return sendProblem(reply, problem);
    const fe = error as { code?: string };
    request.log.error({ err: { message: (error as Error).message, code: fe.code } }, 'unhandled hub error');
    return reply.code(500).type('application/problem+json').send(problemBody(500, 'INTERNAL'));
  });

  app.setNotFoundHandler((_request, reply) => sendProblem(reply, new HubProblem(404, 'NOT_FOUND')));

  app.get(hubRoutes.health(), async () => ({ status: 'ok', database: db.kind }));
  app.get(hubRoutes.metrics(), async (request, reply) => {
    await authenticateService(db, request, ['metrics']);
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  syncRoutes(app, { db, bus, metrics });
  terminalRoutes(app, db);
  adminRoutes(app, db);
  reconciliationRoutes(app, db);
  await registerBlobRoutes(app, { db, dataDir: options.blobDir, ...(options.maxBlobBytes ? { maxBlobBytes: options.maxBlobBytes } : {}) });
  app.decorate('hub', { bus, metrics });
  return app as unknown as HubApp;
}

/** Maps Fastify's own client errors to our problems; undefined means a real server fault. */
function toProblem(error: unknown): HubProblem | undefined {
  if (error instanceof HubProblem) return error;
  const fe = error as { code?: string; statusCode?: number };
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HubProblem(413, 'BODY_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HubProblem(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 application/json 提交');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HubProblem(400, 'MALFORMED_BODY');
  }
  if (error instanceof SyntaxError) return new HubProblem(400, 'MALFORMED_BODY');
  if (fe.statusCode === 405) return new HubProblem(405, 'METHOD_NOT_ALLOWED');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return new HubProblem(fe.statusCode, 'MALFORMED_BODY');
  return undefined;
}
