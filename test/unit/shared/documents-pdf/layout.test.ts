import { describe, expect, it } from 'vitest';
import type { CounterDocument } from '../../../../shared/documents';
import type { PageLayout, TextOp } from '../../../../shared/documents-pdf/compose';
import { CONTENT, Composer, PAGE } from '../../../../shared/documents-pdf/compose';
import { layoutDocument } from '../../../../shared/documents-pdf/layout';
import { Typeface } from '../../../../shared/documents-pdf/typeface';
import { documentFonts } from '../../../support/fonts';
import { longMaterialName, longReceipt, sampleModels, SAMPLE_NAMES } from './samples';

function layout(doc: CounterDocument, mark?: string): PageLayout[] {
  const c = new Composer(new Typeface(documentFonts()));
  layoutDocument(c, doc, mark === undefined ? {} : { mark });
  return c.pages;
}

const texts = (p: PageLayout): TextOp[] => p.ops.filter((op): op is TextOp => op.kind === 'text');
const str = (op: TextOp): string => op.glyphs.map((g) => g.ch).join('');
const pageText = (p: PageLayout): string => texts(p).map(str).join('');
const squash = (s: string): string => s.replace(/\s+/g, '');

describe('layout of the five documents', () => {
  const models = sampleModels(SAMPLE_NAMES.extA);

  for (const [kind, doc] of Object.entries(models)) {
    describe(kind, () => {
      const pages = layout(doc);
      const all = squash(pages.map(pageText).join(''));

      it('prints every copy, each starting with the title', () => {
        expect(new Set(pages.map((p) => p.copy)).size).toBe(doc.copies.length);
        for (let copy = 0; copy < doc.copies.length; copy++) {
          const first = pages.find((p) => p.copy === copy) as PageLayout;
          expect(texts(first).some((op) => str(op) === doc.title)).toBe(true);
          const label = doc.copies[copy]?.label;
          if (label) expect(squash(pageText(first))).toContain(squash(label));
        }
      });

      it('prints every field, paragraph, table cell, note and signature label of the model', () => {
        const expected: string[] = [doc.issuer, doc.documentNumber, doc.barcode.caption, ...doc.notes];
        for (const s of doc.sections) {
          if (s.heading !== undefined) expected.push(s.heading);
          if (s.kind === 'fields') for (const f of s.fields) expected.push(f.label, f.value);
          if (s.kind === 'text') expected.push(...s.paragraphs);
          if (s.kind === 'list') expected.push(...s.items);
          if (s.kind === 'table') {
            expected.push(...s.columns.map((col) => col.header), ...s.rows.flat());
            if (s.summary !== undefined) expected.push(s.summary);
          }
        }
        for (const sig of doc.signatures) expected.push(sig.label, ...(sig.name === undefined ? [] : [sig.name]));
        if (doc.seal) expected.push(doc.seal.authority, doc.seal.date, doc.seal.sealName);
        if (doc.salutation) expected.push(doc.salutation);
        for (const e of expected) expect(all, e).toContain(squash(e));
      });

      it('keeps all text on the page and the body inside the margins', () => {
        for (const p of pages) {
          for (const op of texts(p)) {
            const width = op.glyphs.reduce((w, g) => w + g.advance, 0) * op.size + op.spacing * (op.glyphs.length - 1);
            expect(op.x).toBeGreaterThanOrEqual(0);
            expect(op.x + width).toBeLessThanOrEqual(CONTENT.right + 1);
            expect(op.y).toBeGreaterThan(0);
            expect(op.y).toBeLessThan(PAGE.height);
          }
        }
      });

      it('numbers the pages of each copy 第 n 页 共 m 页', () => {
        for (let copy = 0; copy < doc.copies.length; copy++) {
          const own = pages.filter((p) => p.copy === copy);
          own.forEach((p, i) => expect(texts(p).map(str)).toContain(`第 ${i + 1} 页 共 ${own.length} 页`));
        }
      });
    });
  }
});

describe('a material list longer than a page', () => {
  const doc = longReceipt(30);
  const pages = layout(doc);
  const copyPages = pages.filter((p) => p.copy === 0);

  it('continues on further pages of the same copy, numbered 第 n 页 共 m 页', () => {
    expect(copyPages.length).toBeGreaterThanOrEqual(3);
    expect(pages.filter((p) => p.copy === 1)).toHaveLength(copyPages.length);
    copyPages.forEach((p, i) => expect(texts(p).map(str)).toContain(`第 ${i + 1} 页 共 ${copyPages.length} 页`));
  });

  it('repeats the column header on every page that carries rows, under 材料清单（续）', () => {
    const withRows = copyPages.filter((p) => /第\d+项材料/.test(pageText(p)));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    withRows.forEach((p, i) => {
      const strings = texts(p).map(str);
      for (const header of ['序号', '材料名称', '应交份数', '实收份数', '备注']) expect(strings).toContain(header);
      if (i > 0) expect(strings).toContain('材料清单（续）');
    });
  });

  it('prints every material exactly once per copy, in order', () => {
    const text = squash(copyPages.map(pageText).join(''));
    let from = 0;
    for (let i = 1; i <= 30; i++) {
      const name = squash(longMaterialName(i));
      const at = text.indexOf(name, from);
      expect(at, `material ${i}`).toBeGreaterThanOrEqual(from);
      expect(text.indexOf(name, at + 1)).toBe(-1);
      from = at + name.length;
    }
  });
});

describe('a table row taller than a whole page', () => {
  const base = sampleModels().handoverReceipt;
  const doc: CounterDocument = {
    ...base,
    sections: [
      {
        kind: 'table',
        heading: '出件清单',
        columns: [
          { header: '序号', weight: 1, align: 'center' },
          { header: '出件内容', weight: 8, align: 'left' },
        ],
        rows: [['1', '长'.repeat(3000)]],
      },
    ],
  };
  const pages = layout(doc);

  it('is split over pages line by line, losing nothing', () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const count = pages.map(pageText).join('').split('长').length - 1;
    expect(count).toBe(3000);
  });
});

describe('a reprint mark', () => {
  it('is printed on every page', () => {
    const pages = layout(longReceipt(30), '补打');
    for (const p of pages) expect(texts(p).map(str)).toContain('补打');
  });
});

describe('a malformed table', () => {
  it('is refused rather than printed with a cell missing', () => {
    const base = sampleModels().handoverReceipt;
    const bad: CounterDocument = {
      ...base,
      sections: [{ kind: 'table', columns: [{ header: '甲', weight: 1, align: 'left' }, { header: '乙', weight: 1, align: 'left' }], rows: [['只有一格']] }],
    };
    expect(() => layout(bad)).toThrow(RangeError);
  });
});
