import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** A blob's name is the lowercase hex SHA-256 of its bytes. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
export const isSha256Hex = (value: unknown): value is string => typeof value === 'string' && SHA256_HEX.test(value);

/** Streams a file through SHA-256 (constant memory whatever the scan's size). */
export async function digestFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    hash.update(bytes);
  }
  return { sha256: hash.digest('hex'), size };
}
