/**
 * Scanning pipeline: time per A4 page at 200 dpi, bytes per grey text page, throughput of a
 * 20-page batch. SANE's test backend cannot scan A4 (200 × 200 mm at most) and draws grids,
 * not text, so the pages are generated: A4 at 300 dpi (what scanners are usually set to),
 * a form-like layout with a title, ~30 lines of Chinese and Latin text, a table and a seal,
 * slightly off-white paper with scanner noise.
 */
import sharp from 'sharp';
import { combineToPdf, processPage, type ProcessedPage } from '../../electron/main/services/scanning/pipeline';
import { percentile, sample, type Bench, type BenchRow } from './harness';

const DPI = 300;
const W = Math.round((210 / 25.4) * DPI);
const H = Math.round((297 / 25.4) * DPI);

function textPageSvg(seed: number): string {
  const px = (pt: number) => Math.round((pt / 72) * DPI);
  const words = ['申请人', '提交', '材料', '营业执照', '经营范围', '法定代表人', '住所', '注册资本', '统一社会信用代码', '本人承诺', '所填内容真实', 'Room', 'No.', '2026'];
  let y = px(90);
  const out: string[] = [`<text x="${W / 2}" y="${y}" font-size="${px(18)}" text-anchor="middle" font-weight="bold">设立登记申请书（第 ${seed + 1} 页）</text>`];
  y += px(40);
  for (let i = 0; i < 30; i++) {
    let line = '';
    for (let k = 0; k < 9; k++) line += words[(seed * 7 + i * 3 + k * 5) % words.length] + (k % 3 === 2 ? '，' : '');
    out.push(`<text x="${px(72)}" y="${y}" font-size="${px(11)}">${line}。</text>`);
    y += px(18);
  }
  // A table of 6 rows × 3 columns.
  const tx = px(72);
  const tw = W - 2 * px(72);
  for (let r = 0; r <= 6; r++) out.push(`<line x1="${tx}" y1="${y + r * px(22)}" x2="${tx + tw}" y2="${y + r * px(22)}" stroke="#000" stroke-width="3"/>`);
  for (const c of [0, 0.3, 0.7, 1]) out.push(`<line x1="${tx + c * tw}" y1="${y}" x2="${tx + c * tw}" y2="${y + 6 * px(22)}" stroke="#000" stroke-width="3"/>`);
  for (let r = 0; r < 6; r++) out.push(`<text x="${tx + 12}" y="${y + r * px(22) + px(15)}" font-size="${px(10.5)}">项目 ${r + 1}\u3000填写内容 ${seed}-${r}</text>`);
  out.push(`<circle cx="${W - px(150)}" cy="${H - px(140)}" r="${px(45)}" fill="none" stroke="#c00" stroke-width="10"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="100%" height="100%" fill="#f6f5f1"/><g font-family="Noto Serif CJK SC, Noto Sans CJK SC, serif" fill="#111">${out.join('')}</g></svg>`;
}

async function scannedTextPage(seed: number): Promise<Buffer> {
  const clean = await sharp(Buffer.from(textPageSvg(seed))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  // Scanner noise: ±4 levels.
  let x = seed + 1;
  for (let i = 0; i < clean.data.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0; // exact 32-bit LCG
    const v = clean.data[i]! + ((x >>> 16) % 9) - 4;
    clean.data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return sharp(clean.data, { raw: clean.info }).withMetadata({ density: DPI }).png({ compressionLevel: 1 }).toBuffer();
}

const bench: Bench = {
  name: 'scanning',
  async run() {
    const pages = await Promise.all(Array.from({ length: 20 }, (_, i) => scannedTextPage(i)));
    // Warm-up (libvips caches, JIT).
    await processPage(pages[0]!, { sourceDpi: DPI });

    const results: ProcessedPage[] = [];
    const times = await sample(20, async (i) => {
      results[i] = await processPage(pages[i]!, { sourceDpi: DPI });
    });
    const sizes = results.map((r) => r.jpeg.length);
    const colourTimes = await sample(5, (i) => processPage(pages[i]!, { sourceDpi: DPI, color: 'color' }));

    const t0 = performance.now();
    const batch: ProcessedPage[] = [];
    for (const p of pages) batch.push(await processPage(p, { sourceDpi: DPI }));
    const pdf = await combineToPdf(batch);
    const batchMs = performance.now() - t0;

    const p95 = percentile(times, 95);
    const maxBytes = Math.max(...sizes);
    const rows: BenchRow[] = [
      { subject: 'pipeline, grey A4 text page 300→200 dpi', metric: 'p50', value: round(percentile(times, 50)), unit: 'ms', target: '< 400 ms', ratio: round(percentile(times, 50) / 400, 2) },
      { subject: 'pipeline, grey A4 text page 300→200 dpi', metric: 'p95', value: round(p95), unit: 'ms', target: '< 400 ms', ratio: round(p95 / 400, 2) },
      { subject: 'pipeline, colour A4 page 300→200 dpi', metric: 'p50', value: round(percentile(colourTimes, 50)), unit: 'ms' },
      { subject: 'grey A4 text page JPEG (200 dpi)', metric: 'median', value: round(percentile(sizes, 50) / 1000), unit: 'KB', target: '≤ 250 KB', ratio: round(percentile(sizes, 50) / 1000 / 250, 2) },
      { subject: 'grey A4 text page JPEG (200 dpi)', metric: 'max', value: round(maxBytes / 1000), unit: 'KB', target: '≤ 250 KB', ratio: round(maxBytes / 1000 / 250, 2) },
      { subject: 'grey A4 text page JPEG quality used', metric: 'min', value: Math.min(...results.map((r) => r.quality)), unit: '' },
      { subject: 'grey A4 text page resolution kept within budget', metric: 'min', value: Math.min(...results.map((r) => r.dpi)), unit: 'dpi' },
      { subject: '20-page batch (pipeline + combined PDF)', metric: 'total', value: round(batchMs), unit: 'ms' },
      { subject: '20-page batch (pipeline + combined PDF)', metric: 'throughput', value: round((20 / batchMs) * 60_000), unit: 'pages/min' },
      { subject: '20-page batch combined PDF', metric: 'size', value: round(pdf.length / 1e6, 2), unit: 'MB' },
    ];
    return rows;
  },
};

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

export default bench;
