/**
 * Rendering the counter documents to PDF (issue 6): time per document once the fonts are
 * loaded (target < 150 ms p50), the font load itself (reading the three bundled font
 * files and parsing them; no target), the first render on freshly loaded fonts (glyph
 * and cmap caches cold), and the size of each PDF (target < 150 KB for a document of one
 * page per copy: subsets, not the 10–15 MB fonts).
 */
import { prepareFonts, renderDocument } from '../../shared/documents-pdf';
import type { CounterDocument, DocumentKind } from '../../shared/documents';
import { documentFonts, readDocumentFonts } from '../support/fonts';
import { DOCUMENT_TITLES, sampleModels, SAMPLE_NAMES } from '../unit/shared/documents-pdf/samples';
import type { Bench, BenchRow } from './harness';
import { percentile, sample } from './harness';

const RENDER_TARGET_MS = 150;
const SIZE_TARGET_KB = 150;
const RUNS = 20;
const LOADS = 5;

const bench: Bench = {
  name: 'documents-pdf',
  async run() {
    const out: BenchRow[] = [];
    const models = sampleModels(SAMPLE_NAMES.extA);
    const first = models.acceptanceNotice;

    // Cold: fresh byte arrays each time, so nothing parsed before is reused.
    const loads: number[] = [];
    const firstRenders: number[] = [];
    let megabytes = 0;
    for (let i = 0; i < LOADS; i++) {
      const t0 = performance.now();
      const fonts = readDocumentFonts();
      megabytes = [fonts.primary, fonts.bold, ...(fonts.fallbacks ?? [])].reduce((n, b) => n + (b?.length ?? 0), 0) / 2 ** 20;
      prepareFonts(fonts);
      loads.push(performance.now() - t0);
      const t1 = performance.now();
      await renderDocument(first, fonts);
      firstRenders.push(performance.now() - t1);
    }
    out.push({ subject: `font load (read 3 font files + parse, ${megabytes.toFixed(0)} MB)`, metric: 'p50', value: percentile(loads, 50), unit: 'ms' });
    out.push({ subject: 'first render on freshly loaded fonts (受理通知书)', metric: 'p50', value: percentile(firstRenders, 50), unit: 'ms' });

    const fonts = documentFonts();
    prepareFonts(fonts);
    for (const [kind, model] of Object.entries(models) as [DocumentKind, CounterDocument][]) {
      const title = DOCUMENT_TITLES[kind];
      await renderDocument(model, fonts); // warm the glyph caches and the JIT
      const times = await sample(RUNS, () => renderDocument(model, fonts));
      const p50 = percentile(times, 50);
      out.push({ subject: `render ${title}`, metric: 'p50', value: p50, unit: 'ms', target: `< ${RENDER_TARGET_MS} ms`, ratio: p50 / RENDER_TARGET_MS });
      out.push({ subject: `render ${title}`, metric: 'p95', value: percentile(times, 95), unit: 'ms' });

      const r = await renderDocument(model, fonts);
      const kb = r.pdf.length / 1024;
      const onePage = r.pagesPerCopy.every((n) => n === 1);
      const copies = r.pagesPerCopy.length > 1 ? `, ${r.pagesPerCopy.length} copies` : '';
      const subject = `PDF size ${title} (${r.pages} page${r.pages > 1 ? 's' : ''}${copies})`;
      out.push(
        onePage
          ? { subject, metric: 'size', value: kb, unit: 'KB', target: `< ${SIZE_TARGET_KB} KB`, ratio: kb / SIZE_TARGET_KB }
          : { subject, metric: 'size', value: kb, unit: 'KB' },
      );
    }
    return out;
  },
};

export default bench;
