/**
 * Upstream fontkit 2.x behind pdf-lib's fontkit interface.
 *
 * pdf-lib's own fork (@pdf-lib/fontkit 1.1.1) silently corrupts CJK subsets: TrueType
 * glyphs come out blank and CFF subsets get a header poppler rejects, while text
 * extraction still "works" (pitfalls.md, "PDFs with Chinese text"). Upstream fontkit
 * subsets correctly; the one gap is that pdf-lib asks a subset for `encodeStream()`
 * (a node-style event stream), where fontkit 2 has `encode()` returning the bytes.
 *
 * Parsed fonts are cached per byte array: parsing a CJK font is the slow part of a
 * render, and every document embeds the same few fonts. Subsets are never shared.
 */
import * as fontkit from 'fontkit';
import type { Font, Subset } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];
type PdfLibFont = ReturnType<PdfLibFontkit['create']>;

const parsed = new WeakMap<Uint8Array, Font>();

/**
 * The font in these bytes, parsed once per byte array (keep the same array to hit the
 * cache). Throws on bytes that are not one font.
 */
export function parseFont(data: Uint8Array): Font {
  const cached = parsed.get(data);
  if (cached) return cached;
  let created: ReturnType<typeof fontkit.create>;
  try {
    created = fontkit.create(data);
  } catch (e) {
    throw new TypeError(`not a font file fontkit can read: ${e instanceof Error ? e.message : String(e)}`);
  }
  if ('fonts' in created) {
    throw new TypeError('font collections (.ttc) are not supported: pass one font (.ttf/.otf/.woff2)');
  }
  const createSubset = created.createSubset.bind(created);
  created.createSubset = () => {
    const subset = createSubset();
    return Object.assign(subset, { encodeStream: () => encodeStream(subset) });
  };
  parsed.set(data, created);
  return created;
}

type Handler = (bytes: Uint8Array) => void;

/** What pdf-lib's CustomFontSubsetEmbedder reads: on('data').on('end').on('error'). */
function encodeStream(subset: Subset): { on(event: string, handler: Handler): unknown } {
  const handlers = new Map<string, Handler>();
  const stream = {
    on(event: string, handler: Handler) {
      handlers.set(event, handler);
      return stream;
    },
  };
  // pdf-lib registers its handlers right after the call returns: emit after that.
  void Promise.resolve().then(() => {
    let bytes: Uint8Array;
    try {
      bytes = subset.encode();
    } catch (e) {
      const fail = handlers.get('error') as ((err: unknown) => void) | undefined;
      if (fail) fail(e);
      return;
    }
    handlers.get('data')?.(bytes);
    handlers.get('end')?.(new Uint8Array(0));
  });
  return stream;
}

/**
 * Stands in for fontkit in `pdfDoc.registerFontkit`. It returns upstream's font, whose
 * subsets parseFont gave `encodeStream`; otherwise the two APIs agree on what pdf-lib
 * calls (layout, glyph metrics, createSubset, includeGlyph).
 */
export const fontkitForPdfLib: PdfLibFontkit = {
  create(data: Uint8Array): PdfLibFont {
    // Upstream's Font and pdf-lib's declared Font differ only in typing, not in what
    // pdf-lib calls (checked by the poppler tests); the cast is the adapter's purpose.
    return parseFont(data) as unknown as PdfLibFont;
  },
};
