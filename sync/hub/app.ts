import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { hubRoutes, limits } from '../../shared/sync/contract';
import type { Database } from './db/database';
import { HubProblem, problemBody, sendProblem } from './problems';
import { syncRoutes } from './routes/sync';
import { terminalRoutes } from './routes/terminals';

export interface HubOptions {
  db: Database;
  /** pino options or false; tests pass false. Personal data never reaches the log: bodies are not logged. */
  logger?: FastifyServerOptions['logger'];
  /** Origins allowed to call the hub from a browser (the workstation's). Electron uses app://counter. */
  allowedOrigins?: (string | RegExp)[];
}

export const defaultLogger: FastifyServerOptions['logger'] = {
  level: process.env.LOG_LEVEL ?? 'info',
  redact: ['req.headers.authorization', 'req.headers.cookie'],
};

/** Builds the hub's HTTP app; the caller listens. Stateless over the database. */
export async function buildHub(options: HubOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: limits.maxBodyBytes,
    // Request ids in logs let a supervisor's report be matched to hub lines without personal data.
    genReqId: () => crypto.randomUUID(),
  });

  await app.register(cors, {
    origin: options.allowedOrigins ?? [/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/, 'app://counter'],
    methods: ['GET', 'POST', 'HEAD', 'PATCH', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    maxAge: 600,
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof HubProblem) return sendProblem(reply, error);
    const fe = error as { code?: string; statusCode?: number };
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, new HubProblem(413, 'BODY_TOO_LARGE'));
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return sendProblem(reply, new HubProblem(415, 'UNSUPPORTED_MEDIA_TYPE', '请以 application/json 提交'));
    if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || (error instanceof SyntaxError && fe.statusCode === 400))
      return sendProblem(reply, new HubProblem(400, 'MALFORMED_BODY'));
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
      return sendProblem(reply, new HubProblem(fe.statusCode, 'MALFORMED_BODY'));
    request.log.error({ err: { message: (error as Error).message, code: fe.code } }, 'unhandled hub error');
    return reply.code(500).type('application/problem+json').send(problemBody(500, 'INTERNAL'));
  });

  app.setNotFoundHandler((_request, reply) => sendProblem(reply, new HubProblem(404, 'NOT_FOUND')));

  app.get(hubRoutes.health(), async () => ({ status: 'ok', database: options.db.kind }));
  syncRoutes(app, options.db);
  terminalRoutes(app, options.db);
  return app;
}
