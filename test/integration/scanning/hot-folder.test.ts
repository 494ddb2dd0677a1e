/**
 * The hot folder a network MFP scans into: a file is taken once it has stopped changing,
 * never while it is still being written; bad files are set aside with their reason.
 */
import { appendFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HotFolder } from '../../../electron/main/services/scanning/hot-folder';
import type { ImportedFile, ImportErrorCode } from '../../../electron/main/services/scanning/file-import';

let dir: string;
let folder: HotFolder | undefined;
let taken: Array<ImportedFile & { name: string }>;
let rejected: Array<{ name: string; code: ImportErrorCode }>;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!cond() && Date.now() < end) await sleep(20);
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hot-folder-'));
  taken = [];
  rejected = [];
});
afterEach(async () => {
  await folder?.stop();
  folder = undefined;
  await rm(dir, { recursive: true, force: true });
});

const make = (stableMs: number) =>
  new HotFolder({ dir, stableMs, pollMs: 40, onFile: (f) => void taken.push(f), onRejected: (r) => void rejected.push(r) });

describe('hot folder', () => {
  it('does not take a half-written file, then takes the complete one exactly once', async () => {
    const jpeg = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#ddd' } }).jpeg().toBuffer();
    const half = Math.floor(jpeg.length / 2);
    folder = make(400);
    folder.start();
    // The MFP writes the first half, pauses (shorter than stableMs), then writes the rest.
    await writeFile(path.join(dir, 'SCAN0001.jpg'), jpeg.subarray(0, half));
    await sleep(250);
    expect(taken).toHaveLength(0);
    expect(rejected).toHaveLength(0);
    await appendFile(path.join(dir, 'SCAN0001.jpg'), jpeg.subarray(half));
    await sleep(250);
    expect(taken).toHaveLength(0); // still inside the stability window of the last write
    await until(() => taken.length > 0);
    expect(taken).toHaveLength(1);
    expect(taken[0]).toMatchObject({ name: 'SCAN0001.jpg', kind: 'jpeg' });
    expect(Buffer.from(taken[0]!.bytes).equals(jpeg)).toBe(true);
    expect(rejected).toHaveLength(0);
    // Moved out of the folder: never taken twice.
    await sleep(300);
    expect(taken).toHaveLength(1);
    expect(await readdir(dir)).toEqual(['imported']);
    expect(await readdir(path.join(dir, 'imported'))).toHaveLength(1);
  });

  it('ignores partial-name files while the MFP writes them, and empty files', async () => {
    folder = make(100);
    await writeFile(path.join(dir, 'SCAN0002.pdf.part'), '%PDF-1.7');
    await writeFile(path.join(dir, 'SCAN0003.pdf'), '');
    folder.start();
    await sleep(500);
    expect(taken).toHaveLength(0);
    expect(rejected).toHaveLength(0);
  });

  it('sets a bad file aside with its reason', async () => {
    folder = make(100);
    folder.start();
    await writeFile(path.join(dir, 'notes.jpg'), 'MZ this is a program');
    await until(() => rejected.length > 0);
    expect(rejected).toEqual([{ name: 'notes.jpg', code: 'FILE_IS_EXECUTABLE', message: expect.stringMatching(/可执行程序/) as unknown }]);
    expect(await readdir(path.join(dir, 'rejected'))).toHaveLength(1);
    expect(taken).toHaveLength(0);
  });
});
