/**
 * A material list longer than a page, as printed: it continues on the next page under a
 * repeated table header, every material appears once per copy, and every page says
 * 第 n 页 共 m 页 within its copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RenderedDocument } from '../../../shared/documents-pdf';
import { renderDocument } from '../../../shared/documents-pdf';
import { documentFonts } from '../../support/fonts';
import { longMaterialName, longReceipt } from '../../unit/shared/documents-pdf/samples';
import { inkIn, PdfFile, requirePoppler, squash } from './poppler';

const COUNT = 30;
const HEADER = ['序号', '材料名称', '应交份数', '实收份数', '备注'];

describe('材料接收凭证 with 30 materials', () => {
  let result: RenderedDocument;
  let file: PdfFile;
  let pages: string[];

  beforeAll(async () => {
    requirePoppler();
    result = await renderDocument(longReceipt(COUNT), documentFonts());
    file = new PdfFile(result.pdf);
    pages = Array.from({ length: result.pages }, (_v, i) => squash(file.text(i + 1).stdout));
  });
  afterAll(() => file.dispose());

  it('spills onto further pages in both copies', () => {
    expect(result.pagesPerCopy).toHaveLength(2);
    expect(result.pagesPerCopy[0]).toBeGreaterThanOrEqual(2);
    expect(result.pagesPerCopy[1]).toBe(result.pagesPerCopy[0]);
  });

  it('numbers each copy’s pages 第 n 页 共 m 页 and heads later pages 材料接收凭证（续）', () => {
    let p = 0;
    for (const count of result.pagesPerCopy) {
      for (let n = 1; n <= count; n++) {
        const text = pages[p] as string;
        expect(text).toContain(`第${n}页共${count}页`);
        if (n > 1) expect(text).toContain('材料接收凭证（续）');
        p++;
      }
    }
  });

  it('repeats the table header on every page that carries material rows', () => {
    const withRows = pages.filter((t) => /第\d+项材料/.test(t));
    expect(withRows.length).toBeGreaterThanOrEqual(4);
    for (const text of withRows) for (const h of HEADER) expect(text).toContain(h);
    expect(withRows.filter((t) => t.includes('材料清单（续）')).length).toBe(withRows.length - 2);
  });

  it('prints every material once in each copy, in order', () => {
    let p = 0;
    for (const count of result.pagesPerCopy) {
      const copy = pages.slice(p, p + count).join('');
      p += count;
      let from = 0;
      for (let i = 1; i <= COUNT; i++) {
        const name = squash(longMaterialName(i));
        const at = copy.indexOf(name, from);
        expect(at, `material ${i}`).toBeGreaterThanOrEqual(0);
        expect(copy.indexOf(name, at + 1), `material ${i} twice`).toBe(-1);
        from = at + name.length;
      }
    }
  });

  it('has ink on every page (nothing rendered blank)', () => {
    for (let page = 1; page <= result.pages; page++) {
      const { image, stderr } = file.raster(page, 50);
      expect(stderr).toBe('');
      expect(inkIn(image, { xMin: 0, yMin: 0, xMax: 595, yMax: 842 })).toBeGreaterThan(2000);
    }
  });
});
