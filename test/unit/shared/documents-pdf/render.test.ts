import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../../../shared/documents-pdf';
import { documentFonts } from '../../../support/fonts';
import { longReceipt, sampleModels, SAMPLE_NAMES } from './samples';

const fonts = documentFonts();
const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes.subarray(0, 8));

/** BaseFont names of the Type0 fonts in the PDF (the font dictionaries sit in compressed object streams). */
async function baseFonts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const names: string[] = [];
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFDict && obj.get(PDFName.of('Subtype')) === PDFName.of('Type0')) {
      names.push(String(obj.get(PDFName.of('BaseFont'))));
    }
  }
  return names;
}

describe('renderDocument', () => {
  const models = sampleModels(SAMPLE_NAMES.extA);

  it('gives an A4 PDF with one set of pages per copy', async () => {
    const r = await renderDocument(models.materialReceipt, fonts);
    expect(latin1(r.pdf.subarray(0, 5))).toBe('%PDF-');
    const pdf = await PDFDocument.load(r.pdf);
    expect(pdf.getPageCount()).toBe(r.pages);
    expect(r.pagesPerCopy).toHaveLength(2);
    expect(r.pagesPerCopy.reduce((a, b) => a + b, 0)).toBe(r.pages);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 1);
    expect(height).toBeCloseTo(841.89, 1);
    expect(pdf.getTitle()).toBe(`材料接收凭证 ${models.materialReceipt.documentNumber}`);
  });

  it('embeds only the fonts it uses, as subsets tagged ABCDEF+Name', async () => {
    const plain = await baseFonts((await renderDocument(models.handoverReceipt, fonts)).pdf);
    expect(plain).toHaveLength(2);
    expect(plain.some((n) => /^\/[A-Z]{6}\+NotoSerifSC-Bold$/.test(n))).toBe(true);
    expect(plain.some((n) => /^\/[A-Z]{6}\+NotoSerifSC-Regular$/.test(n))).toBe(true);
    const extB = await baseFonts((await renderDocument(sampleModels(SAMPLE_NAMES.extB).handoverReceipt, fonts)).pdf);
    expect(extB).toHaveLength(3);
    expect(extB.some((n) => /^\/[A-Z]{6}\+NotoSerifHK-Regular$/.test(n))).toBe(true);
  });

  it('keeps a one-page document small: the subset, not the 15 MB font', async () => {
    const r = await renderDocument(models.handoverReceipt, fonts);
    expect(r.pages).toBe(1);
    expect(r.pdf.length).toBeLessThan(150 * 1024);
  });

  it('gives the same bytes for the same model (a reprint is identical)', async () => {
    const a = await renderDocument(models.supplementNotice, fonts);
    const b = await renderDocument(models.supplementNotice, fonts);
    expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf))).toBe(true);
  });

  it('writes the creation date only when given one', async () => {
    const dated = await PDFDocument.load((await renderDocument(models.rejectionNotice, fonts, { createdAt: new Date('2026-03-02T02:00:00Z') })).pdf, { updateMetadata: false });
    expect(dated.getCreationDate()?.toISOString()).toBe('2026-03-02T02:00:00.000Z');
    const undated = await PDFDocument.load((await renderDocument(models.rejectionNotice, fonts)).pdf, { updateMetadata: false });
    expect(undated.getCreationDate()).toBeUndefined();
  });

  it('reports no missing glyph for 刘䶮 or 张𠇔 with the bundled fonts', async () => {
    for (const name of [SAMPLE_NAMES.extA, SAMPLE_NAMES.extB]) {
      for (const doc of Object.values(sampleModels(name))) {
        expect((await renderDocument(doc, fonts)).missingGlyphs).toEqual([]);
      }
    }
  });

  it('reports a character no bundled font has', async () => {
    const r = await renderDocument(sampleModels('王\ue000明').acceptanceNotice, fonts);
    expect(r.missingGlyphs).toEqual(['\ue000']);
  });

  it('reports 𠇔 as missing when the fallback font is not supplied', async () => {
    const r = await renderDocument(sampleModels(SAMPLE_NAMES.extB).handoverReceipt, { primary: fonts.primary, bold: fonts.bold });
    expect(r.missingGlyphs).toEqual(['𠇔']);
  });

  it('renders with the primary font alone (bold emboldened by stroking)', async () => {
    const r = await renderDocument(models.rejectionNotice, { primary: fonts.primary });
    const names = await baseFonts(r.pdf);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/NotoSerifSC-Regular$/);
    expect(r.missingGlyphs).toEqual([]);
  });

  it('lays a long list over several pages per copy', async () => {
    const r = await renderDocument(longReceipt(30), fonts);
    expect(r.pagesPerCopy.every((n) => n >= 3)).toBe(true);
  });
});
