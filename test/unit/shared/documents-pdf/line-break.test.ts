import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../../../shared/documents-pdf/line-break';
import type { Glyphed } from '../../../../shared/documents-pdf/typeface';

/** Monospaced stand-in: ideographs 1 em, ASCII half an em (as in CJK fonts). */
const shape = (text: string): Glyphed[] =>
  [...text].map((ch) => ({ ch, face: null, fakeBold: false, advance: ch.charCodeAt(0) < 0x80 ? 0.5 : 1 }));
const textOf = (lines: Glyphed[][]): string[] => lines.map((l) => l.map((g) => g.ch).join(''));
const widthOfLine = (l: Glyphed[]): number => l.reduce((w, g) => w + g.advance, 0);

describe('breakLines', () => {
  it('breaks Chinese text between any two characters to fill each line', () => {
    expect(textOf(breakLines(shape('一二三四五六七八九十'), 4))).toEqual(['一二三四', '五六七八', '九十']);
  });

  it('never starts a line with closing punctuation: the last character goes down with it', () => {
    expect(textOf(breakLines(shape('一二三四，五六'), 4))).toEqual(['一二三', '四，五六']);
    expect(textOf(breakLines(shape('甲乙丙丁。'), 4))).toEqual(['甲乙丙', '丁。']);
  });

  it('never ends a line with opening punctuation', () => {
    expect(textOf(breakLines(shape('一二三（四五）'), 4))).toEqual(['一二三', '（四五）']);
  });

  it('keeps an identity or case number whole when it fits on a line', () => {
    const lines = textOf(breakLines(shape('编号330106-260302-007'), 9));
    expect(lines).toEqual(['编号', '330106-260302-007']);
  });

  it('breaks a run of ASCII wider than the line anywhere (a long URL)', () => {
    const url = 'https://zwfw.example.gov.cn/progress?caseNo=3301062603020070042J';
    const lines = breakLines(shape(url), 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(textOf(lines).join('')).toBe(url);
    for (const l of lines) expect(widthOfLine(l)).toBeLessThanOrEqual(10);
  });

  it('gives the first line its own width (an indented paragraph)', () => {
    expect(textOf(breakLines(shape('一二三四五六七八'), 4, 2))).toEqual(['一二', '三四五六', '七八']);
  });

  it('drops spaces at a break and returns one empty line for empty text', () => {
    expect(textOf(breakLines(shape('ab cd ef'), 2))).toEqual(['ab', 'cd', 'ef']);
    expect(breakLines([], 10)).toEqual([[]]);
  });

  it('never overflows when a carried opening bracket meets a word (found by the property below)', () => {
    const lines = breakLines(shape('一（//a'), 2);
    expect(textOf(lines).join('')).toBe('一（//a');
    for (const l of lines) expect(widthOfLine(l)).toBeLessThanOrEqual(2);
  });

  it('loses no character and overflows no line, whatever the text', () => {
    const unit = fc.constantFrom(...'一二三四五，。、（）「」ab1-/ ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), fc.integer({ min: 2, max: 20 }), (text, width) => {
        const lines = breakLines(shape(text), width);
        // Only spaces may disappear (at the breaks).
        expect(textOf(lines).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        for (const l of lines) {
          // A line overflows only when a single character is wider than the line (never here).
          expect(widthOfLine(l)).toBeLessThanOrEqual(width + 1e-9);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
