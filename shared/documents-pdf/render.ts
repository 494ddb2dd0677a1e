/**
 * A counter document model (shared/documents) as an A4 PDF. Layout only: every word,
 * date and mask comes from the model; this decides where it goes and in which font.
 */
import { PDFDocument } from 'pdf-lib';
import type { CounterDocument } from '../documents';
import { Composer } from './compose';
import { fontkitForPdfLib } from './fontkit-bridge';
import type { LayoutOptions } from './layout';
import { layoutDocument } from './layout';
import { paint } from './paint';
import type { DocumentFonts } from './typeface';
import { Typeface } from './typeface';

export interface RenderOptions extends LayoutOptions {
  /**
   * Written as the PDF's creation date. Without it the PDF carries no date at all, so
   * the same model and fonts always give the same bytes (a reprint is identical).
   */
  createdAt?: Date;
}

export interface RenderedDocument {
  pdf: Uint8Array;
  /** All pages, every copy included. */
  pages: number;
  /** Pages of each copy (联), in order. */
  pagesPerCopy: number[];
  /**
   * Characters that no font has, in order of first appearance. Each is printed as a box
   * with its code point; the caller must warn the clerk (a name may be misprinted).
   */
  missingGlyphs: string[];
}

/**
 * Parses the fonts now (the slow part of a first render) so later renders only lay out
 * and subset. Renders with the same byte arrays reuse the parsed fonts.
 */
export function prepareFonts(fonts: DocumentFonts): void {
  void new Typeface(fonts);
}

export async function renderDocument(model: CounterDocument, fonts: DocumentFonts, options: RenderOptions = {}): Promise<RenderedDocument> {
  const type = new Typeface(fonts);
  const composer = new Composer(type);
  layoutDocument(composer, model, options);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkitForPdfLib);
  pdf.setTitle(`${model.title} ${model.documentNumber}`);
  pdf.setAuthor(model.issuer);
  pdf.setSubject(`办件编号 ${model.caseNumber}`);
  pdf.setCreator('一窗受理柜台工作站');
  pdf.setProducer('counter-workstation (pdf-lib, fontkit)');
  pdf.setLanguage('zh-CN');
  if (options.createdAt !== undefined) pdf.setCreationDate(options.createdAt);

  const primary = type.faces[0];
  if (primary === undefined) throw new Error('no primary font');
  await paint(pdf, composer.pages, primary, model.documentNumber);
  const bytes = await pdf.save({ useObjectStreams: true });

  const pagesPerCopy: number[] = [];
  for (const p of composer.pages) pagesPerCopy[p.copy] = (pagesPerCopy[p.copy] ?? 0) + 1;
  return { pdf: bytes, pages: composer.pages.length, pagesPerCopy, missingGlyphs: type.missing };
}
