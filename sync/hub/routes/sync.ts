import type { FastifyInstance } from 'fastify';
import { isTerminalEventType, type CaseEventType } from '../../../shared/case/case-event';
import { decodeCheckpoint } from '../../../shared/sync/checkpoint';
import {
  PULL_ROUTE,
  PUSH_ROUTE,
  hubRoutes,
  isCollectionName,
  limits,
  pullQuerySchema,
  pushBodySchema,
  replicatedCollections,
  terminalWrites,
  type CollectionName,
  type StreamEvent,
} from '../../../shared/sync/contract';
import { authenticateTerminal } from '../auth';
import type { ChangeBus } from '../change-bus';
import type { Database } from '../db/database';
import type { HubMetrics } from '../metrics';
import { HubProblem, validationProblem } from '../problems';
import { WrongHallError, pullDocuments, pushDocuments, type PushRow } from '../repositories/documents';

function collectionFrom(params: unknown): CollectionName {
  const name = (params as { collection?: string }).collection ?? '';
  if (!isCollectionName(name)) throw new HubProblem(404, 'UNKNOWN_COLLECTION', `没有名为 ${name.slice(0, 40)} 的数据集合`);
  return name;
}

const HEARTBEAT_MS = 25_000;

/** Pull, push and the change stream of RxDB's HTTP replication (ARCHITECTURE.md §3). */
export function syncRoutes(app: FastifyInstance, deps: { db: Database; bus: ChangeBus; metrics: HubMetrics }): void {
  const { db, bus, metrics } = deps;
  const openStreams = new Set<() => void>();
  // End streams before the server waits for connections to drain, or close() would hang.
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });

  app.get(PULL_ROUTE, async (request) => {
    const terminal = await authenticateTerminal(db, request);
    const collection = collectionFrom(request.params);
    const query = pullQuerySchema.safeParse(request.query);
    if (!query.success) throw validationProblem(query.error, 'query');
    const checkpoint = query.data.checkpoint ? decodeCheckpoint(query.data.checkpoint) : undefined;
    if (query.data.checkpoint && !checkpoint) throw new HubProblem(400, 'BAD_CHECKPOINT', '检查点格式应为 <事务号>.<序号>');
    const page = await pullDocuments(collection, terminal.hallId, checkpoint, query.data.limit, terminal.terminalId)(db);
    metrics.pulledDocuments.inc({ collection }, page.documents.length);
    return page;
  });

  app.post(PUSH_ROUTE, async (request) => {
    const terminal = await authenticateTerminal(db, request);
    const collection = collectionFrom(request.params);
    const spec = replicatedCollections[collection];
    if (!terminalWrites(collection)) throw new HubProblem(403, 'FORBIDDEN_COLLECTION', `${collection} 由中心维护，终端只能读取`);
    if (Array.isArray(request.body) && request.body.length > limits.maxPushRows)
      throw new HubProblem(413, 'BATCH_TOO_LARGE', `每批最多 ${limits.maxPushRows} 条`);
    const parsed = pushBodySchema(spec.schema).safeParse(request.body);
    if (!parsed.success) throw validationProblem(parsed.error, 'body');
    for (const row of parsed.data) {
      const doc = row.newDocumentState as Record<string, unknown> & { id: string };
      if (JSON.stringify(doc).length > limits.maxDocumentBytes)
        throw new HubProblem(413, 'DOCUMENT_TOO_LARGE', `记录 ${doc.id} 超过 ${limits.maxDocumentBytes} 字节`);
      // A terminal writes only for its own hall and as itself.
      if (doc.hallId !== terminal.hallId || doc.terminalId !== terminal.terminalId)
        throw new HubProblem(403, 'WRONG_HALL', `记录 ${doc.id} 不属于本终端或本大厅`);
      if (collection === 'case_events' && !isTerminalEventType(doc.type as CaseEventType))
        throw new HubProblem(403, 'FORBIDDEN', `终端不能写入后台事件 ${String(doc.type)}`);
    }
    const end = metrics.pushDuration.startTimer({ collection });
    try {
      const outcome = await pushDocuments(collection, terminal.hallId, terminal.terminalId, parsed.data as PushRow[], {
        appendOnly: spec.writer === 'both',
      })(db);
      metrics.pushedDocuments.inc({ collection }, outcome.written);
      if (outcome.conflicts.length > 0) {
        metrics.conflicts.inc({ collection }, outcome.conflicts.length);
        request.log.warn({ collection, terminal: terminal.terminalId, conflicts: outcome.conflicts.map((c) => c.id) }, 'push conflicts');
      }
      request.log.info({ collection, terminal: terminal.terminalId, rows: parsed.data.length, written: outcome.written }, 'push');
      return outcome.conflicts;
    } catch (e) {
      if (e instanceof WrongHallError) throw new HubProblem(403, 'WRONG_HALL', `记录 ${e.documentId} 属于其他大厅`);
      throw e;
    } finally {
      end();
    }
  });

  // Server-sent events: a hint to pull, never data. After (re)connecting the client gets
  // RESYNC, because notices sent while it was away are gone.
  app.get(hubRoutes.stream(), async (request, reply) => {
    const terminal = await authenticateTerminal(db, request);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      ...corsHeaders(request.headers.origin),
    });
    const send = (e: StreamEvent) => res.write(`data: ${JSON.stringify(e)}\n\n`);
    send({ type: 'resync' });
    const unsubscribe = bus.subscribe(terminal.hallId, (n) => send({ type: 'change', collection: n.collection }));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    metrics.streams.inc();
    const close = () => {
      if (!openStreams.delete(close)) return;
      clearInterval(heartbeat);
      unsubscribe();
      metrics.streams.dec();
      res.end();
    };
    openStreams.add(close);
    request.raw.on('close', close);
  });
}

/** A hijacked reply bypasses @fastify/cors; repeat its decision for the stream. */
function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  const allowed = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin) || origin === 'app://counter';
  return allowed ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
}
