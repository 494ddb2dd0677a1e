/**
 * A character no bundled font has (a Private Use Area code point, as some legacy
 * household-register systems used for rare names) is reported to the caller and printed
 * as a visible box — never silently dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedDocument } from '../../../shared/documents-pdf';
import { renderDocument } from '../../../shared/documents-pdf';
import { documentFonts } from '../../support/fonts';
import { sampleModels } from '../../unit/shared/documents-pdf/samples';
import type { Word } from './poppler';
import { inkIn, PdfFile, requirePoppler, squash } from './poppler';

const PUA = '\ue000';
const NAME = `王${PUA}明`;

describe(`a name with a character no font has (${NAME.replace(PUA, 'U+E000')})`, () => {
  let result: RenderedDocument;
  let file: PdfFile;

  beforeAll(async () => {
    requirePoppler();
    result = await renderDocument(sampleModels(NAME).handoverReceipt, documentFonts());
    file = new PdfFile(result.pdf);
  });
  afterAll(() => file.dispose());

  it('is reported in missingGlyphs', () => {
    expect(result.missingGlyphs).toEqual([PUA]);
  });

  it('keeps the characters around it and labels the gap with the code point', () => {
    const text = squash(file.text().stdout);
    expect(text).toContain('王E000明');
  });

  it('prints a box where the character should be', () => {
    const words = file.words(1);
    const i = words.findIndex((w) => w.text === '王');
    expect(i).toBeGreaterThanOrEqual(0);
    const wang = words[i] as Word;
    const ming = words.find((w, k) => k > i && w.text === '明' && Math.abs(w.yMin - wang.yMin) < 1) as Word;
    expect(ming).toBeDefined();
    // The box fills the one-em gap between 王 and 明.
    const gap: Word = { text: '', xMin: wang.xMax, xMax: ming.xMin, yMin: wang.yMin, yMax: wang.yMax };
    expect(gap.xMax - gap.xMin).toBeGreaterThan(5);
    const { image } = file.raster(1, 200);
    expect(inkIn(image, gap)).toBeGreaterThan(60);
  });

  it('is reported for every document, whatever the layout', async () => {
    for (const doc of Object.values(sampleModels(NAME))) {
      expect((await renderDocument(doc, documentFonts())).missingGlyphs).toEqual([PUA]);
    }
  });
});
