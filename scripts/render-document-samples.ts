/**
 * `npx tsx scripts/render-document-samples.ts`: renders the five counter documents from
 * their models (sample case, applicant 刘䶮) and writes every page as a 100 dpi PNG under
 * docs/images/documents/, for the clerk's guide. Needs poppler's pdftoppm
 * (apt-get install -y poppler-utils). Run it again after any layout change and commit
 * the images.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { DocumentKind } from '../shared/documents';
import { renderDocument } from '../shared/documents-pdf';
import { documentFonts } from '../test/support/fonts';
import { sampleModels, SAMPLE_NAMES } from '../test/unit/shared/documents-pdf/samples';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'docs', 'images', 'documents');
const DPI = 100;

const FILE_NAMES: Record<DocumentKind, string> = {
  acceptanceNotice: 'acceptance-notice',
  supplementNotice: 'supplement-notice',
  rejectionNotice: 'rejection-notice',
  materialReceipt: 'material-receipt',
  handoverReceipt: 'handover-receipt',
};

// ---------------------------------------------------------------------------
// Small PNGs: a page is black, grey and the head's red on white, so 16 colours
// (4-bit indexed) look the same as pdftoppm's 24-bit output at a quarter of the size.

const RED = [199, 15, 20] as const;
const GREYS = 12;
const REDS = 4;
const PALETTE: (readonly [number, number, number])[] = [
  ...Array.from({ length: GREYS }, (_v, i) => {
    const v = Math.round((255 * i) / (GREYS - 1));
    return [v, v, v] as const;
  }),
  ...Array.from({ length: REDS }, (_v, i) => {
    const t = i / REDS; // 0 = full red … towards white
    return [0, 1, 2].map((k) => Math.round(RED[k as 0 | 1 | 2] + (255 - RED[k as 0 | 1 | 2]) * t)) as unknown as readonly [number, number, number];
  }),
];

function nearest(r: number, g: number, b: number): number {
  if (r - g > 40 && r - b > 40) {
    // Reddish: pick the red tint by how light it is.
    const t = Math.min(1, Math.max(0, (g - RED[1]) / (255 - RED[1])));
    return GREYS + Math.min(REDS - 1, Math.round(t * REDS));
  }
  const y = 0.299 * r + 0.587 * g + 0.114 * b;
  return Math.round((y / 255) * (GREYS - 1));
}

const CRC_TABLE = Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** PPM (P6, from pdftoppm) → 4-bit indexed PNG. */
function ppmToPng(ppm: Buffer): Buffer {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('not a P6 PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const pixels = ppm.subarray(header[0].length);
  const stride = Math.ceil(width / 2);
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const idx = nearest(pixels[i] as number, pixels[i + 1] as number, pixels[i + 2] as number);
      const at = y * (stride + 1) + 1 + (x >> 1);
      raw[at] = (raw[at] as number) | (x % 2 === 0 ? idx << 4 : idx);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 4; // bit depth
  ihdr[9] = 3; // indexed colour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(PALETTE.flat())),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------

mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (f.endsWith('.png')) rmSync(path.join(outDir, f));

const work = mkdtempSync(path.join(tmpdir(), 'document-samples-'));
try {
  const models = sampleModels(SAMPLE_NAMES.extA);
  for (const [kind, model] of Object.entries(models) as [DocumentKind, (typeof models)[DocumentKind]][]) {
    const rendered = await renderDocument(model, documentFonts());
    if (rendered.missingGlyphs.length > 0) throw new Error(`${model.title}: no font for ${rendered.missingGlyphs.join(' ')}`);
    const pdf = path.join(work, `${FILE_NAMES[kind]}.pdf`);
    writeFileSync(pdf, rendered.pdf);
    // One PNG per page: <name>-1.png, <name>-2.png … (copies of a 联 document follow one another).
    execFileSync('pdftoppm', ['-r', String(DPI), pdf, path.join(work, FILE_NAMES[kind])]);
    for (let page = 1; page <= rendered.pages; page++) {
      const ppm = readdirSync(work).find((f) => new RegExp(`^${FILE_NAMES[kind]}-0*${page}\\.ppm$`).test(f));
      if (ppm === undefined) throw new Error(`pdftoppm wrote no page ${page} of ${model.title}`);
      writeFileSync(path.join(outDir, `${FILE_NAMES[kind]}-${page}.png`), ppmToPng(readFileSync(path.join(work, ppm))));
    }
    const copies = rendered.pagesPerCopy.length > 1 ? `, ${rendered.pagesPerCopy.length} copies` : '';
    console.log(`${model.title}: ${rendered.pages} page(s)${copies}, ${(rendered.pdf.length / 1024).toFixed(0)} KB PDF`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const f of readdirSync(outDir).sort()) {
  console.log(`  docs/images/documents/${f}  ${(statSync(path.join(outDir, f)).size / 1024).toFixed(0)} KB`);
}
