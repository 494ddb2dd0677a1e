/**
 * The five counter documents as a printer sees them: every page rasterised by poppler
 * and checked for ink where the title and the applicant's rare-character name are
 * (a glyph that extracts as text but prints blank is the known fontkit subset bug),
 * the text layer checked for every field of the model, and the fonts checked to be
 * embedded subsets poppler reads without complaint.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CounterDocument, DocumentKind } from '../../../shared/documents';
import type { RenderedDocument } from '../../../shared/documents-pdf';
import { renderDocument } from '../../../shared/documents-pdf';
import { documentFonts } from '../../support/fonts';
import { APPLICANT_ID, expectedMask } from '../../unit/shared/documents/fixtures';
import { DOCUMENT_TITLES, sampleModels, SAMPLE_NAMES } from '../../unit/shared/documents-pdf/samples';
import type { Word } from './poppler';
import { inkIn, PdfFile, requirePoppler, squash } from './poppler';

const DPI = 150;

/** Every string of the model a reader must find in the printed text. */
function expectedStrings(doc: CounterDocument): string[] {
  const out: string[] = [doc.title, doc.issuer, doc.documentNumber, doc.caseNumber, ...doc.notes];
  if (doc.subtitle !== undefined) out.push(doc.subtitle);
  if (doc.salutation !== undefined) out.push(doc.salutation);
  for (const s of doc.sections) {
    if (s.kind === 'fields') for (const f of s.fields) out.push(f.label, f.value);
    if (s.kind === 'text') out.push(...s.paragraphs);
    if (s.kind === 'list') out.push(...s.items);
    if (s.kind === 'table') out.push(...s.columns.map((c) => c.header), ...s.rows.flat(), ...(s.summary === undefined ? [] : [s.summary]));
  }
  for (const sig of doc.signatures) out.push(sig.label, ...(sig.name === undefined ? [] : [sig.name]));
  if (doc.seal !== undefined) out.push(doc.seal.authority, doc.seal.date, doc.seal.sealName);
  for (const c of doc.copies) if (c.label !== null) out.push(c.label);
  return out;
}

/** The box of one character inside a word of equal-width ideographs. */
function charBox(word: Word, ch: string): Word {
  const chars = [...word.text];
  const i = chars.indexOf(ch);
  const w = (word.xMax - word.xMin) / chars.length;
  return { ...word, text: ch, xMin: word.xMin + i * w, xMax: word.xMin + (i + 1) * w };
}

beforeAll(requirePoppler);

for (const name of [SAMPLE_NAMES.extA, SAMPLE_NAMES.extB]) {
  const rare = [...name].at(-1) as string;

  describe(`documents for an applicant named ${name} (${rare} U+${(rare.codePointAt(0) ?? 0).toString(16).toUpperCase()})`, () => {
    const models = sampleModels(name);
    const rendered = new Map<DocumentKind, { result: RenderedDocument; file: PdfFile }>();

    beforeAll(async () => {
      for (const [kind, doc] of Object.entries(models) as [DocumentKind, CounterDocument][]) {
        const result = await renderDocument(doc, documentFonts());
        rendered.set(kind, { result, file: new PdfFile(result.pdf) });
      }
    });
    afterAll(() => {
      for (const { file } of rendered.values()) file.dispose();
    });

    const get = (kind: DocumentKind) => rendered.get(kind) as { result: RenderedDocument; file: PdfFile };

    for (const kind of Object.keys(models) as DocumentKind[]) {
      describe(DOCUMENT_TITLES[kind], () => {
        it('embeds its fonts as subsets poppler reads without complaint', () => {
          const { rows, stderr } = get(kind).file.fonts();
          expect(stderr).toBe('');
          expect(rows.length).toBeGreaterThanOrEqual(1);
          for (const row of rows) {
            expect(row, row.name).toMatchObject({ embedded: true, subset: true, unicode: true });
            expect(row.name).toMatch(/^[A-Z]{6}\+/);
          }
          // The character outside the BMP comes from the fallback font.
          if (rare === '𠇔') expect(rows.some((r) => r.name.endsWith('+NotoSerifHK-Regular'))).toBe(true);
        });

        it('prints ink where the title and the applicant’s name are, the rare character included', () => {
          const { file, result } = get(kind);
          expect(result.missingGlyphs).toEqual([]);
          const { image, stderr } = file.raster(1, DPI);
          expect(stderr).toBe('');
          const words = file.words(1);
          const title = words.find((w) => w.text === DOCUMENT_TITLES[kind]);
          expect(title, 'title word').toBeDefined();
          // A 22 pt bold title covers a good share of its box; a blank glyph covers none.
          const titleBox = title as Word;
          const area = ((titleBox.xMax - titleBox.xMin) * (titleBox.yMax - titleBox.yMin) * DPI * DPI) / (72 * 72);
          expect(inkIn(image, titleBox)).toBeGreaterThan(area * 0.08);

          const nameWord = words.find((w) => w.text.includes(name));
          expect(nameWord, `a word with ${name}`).toBeDefined();
          const word = nameWord as Word;
          const rareInk = inkIn(image, charBox(word, rare));
          const surnameInk = inkIn(image, charBox(word, [...name][0] as string));
          expect(surnameInk).toBeGreaterThan(15);
          expect(rareInk, `${rare} printed`).toBeGreaterThan(15);
        });

        it('has every field of the model in its text, the identity number masked', () => {
          const { file } = get(kind);
          const text = squash(file.text().stdout);
          for (const s of expectedStrings(models[kind])) expect(text, s).toContain(squash(s));
          expect(text).toContain(name);
          // Every document names the applicant's (or recipient's) identity number, masked.
          expect(text).not.toContain(APPLICANT_ID);
          expect(text).toContain(expectedMask(APPLICANT_ID));
        });

        it('prints 第 n 页 共 m 页 on each page of each copy', () => {
          const { file, result } = get(kind);
          let page = 1;
          for (const count of result.pagesPerCopy) {
            for (let n = 1; n <= count; n++) {
              expect(squash(file.text(page).stdout)).toContain(`第${n}页共${count}页`);
              page++;
            }
          }
          expect(page - 1).toBe(result.pages);
        });
      });
    }

    it('prints both copies (联) of the material receipt, each complete', () => {
      const { file, result } = get('materialReceipt');
      expect(result.pagesPerCopy).toHaveLength(2);
      const [first] = result.pagesPerCopy as [number];
      const copy1 = squash(Array.from({ length: first }, (_v, i) => file.text(i + 1).stdout).join(''));
      const copy2 = squash(Array.from({ length: result.pages - first }, (_v, i) => file.text(first + i + 1).stdout).join(''));
      expect(copy1).toContain('第一联窗口留存');
      expect(copy2).toContain('第二联申请人收执');
      for (const copy of [copy1, copy2]) {
        for (const s of expectedStrings(models.materialReceipt).filter((x) => !x.startsWith('第'))) expect(copy).toContain(squash(s));
      }
    });
  });
}
