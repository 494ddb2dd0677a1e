import { constants, createReadStream, type ReadStream } from 'node:fs';
import { access, chmod, copyFile, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { FileStore } from '@tus/file-store';
import type { DataStore } from '@tus/server';
import { digestFile, isSha256Hex } from './digest';

/** What a terminal says it is sending: the bytes' SHA-256 and their count. */
export interface BlobClaim {
  sha256: string;
  size: number;
}

/** An upload as the hub recorded it when it was created: the claim and who may continue it. */
export interface IncomingUpload extends BlobClaim {
  id: string;
  hallId: string;
  terminalId: string;
  /** Bytes received so far; undefined once the bytes have left the incoming area (stored or dropped). */
  received: number | undefined;
  createdAt: string | undefined;
}

export type FinaliseResult =
  | { ok: true; alreadyPresent: boolean }
  /** The bytes were not what was claimed, or are gone; the partial upload has been deleted. */
  | { ok: false; reason: 'digest-mismatch' | 'missing' };

/**
 * Where scans live at the hub. Uploads arrive through tus into an incoming area
 * (`incoming`, a tus DataStore); once complete and verified they move into
 * content-addressed storage, named by their SHA-256, never to change again.
 * A disk implementation is the default; an object store can implement the same.
 */
export interface BlobStore {
  /** The tus data store for uploads in progress. */
  readonly incoming: DataStore;
  has(sha256: string): Promise<boolean>;
  /** The stored bytes, or undefined when the store does not hold them. */
  open(sha256: string): Promise<ReadStream | undefined>;
  /** The hub's record of an upload (finished or not), undefined when unknown. */
  incomingUpload(uploadId: string): Promise<IncomingUpload | undefined>;
  /**
   * Hashes a complete upload and, only when bytes and size match the claim, moves it
   * into content-addressed storage (durably, before returning). A mismatch deletes the
   * upload. The upload's record stays, so a terminal that lost the answer can ask again.
   */
  finalise(uploadId: string, claim: BlobClaim): Promise<FinaliseResult>;
  /** Drops an upload's partial bytes and its record. */
  deleteIncomplete(uploadId: string): Promise<void>;
  /** Deletes records and leftover bytes of uploads created more than maxAgeMs ago; returns how many. */
  sweep(maxAgeMs: number, now?: number): Promise<number>;
}

/** tus upload ids are 16 random bytes in hex (the tus server's default naming). */
export const UPLOAD_ID = /^[0-9a-f]{32}$/;

const isErrno = (e: unknown, code: string) => (e as NodeJS.ErrnoException | undefined)?.code === code;

async function exists(p: string): Promise<boolean> {
  try {
    await access(p, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Data reaches the disk before anyone is told it is stored. */
async function syncPath(p: string): Promise<void> {
  const handle = await open(p, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Blobs on local disk:
 *   <root>/incoming/<uploadId>(.json)     uploads in progress (tus file store) and their records
 *   <root>/store/<aa>/<bb>/<sha256>       verified blobs, read-only
 * Moving from incoming to store is a rename on the same file system, so a blob
 * appears whole or not at all.
 */
export class DiskBlobStore implements BlobStore {
  readonly incoming: FileStore;
  private readonly incomingDir: string;
  private readonly storeDir: string;

  private constructor(root: string) {
    this.incomingDir = path.join(root, 'incoming');
    this.storeDir = path.join(root, 'store');
    // No tus-level expiry: the blob routes judge age themselves (tus would look for the
    // bytes after they were moved into the store) and sweep() deletes what is too old.
    this.incoming = new FileStore({ directory: this.incomingDir });
  }

  static async open(root: string): Promise<DiskBlobStore> {
    const store = new DiskBlobStore(path.resolve(root));
    await mkdir(store.incomingDir, { recursive: true });
    await mkdir(store.storeDir, { recursive: true });
    return store;
  }

  pathFor(sha256: string): string {
    if (!isSha256Hex(sha256)) throw new Error('not a SHA-256 hex digest');
    return path.join(this.storeDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  private uploadPath(uploadId: string): string {
    if (!UPLOAD_ID.test(uploadId)) throw new Error('not an upload id');
    return path.join(this.incomingDir, uploadId);
  }

  has(sha256: string): Promise<boolean> {
    return exists(this.pathFor(sha256));
  }

  async open(sha256: string): Promise<ReadStream | undefined> {
    const p = this.pathFor(sha256);
    return (await exists(p)) ? createReadStream(p) : undefined;
  }

  async incomingUpload(uploadId: string): Promise<IncomingUpload | undefined> {
    if (!UPLOAD_ID.test(uploadId)) return undefined;
    const record = await this.incoming.configstore.get(uploadId);
    const m = record?.metadata;
    const size = Number(m?.size);
    if (!record || !m || !isSha256Hex(m.sha256) || !m.hallId || !m.terminalId || !Number.isSafeInteger(size)) return undefined;
    let received: number | undefined;
    try {
      received = (await stat(this.uploadPath(uploadId))).size;
    } catch (e) {
      if (!isErrno(e, 'ENOENT')) throw e;
    }
    return { id: uploadId, sha256: m.sha256, size, hallId: m.hallId, terminalId: m.terminalId, received, createdAt: record.creation_date };
  }

  async finalise(uploadId: string, claim: BlobClaim): Promise<FinaliseResult> {
    const source = this.uploadPath(uploadId);
    let actual: BlobClaim;
    try {
      actual = await digestFile(source);
    } catch (e) {
      if (isErrno(e, 'ENOENT')) return { ok: false, reason: 'missing' };
      throw e;
    }
    if (actual.sha256 !== claim.sha256 || actual.size !== claim.size) {
      await this.deleteIncomplete(uploadId);
      return { ok: false, reason: 'digest-mismatch' };
    }
    const target = this.pathFor(claim.sha256);
    if (await exists(target)) {
      // Same bytes already stored (another upload of the same scan): keep one copy.
      await rm(source, { force: true });
      return { ok: true, alreadyPresent: true };
    }
    await syncPath(source);
    await mkdir(path.dirname(target), { recursive: true });
    try {
      await rename(source, target);
    } catch (e) {
      if (isErrno(e, 'EXDEV')) {
        // incoming and store on different file systems: copy under a temporary name, then rename.
        const temporary = `${target}.${uploadId}.part`;
        await copyFile(source, temporary);
        await syncPath(temporary);
        await rename(temporary, target);
        await rm(source, { force: true });
      } else if (isErrno(e, 'ENOENT') && (await exists(target))) {
        // A concurrent finalisation of the same upload won the rename.
        return { ok: true, alreadyPresent: true };
      } else {
        throw e;
      }
    }
    await chmod(target, 0o440);
    await syncPath(path.dirname(target));
    return { ok: true, alreadyPresent: false };
  }

  async deleteIncomplete(uploadId: string): Promise<void> {
    const p = this.uploadPath(uploadId);
    await rm(p, { force: true });
    await rm(`${p}.json`, { force: true });
  }

  async sweep(maxAgeMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    for (const name of await readdir(this.incomingDir)) {
      const id = name.endsWith('.json') ? name.slice(0, -5) : name;
      if (!UPLOAD_ID.test(id)) continue;
      const p = path.join(this.incomingDir, name);
      let created: number;
      if (name.endsWith('.json')) {
        try {
          const record = JSON.parse(await readFile(p, 'utf8')) as { creation_date?: string };
          created = Date.parse(record.creation_date ?? '');
        } catch {
          created = Number.NaN;
        }
        if (Number.isNaN(created)) created = (await stat(p)).mtimeMs;
      } else {
        if (await exists(`${p}.json`)) continue; // judged by its record
        created = (await stat(p).catch(() => ({ mtimeMs: now }))).mtimeMs;
      }
      if (now - created > maxAgeMs) {
        await this.deleteIncomplete(id);
        removed++;
      }
    }
    return removed;
  }
}
