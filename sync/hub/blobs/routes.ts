import type { IncomingMessage } from 'node:http';
import { MemoryLocker, Metadata, Server as TusServer, type Upload } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticateTerminal } from '../auth';
import type { Database } from '../db/database';
import type { TerminalIdentity } from '../repositories/terminals';
import { HubProblem, problemBody } from '../problems';
import { DiskBlobStore, UPLOAD_ID, type BlobStore, type FinaliseResult, type IncomingUpload } from './blob-store';
import { isSha256Hex } from './digest';
import { findBlob, recordBlob } from './repository';

export const BLOBS_ROUTE = '/v1/blobs';
export const BLOB_BY_DIGEST_ROUTE = '/v1/blobs/by-digest/:sha256';
export const DEFAULT_MAX_BLOB_BYTES = 50 * 1024 * 1024;

export interface BlobRouteDeps {
  db: Database;
  /** Folder owned by blob storage: `incoming/` (uploads in progress) and `store/` (verified blobs). */
  dataDir: string;
  /** Largest accepted blob; default 50 MB. */
  maxBlobBytes?: number;
  /** Another storage behind the same interface; default: DiskBlobStore under dataDir. */
  store?: BlobStore;
  /** Unfinished uploads older than this cannot be resumed and are deleted; default 7 days. */
  incompleteRetentionMs?: number;
}

/** Headers tus clients send and read; browsers need them allowed and exposed (CORS). */
const TUS_REQUEST_HEADERS = [
  'Authorization', 'Content-Type', 'Tus-Resumable', 'Upload-Length', 'Upload-Metadata', 'Upload-Offset',
  'Upload-Defer-Length', 'Upload-Concat', 'X-HTTP-Method-Override', 'X-Requested-With', 'X-Request-ID',
];
const TUS_RESPONSE_HEADERS = [
  'Location', 'Upload-Offset', 'Upload-Length', 'Upload-Metadata', 'Upload-Expires',
  'Tus-Resumable', 'Tus-Version', 'Tus-Extension', 'Tus-Max-Size',
];
// Route-level options for @fastify/cors, merged over the hub's own (origins stay the hub's).
const corsForTus = {
  cors: { methods: ['POST', 'HEAD', 'PATCH', 'DELETE', 'OPTIONS'], allowedHeaders: TUS_REQUEST_HEADERS, exposedHeaders: TUS_RESPONSE_HEADERS },
};

const SWEEP_EVERY_MS = 3600_000;

/** The IncomingMessage behind the tus server's web Request (srvx keeps it as runtime.node.req). */
function nodeRequestOf(req: unknown): IncomingMessage | undefined {
  return (req as { runtime?: { node?: { req?: IncomingMessage } } }).runtime?.node?.req;
}

const tusError = (status: number, code: Parameters<typeof problemBody>[1], detail?: string) => ({
  status_code: status,
  body: JSON.stringify(problemBody(status, code, detail)),
});

function mismatchProblem(): HubProblem {
  return new HubProblem(422, 'BLOB_DIGEST_MISMATCH', '收到的文件与声明的校验值或大小不符，中心未保存，请重新发送');
}

/**
 * Scans travel on their own resumable channel (tus 1.0 on /v1/blobs), apart from
 * the document batches: a cut connection costs at most the chunk in flight, and a
 * blob is acknowledged only after the hub has hashed it and stored it under its
 * SHA-256. Every request is authenticated with the terminal token; an upload can
 * be continued only by the terminal (and so the hall) that created it.
 *
 * Personal data: scans are personal documents. Nothing here logs file names,
 * metadata values other than digest and size, or bytes; the client's own metadata
 * is not even kept (the upload record holds digest, size, hall and terminal only).
 */
export async function registerBlobRoutes(app: FastifyInstance, deps: BlobRouteDeps): Promise<void> {
  const { db } = deps;
  const maxBlobBytes = deps.maxBlobBytes ?? DEFAULT_MAX_BLOB_BYTES;
  const retentionMs = deps.incompleteRetentionMs ?? 7 * 24 * 3600_000;
  const store = deps.store ?? (await DiskBlobStore.open(deps.dataDir));

  // Who is behind each request tus is handling: set after authentication, read in onUploadCreate.
  const identities = new WeakMap<IncomingMessage, TerminalIdentity>();
  // One verification per upload at a time (the last PATCH and a HEAD may race for it).
  const finalising = new Map<string, Promise<FinaliseResult>>();

  const finaliseOnce = (upload: IncomingUpload): Promise<FinaliseResult> => {
    let running = finalising.get(upload.id);
    if (!running) {
      running = (async () => {
        const result = await store.finalise(upload.id, upload);
        // Recorded only after the bytes are durably in place: the row is the acknowledgement.
        if (result.ok) await recordBlob(upload)(db);
        app.log.info(
          { uploadId: upload.id, sha256: upload.sha256, size: upload.size, hall: upload.hallId, result: result.ok ? 'stored' : result.reason },
          'blob upload finished',
        );
        return result;
      })().finally(() => finalising.delete(upload.id));
      finalising.set(upload.id, running);
    }
    return running;
  };

  // Shared with tus so that a HEAD answered here waits, as tus's own would, for a PATCH
  // still writing (typically one whose connection was just cut) to settle its offset.
  const locker = new MemoryLocker();

  const tus = new TusServer({
    path: BLOBS_ROUTE,
    locker,
    datastore: store.incoming,
    maxSize: maxBlobBytes,
    // The client resolves it against the URL it used, which survives proxies.
    relativeLocation: true,
    // @fastify/cors decides origins for the whole hub; its headers are copied in handOver.
    allowedOrigins: () => false,
    async onUploadCreate(req, upload) {
      const nodeReq = nodeRequestOf(req);
      const owner = nodeReq ? identities.get(nodeReq) : undefined;
      const claim = claimFrom(upload.metadata, upload.size);
      if (!owner) throw tusError(401, 'UNAUTHENTICATED');
      if (!claim.ok) throw tusError(422, 'VALIDATION_FAILED', claim.message);
      return {
        metadata: { sha256: claim.sha256, size: String(claim.size), hallId: owner.hallId, terminalId: owner.terminalId },
      };
    },
    async onUploadFinish(_req, upload: Upload) {
      const incoming = await store.incomingUpload(upload.id);
      if (!incoming) throw tusError(404, 'BLOB_NOT_FOUND');
      const result = await finaliseOnce(incoming);
      if (result.ok) return {};
      const problem = mismatchProblem();
      return {
        status_code: problem.status,
        body: JSON.stringify(problemBody(problem.status, problem.code, problem.detail)),
        headers: { 'Content-Type': 'application/problem+json' },
      };
    },
  });

  /** tus answers on the raw response; the CORS headers Fastify prepared must travel with it. */
  async function handOver(request: FastifyRequest, reply: FastifyReply, identity: TerminalIdentity): Promise<void> {
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
    identities.set(request.raw, identity);
    reply.hijack();
    try {
      await tus.handle(request.raw, reply.raw);
    } catch (e) {
      request.log.error({ err: { message: (e as Error).message } }, 'tus handler failed');
      if (!reply.raw.headersSent) reply.raw.writeHead(500, { 'content-type': 'application/problem+json' }).end(JSON.stringify(problemBody(500, 'INTERNAL')));
      else reply.raw.destroy();
    }
  }

  /** A tus HEAD answer (also used for a PATCH when the hall already holds the bytes). */
  function sendOffset(reply: FastifyReply, upload: IncomingUpload, offset: number, status: number) {
    return reply
      .code(status)
      .headers({ 'Tus-Resumable': '1.0.0', 'Upload-Offset': String(offset), 'Upload-Length': String(upload.size), 'Cache-Control': 'no-store' })
      .send();
  }

  /** The upload's record and received bytes, read while no PATCH is writing to it. */
  async function settledUpload(id: string): Promise<IncomingUpload | undefined> {
    const lock = locker.newLock(id);
    await lock.lock(AbortSignal.timeout(15_000), async () => {});
    try {
      return await store.incomingUpload(id);
    } finally {
      await lock.unlock();
    }
  }

  /** The caller's own upload, after any write or verification in progress has settled. */
  async function ownUpload(request: FastifyRequest, identity: TerminalIdentity): Promise<IncomingUpload> {
    const id = (request.params as { id?: string }).id ?? '';
    const notFound = () => new HubProblem(404, 'BLOB_NOT_FOUND', '没有这个上传，或它不属于本终端');
    if (!UPLOAD_ID.test(id)) throw notFound();
    await finalising.get(id)?.catch(() => undefined);
    const upload = request.method === 'HEAD' ? await settledUpload(id) : await store.incomingUpload(id);
    // Another terminal's upload answers exactly like one that does not exist.
    if (!upload || upload.hallId !== identity.hallId || upload.terminalId !== identity.terminalId) throw notFound();
    return upload;
  }

  await app.register(async (scope) => {
    // tus bodies are streamed to disk by the tus server, never parsed or buffered by Fastify.
    scope.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));

    scope.get(BLOB_BY_DIGEST_ROUTE, async (request) => {
      const identity = await authenticateTerminal(db, request);
      const sha256 = (request.params as { sha256?: string }).sha256 ?? '';
      if (!isSha256Hex(sha256)) throw new HubProblem(400, 'VALIDATION_FAILED', '文件标识应为 64 位小写十六进制 SHA-256');
      const found = await findBlob(identity.hallId, sha256)(db);
      if (!found || !(await store.has(sha256))) throw new HubProblem(404, 'BLOB_NOT_FOUND', '中心尚未收到这个文件');
      return { sha256: found.sha256, size: found.size, receivedAt: found.receivedAt };
    });

    scope.route({
      method: ['POST', 'OPTIONS'],
      url: BLOBS_ROUTE,
      config: corsForTus,
      handler: async (request, reply) => {
        if (request.method === 'OPTIONS') return reply.code(204).send(); // preflights are answered by @fastify/cors
        const identity = await authenticateTerminal(db, request);
        const h = request.headers;
        if (h['upload-defer-length'] !== undefined || h['upload-concat'] !== undefined)
          throw new HubProblem(400, 'VALIDATION_FAILED', '上传必须先声明文件大小，且不支持分段合并');
        const length = Number(h['upload-length']);
        if (typeof h['upload-length'] !== 'string' || !/^\d{1,15}$/.test(h['upload-length']))
          throw new HubProblem(400, 'VALIDATION_FAILED', '缺少或无法识别 Upload-Length');
        if (length > maxBlobBytes)
          throw new HubProblem(413, 'BLOB_TOO_LARGE', `单个文件最大 ${Math.floor(maxBlobBytes / 1024 / 1024)} MB`);
        let metadata: Record<string, string | null>;
        try {
          metadata = Metadata.parse(typeof h['upload-metadata'] === 'string' ? h['upload-metadata'] : undefined);
        } catch {
          throw new HubProblem(400, 'VALIDATION_FAILED', 'Upload-Metadata 格式不正确');
        }
        const claim = claimFrom(metadata, length);
        if (!claim.ok) throw new HubProblem(422, 'VALIDATION_FAILED', claim.message);
        return handOver(request, reply, identity);
      },
    });

    scope.route({
      method: ['HEAD', 'PATCH', 'DELETE', 'OPTIONS'],
      url: `${BLOBS_ROUTE}/:id`,
      config: corsForTus,
      exposeHeadRoute: false,
      handler: async (request, reply) => {
        if (request.method === 'OPTIONS') return reply.code(204).send(); // preflights are answered by @fastify/cors
        const identity = await authenticateTerminal(db, request);
        const upload = await ownUpload(request, identity);
        if (request.method === 'DELETE') return handOver(request, reply, identity);
        const done = request.method === 'HEAD' ? 200 : 204;

        // Already held by the hall (this upload, or the same bytes sent before): complete at once.
        if ((await findBlob(identity.hallId, upload.sha256)(db)) && (await store.has(upload.sha256)))
          return sendOffset(reply, upload, upload.size, done);
        // The record stays but the bytes left it: they were verified and moved (or found already
        // stored), then the hub stopped before writing the row. Bytes are only ever moved after
        // verification, so the row can be written now.
        if (upload.received === undefined && (await store.has(upload.sha256))) {
          await recordBlob(upload)(db);
          return sendOffset(reply, upload, upload.size, done);
        }
        // Unfinished for longer than the retention: start again (sweep() deletes such uploads too).
        const expired = upload.createdAt !== undefined && Date.now() - Date.parse(upload.createdAt) > retentionMs;
        if (upload.received === undefined || (expired && upload.received < upload.size)) {
          if (expired) await store.deleteIncomplete(upload.id);
          throw new HubProblem(404, 'BLOB_NOT_FOUND', '上传已失效，请重新发送');
        }
        // All bytes here but not verified yet (the last answer was lost, or the hub stopped
        // before verifying): verify now. "Complete" is never said of unverified bytes.
        if (upload.received === upload.size) {
          const result = await finaliseOnce(upload);
          if (result.ok) return sendOffset(reply, upload, upload.size, done);
          throw result.reason === 'digest-mismatch' ? mismatchProblem() : new HubProblem(404, 'BLOB_NOT_FOUND', '上传已失效，请重新发送');
        }
        // HEAD is answered here rather than by tus, whose answer would say "complete" for
        // bytes still being verified. A stale offset is harmless: tus refuses the next PATCH
        // with 409 and the client asks again.
        if (request.method === 'HEAD') return sendOffset(reply, upload, upload.received, 200);
        return handOver(request, reply, identity);
      },
    });
  });

  const sweep = () =>
    store.sweep(retentionMs).then(
      (removed) => removed > 0 && app.log.info({ removed }, 'expired blob uploads removed'),
      (e: unknown) => app.log.warn({ err: { message: (e as Error).message } }, 'blob upload sweep failed'),
    );
  void sweep();
  const timer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}

type Claim = { ok: true; sha256: string; size: number } | { ok: false; message: string };

/** The claimed digest and size from tus metadata; the size must equal Upload-Length. */
function claimFrom(metadata: Record<string, string | null> | undefined, length: number | undefined): Claim {
  const sha256 = metadata?.sha256;
  const size = Number(metadata?.size);
  if (!isSha256Hex(sha256)) return { ok: false, message: 'Upload-Metadata 中 sha256 应为 64 位小写十六进制' };
  if (!Number.isSafeInteger(size) || size < 0 || size !== length) return { ok: false, message: 'Upload-Metadata 中 size 应等于 Upload-Length' };
  return { ok: true, sha256, size };
}
