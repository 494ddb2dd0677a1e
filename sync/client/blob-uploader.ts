import { Upload, type DetailedError, type PreviousUpload, type UrlStorage } from 'tus-js-client';
import { problemSchema } from '../../shared/sync';
import { HubCallError, type HubConnection } from './hub-api';

/**
 * Scans leave the terminal on their own resumable channel (tus 1.0), one file at a
 * time, each acknowledged by the hub only after it has checked the SHA-256. A cut
 * connection costs at most the chunk in flight: the upload's URL is kept under the
 * digest, so the next attempt — after a retry, a restart or a hub restart — asks the
 * hub how far it got and continues from there.
 *
 * Runs in the renderer: no node:* and no Buffer (tus-js-client's browser build there,
 * its Node build in tests; both get bytes from our own reader below).
 */

export const BLOBS_PATH = '/v1/blobs';
export const blobByDigestPath = (sha256: string) => `${BLOBS_PATH}/by-digest/${sha256}`;
/** One chunk per PATCH: the most a broken connection can waste. */
export const DEFAULT_CHUNK_BYTES = 1024 * 1024;
/** tus-js-client's own quick retries; longer outages are the caller's queue's business. */
export const DEFAULT_RETRY_DELAYS_MS = [0, 1000, 3000, 5000];
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Where upload URLs are remembered between attempts (tus-js-client's interface).
 * The renderer should persist them (e.g. in a local RxDB collection) so an upload
 * continues after a restart; entries hold the hub URL, digest and size, nothing personal.
 */
export type UploadUrlStorage = UrlStorage;

/** Keeps upload URLs for the life of the page (and of tests). */
export class MemoryUploadUrlStorage implements UploadUrlStorage {
  private readonly entries = new Map<string, PreviousUpload & { fingerprint: string }>();
  private next = 0;

  async findAllUploads(): Promise<PreviousUpload[]> {
    return [...this.entries.values()];
  }
  async findUploadsByFingerprint(fingerprint: string): Promise<PreviousUpload[]> {
    return [...this.entries.values()].filter((e) => e.fingerprint === fingerprint);
  }
  async removeUpload(urlStorageKey: string): Promise<void> {
    this.entries.delete(urlStorageKey);
  }
  async addUpload(fingerprint: string, upload: PreviousUpload): Promise<string> {
    const urlStorageKey = `tus::${fingerprint}::${++this.next}`;
    this.entries.set(urlStorageKey, { ...upload, urlStorageKey, fingerprint });
    return urlStorageKey;
  }
}

const sessionUrls = new MemoryUploadUrlStorage();

export interface UploadBlobOptions {
  connection: HubConnection;
  bytes: Uint8Array | Blob;
  /** Lowercase hex SHA-256 of bytes (see sha256Hex); the hub checks it before acknowledging. */
  sha256: string;
  onProgress?: (bytesSent: number, bytesTotal: number) => void;
  /** Stops the upload; it stays resumable. */
  signal?: AbortSignal;
  /** Default: one in-memory store for the page's lifetime. */
  urlStorage?: UploadUrlStorage;
  chunkSize?: number;
  retryDelays?: number[];
}

export interface UploadBlobResult {
  sha256: string;
  size: number;
  /** The hub already held these bytes for the hall: nothing was sent. */
  skipped: boolean;
}

/** Lowercase hex SHA-256 with WebCrypto (browsers, Node 20). */
export async function sha256Hex(bytes: Uint8Array | Blob): Promise<string> {
  const data = bytes instanceof Blob ? await bytes.arrayBuffer() : ownedBuffer(bytes);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** WebCrypto and Blob want bytes on a plain ArrayBuffer; copy only when they are not. */
function ownedBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : bytes.slice();
}

// One upload per digest and hub at a time: two would fight over the same tus upload.
const running = new Map<string, Promise<unknown>>();
function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = running.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(task);
  running.set(key, next);
  void next.catch(() => undefined).finally(() => running.get(key) === next && running.delete(key));
  return next;
}

/**
 * Sends one blob to the hub and resolves once the hub has verified and stored it.
 * Rejects with HubCallError: kind 'network' (nothing known: try again later, the
 * upload resumes) or 'problem' with the hub's code (e.g. BLOB_DIGEST_MISMATCH,
 * BLOB_TOO_LARGE, UNAUTHENTICATED; `permanent` says whether retrying can help).
 * An abort rejects with the signal's reason.
 */
export function uploadBlob(options: UploadBlobOptions): Promise<UploadBlobResult> {
  const { connection, sha256 } = options;
  if (!SHA256_HEX.test(sha256)) return Promise.reject(new TypeError('sha256 must be 64 lowercase hex characters'));
  const size = options.bytes instanceof Blob ? options.bytes.size : options.bytes.byteLength;
  const endpoint = new URL(BLOBS_PATH, connection.hubUrl).toString();
  return oneAtATime(`${endpoint} ${sha256}`, async () => {
    options.signal?.throwIfAborted();
    if (await hubHasBlob(connection, sha256, options.signal)) {
      // Held already (perhaps sent by an earlier attempt whose answer was lost): nothing to resume.
      await forgetUploads(options.urlStorage ?? sessionUrls, fingerprintOf(sha256, endpoint));
      options.onProgress?.(size, size);
      return { sha256, size, skipped: true };
    }
    await sendWithTus(options, size, endpoint);
    return { sha256, size, skipped: false };
  });
}

/** Asks the hub whether this hall already holds the blob (so the terminal can skip sending it). */
export async function hubHasBlob(connection: HubConnection, sha256: string, signal?: AbortSignal): Promise<boolean> {
  let res: Response;
  try {
    const timeout = AbortSignal.timeout(30_000);
    res = await fetch(new URL(blobByDigestPath(sha256), connection.hubUrl), {
      headers: { authorization: `Bearer ${connection.token}` },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (e) {
    signal?.throwIfAborted();
    throw new HubCallError('network', `无法连接中心服务：${e instanceof Error ? e.message : String(e)}`);
  }
  if (res.ok) return true;
  const error = problemError(res.status, await res.text().catch(() => ''));
  if (res.status === 404 && error.problem?.code === 'BLOB_NOT_FOUND') return false;
  throw error;
}

function problemError(status: number, body: string): HubCallError {
  let parsed: unknown;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch {
    parsed = undefined;
  }
  const p = problemSchema.safeParse(parsed);
  if (p.success) return new HubCallError('problem', `${p.data.title}${p.data.detail ? `：${p.data.detail}` : ''}`, p.data, status);
  return new HubCallError('problem', `中心服务错误 HTTP ${status}`, undefined, status);
}

/** tus-js-client's error, classified the way hub-api.ts classifies fetch failures. */
function classify(error: Error | DetailedError): Error {
  const detailed = error as Partial<DetailedError>;
  if (!detailed.originalRequest) return error; // not a request failure: a local fault, passed on as is
  const res = detailed.originalResponse;
  if (!res) return new HubCallError('network', `无法连接中心服务：${error.message}`);
  const status = res.getStatus();
  if (status >= 200 && status < 300) return new HubCallError('bad-response', `中心服务的应答不符合上传协议（HTTP ${status}）`, undefined, status);
  return problemError(status, res.getBody());
}

/**
 * Hands tus-js-client the bytes chunk by chunk as Uint8Array, which both of its HTTP
 * stacks send. A Uint8Array is sliced in place: going through a Blob would cost a copy
 * and, in Chromium, about a second per 20 MB of Blob reads.
 */
function readerFor(source: Uint8Array | Blob) {
  const size = source instanceof Blob ? source.size : source.byteLength;
  const read = async (start: number, end: number): Promise<Uint8Array> =>
    source instanceof Blob ? new Uint8Array(await source.slice(start, end).arrayBuffer()) : source.subarray(start, end);
  return {
    async openFile() {
      return {
        size,
        async slice(start: number, end: number) {
          const bytes = await read(start, Math.min(end, size));
          // tus-js-client reads the chunk's length from `size`, as on a Blob.
          return { value: Object.assign(bytes, { size: bytes.byteLength }), done: end >= size };
        },
        close() {},
      };
    },
  };
}

/** Same digest, same hub → same upload, whichever attempt or process sends it. */
const fingerprintOf = (sha256: string, endpoint: string) => `counter-blob:${sha256}@${endpoint}`;

async function forgetUploads(urlStorage: UploadUrlStorage, fingerprint: string): Promise<void> {
  for (const p of await urlStorage.findUploadsByFingerprint(fingerprint)) await urlStorage.removeUpload(p.urlStorageKey);
}

async function sendWithTus(options: UploadBlobOptions, size: number, endpoint: string): Promise<void> {
  const { connection, sha256, signal } = options;
  const urlStorage = options.urlStorage ?? sessionUrls;
  const fingerprint = fingerprintOf(sha256, endpoint);
  const forget = () => forgetUploads(urlStorage, fingerprint);

  let onAbort = () => {};
  await new Promise<void>((resolve, reject) => {
    // tus-js-client only passes `file` on to our fingerprint and reader, so it may be a
    // Uint8Array although its types list the inputs of its own readers.
    const upload = new Upload(options.bytes as Blob, {
      endpoint,
      chunkSize: options.chunkSize ?? DEFAULT_CHUNK_BYTES,
      retryDelays: options.retryDelays ?? DEFAULT_RETRY_DELAYS_MS,
      // Only digest and size: the hub keeps nothing else, and file names may be personal.
      metadata: { sha256, size: String(size) },
      headers: { Authorization: `Bearer ${connection.token}` },
      fingerprint: async () => fingerprint,
      urlStorage,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      fileReader: readerFor(options.bytes),
      // tus-js-client's rule (network, 5xx, 409 offset conflict, 423 locked) plus 404: the hub
      // dropped an expired upload, and retrying resumes through HEAD, which then starts afresh.
      onShouldRetry: (error) => {
        const status = error.originalResponse?.getStatus() ?? 0;
        return status === 0 || status >= 500 || status === 404 || status === 409 || status === 423;
      },
      onProgress: options.onProgress ?? null,
      onSuccess: () => resolve(),
      onError: (e) => {
        const classified = classify(e);
        // A refusal that no retry can change (mismatch, too large, …) leaves nothing to resume.
        if (classified instanceof HubCallError && classified.permanent) void forget().catch(() => undefined);
        reject(classified);
      },
    });
    onAbort = () => {
      void upload.abort(false);
      reject(signal?.reason ?? new DOMException('上传已取消', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    upload
      .findPreviousUploads()
      .then((previous) => {
        const latest = previous.filter((p) => p.uploadUrl).at(-1);
        if (latest) upload.resumeFromPreviousUpload(latest);
        if (!signal?.aborted) upload.start();
      })
      .catch((e: unknown) => reject(e instanceof Error ? e : new Error(String(e))));
  }).finally(() => signal?.removeEventListener('abort', onAbort));
}
