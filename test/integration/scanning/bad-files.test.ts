/**
 * Files that must not become pages: each refused with its own code and a Chinese message,
 * decided from the content (never the name), before anything is stored.
 */
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimedPdfPageCount, sniffType, validateImportBytes, validateImportFile } from '../../../electron/main/services/scanning/file-import';

let dir: string;
let jpeg: Buffer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bad-files-'));
  jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#888' } })
    .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><text x="40" y="300" font-size="60">材料 test</text></svg>') }])
    .jpeg({ quality: 90 })
    .toBuffer();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pdfWithPages(n: number, objectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < n; i++) doc.addPage([200, 200]);
  return doc.save({ useObjectStreams: objectStreams });
}

describe('file import validation', () => {
  it('accepts a good JPEG and PDF whatever their names', async () => {
    const p = path.join(dir, 'scan.pdf'); // a JPEG named .pdf
    await writeFile(p, jpeg);
    expect(await validateImportFile(p)).toMatchObject({ ok: true, value: { kind: 'jpeg', pages: 1 } });
    expect(await validateImportBytes(await pdfWithPages(3, true))).toMatchObject({ ok: true, value: { kind: 'pdf', pages: 3 } });
  });

  it('rejects a truncated JPEG', async () => {
    const p = path.join(dir, 'truncated.jpg');
    await writeFile(p, jpeg.subarray(0, Math.floor(jpeg.length * 0.6)));
    const r = await validateImportFile(p);
    expect(r).toMatchObject({ ok: false, code: 'IMAGE_CORRUPT' });
    if (!r.ok) expect(r.message).toMatch(/不完整/);
  });

  it('rejects a JPEG whose body is damaged even though it ends properly', async () => {
    const damaged = Buffer.concat([jpeg.subarray(0, 700), Buffer.alloc(200, 0xff), Buffer.from([0xff, 0xd9])]);
    expect(await validateImportBytes(damaged)).toMatchObject({ ok: false, code: 'IMAGE_CORRUPT' });
  });

  it('rejects a Windows program renamed .jpg', async () => {
    const exe = Buffer.alloc(4096);
    exe.write('MZ', 0, 'latin1');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'latin1');
    const p = path.join(dir, 'photo.jpg');
    await writeFile(p, exe);
    const r = await validateImportFile(p);
    expect(r).toMatchObject({ ok: false, code: 'FILE_IS_EXECUTABLE' });
    if (!r.ok) expect(r.message).toMatch(/可执行程序/);
    expect(sniffType(Buffer.from('\x7fELF\x02\x01\x01', 'latin1'))).toBe('executable');
  });

  it('refuses a 200 MB file from its size, without reading it', async () => {
    const p = path.join(dir, 'huge.pdf');
    const h = await open(p, 'w');
    await h.write('%PDF-1.7\n', 0);
    await h.truncate(200 * 1024 * 1024); // sparse: nothing to read but the header
    await h.close();
    const before = process.memoryUsage().arrayBuffers;
    const r = await validateImportFile(p);
    expect(r).toMatchObject({ ok: false, code: 'FILE_TOO_LARGE' });
    if (!r.ok) expect(r.message).toMatch(/文件过大/);
    // Not read into memory (a read would have allocated ~200 MB of buffers).
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses a small PDF claiming a huge page count before walking its page tree', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([100, 100]);
    const pages = doc.catalog.Pages();
    const kids = pages.Kids();
    for (let i = 0; i < 5000; i++) kids.push(page.ref);
    pages.set(PDFName.of('Count'), PDFNumber.of(1_000_000));
    const bomb = await doc.save({ useObjectStreams: false });
    expect(bomb.length).toBeLessThan(200_000);
    expect(claimedPdfPageCount(bomb)).toBe(1_000_000);
    const r = await validateImportBytes(bomb);
    expect(r).toMatchObject({ ok: false, code: 'PDF_TOO_MANY_PAGES' });
    if (!r.ok) expect(r.message).toMatch(/页数过多/);
  });

  it('refuses too many pages hidden in a compressed object stream', async () => {
    const many = await pdfWithPages(250, true);
    expect(claimedPdfPageCount(many)).toBe(0); // invisible to the cheap scan…
    expect(await validateImportBytes(many)).toMatchObject({ ok: false, code: 'PDF_TOO_MANY_PAGES' }); // …caught after parsing
  });

  it('rejects unknown types, empty files and broken PDFs', async () => {
    expect(await validateImportBytes(Buffer.from('just some text, named .pdf'))).toMatchObject({ ok: false, code: 'FILE_TYPE_UNSUPPORTED' });
    expect(await validateImportBytes(new Uint8Array())).toMatchObject({ ok: false, code: 'FILE_EMPTY' });
    expect(await validateImportBytes(Buffer.from('%PDF-1.7\n%garbage with no objects at all\n'))).toMatchObject({ ok: false, code: 'PDF_CORRUPT' });
  });
});
