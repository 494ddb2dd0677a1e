/**
 * The image pipeline on generated pages: orientation, crop and turn, grey vs colour,
 * resolution, the byte budget, thumbnails, hashes and the combined PDF.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { combineToPdf, PipelineError, processPage } from '../../../electron/main/services/scanning/pipeline';

/** A noisy A4 page at 300 dpi: hard to compress, so the budget has to work. */
async function noisyA4(): Promise<Buffer> {
  const w = 2480;
  const h = 3508;
  const noise = Buffer.alloc(w * h);
  let x = 12345;
  for (let i = 0; i < noise.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0; // exact 32-bit LCG
    noise[i] = 128 + ((x >>> 16) % 100);
  }
  return sharp(noise, { raw: { width: w, height: h, channels: 1 } }).png({ compressionLevel: 1 }).toBuffer();
}

describe('image pipeline', () => {
  it('applies the EXIF orientation (a phone photo taken sideways comes out upright)', async () => {
    // Stored 400×200 with orientation 6 (rotate 90° clockwise to view): upright it is 200×400.
    const photo = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#fff' } }).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const page = await processPage(photo, { sourceDpi: 200 });
    expect([page.width, page.height]).toEqual([200, 400]);
  });

  it('crops, then turns by the clerk’s quarter turn', async () => {
    const img = await sharp({ create: { width: 1000, height: 800, channels: 3, background: '#fff' } }).png().toBuffer();
    const page = await processPage(img, { sourceDpi: 200, crop: { left: 100, top: 100, width: 600, height: 300 }, rotate: 90 });
    expect([page.width, page.height]).toEqual([300, 600]);
    await expect(processPage(img, { crop: { left: 900, top: 0, width: 200, height: 100 } })).rejects.toMatchObject({ code: 'CROP_OUT_OF_BOUNDS' });
  });

  it('brings a 300 dpi scan down to 200 dpi, grey by default, colour when asked', async () => {
    const img = await sharp({ create: { width: 2480, height: 3508, channels: 3, background: '#fafafa' } }).png().toBuffer();
    const grey = await processPage(img, { sourceDpi: 300 });
    expect([grey.width, grey.height, grey.dpi]).toEqual([1653, 2339, 200]);
    expect((await sharp(grey.jpeg).metadata()).channels).toBe(1);
    const colour = await processPage(img, { sourceDpi: 300, color: 'color' });
    expect((await sharp(colour.jpeg).metadata()).channels).toBe(3);
    // Unknown resolution: fitted to A4 at 200 dpi.
    const unknown = await processPage(await sharp(img).resize(4960).png().toBuffer());
    expect(unknown.width).toBeLessThanOrEqual(1654);
  });

  it('lowers quality (and if need be size) until a page fits its budget', async () => {
    const page = await processPage(await noisyA4(), { sourceDpi: 300, maxBytes: 250_000 });
    expect(page.jpeg.length).toBeLessThanOrEqual(250_000);
    expect(page.quality).toBeLessThan(80);
    expect(page.sha256).toBe(createHash('sha256').update(page.jpeg).digest('hex'));
    expect((await sharp(page.thumbnail).metadata()).height).toBeLessThanOrEqual(240);
    await expect(processPage(await noisyA4(), { sourceDpi: 300, maxBytes: 5_000 })).rejects.toBeInstanceOf(PipelineError);
  });

  it('rejects bytes that are not an image', async () => {
    await expect(processPage(Buffer.from('not an image'))).rejects.toMatchObject({ code: 'IMAGE_CORRUPT' });
  });

  it('combines pages into one PDF, each page the size of its paper, deterministically', async () => {
    const img = await sharp({ create: { width: 1654, height: 2339, channels: 3, background: '#fff' } }).png().toBuffer();
    const a = await processPage(img, { sourceDpi: 200 });
    const b = await processPage(await sharp(img).rotate(90).png().toBuffer(), { sourceDpi: 200 });
    const pdf = await combineToPdf([a, b, a]);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(3);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.round(width)).toBe(595); // A4: 595 × 842 pt
    expect(Math.round(height)).toBe(842);
    expect(Math.round(doc.getPage(1).getSize().width)).toBe(842);
    expect(Buffer.from(await combineToPdf([a, b, a])).equals(Buffer.from(pdf))).toBe(true);
  });
});
