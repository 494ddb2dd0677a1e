import { describe, expect, it } from 'vitest';
import { parseFont } from '../../../../shared/documents-pdf/fontkit-bridge';
import { cleanText, Typeface } from '../../../../shared/documents-pdf/typeface';
import { documentFonts } from '../../../support/fonts';

const fonts = documentFonts();
const faceIds = (t: Typeface, text: string, weight: 'regular' | 'bold' = 'regular') => t.shape(text, weight).map((g) => g.face?.id ?? null);

describe('the bundled fonts', () => {
  it('are single TrueType fonts with the glyphs the tests rely on', () => {
    const primary = parseFont(fonts.primary);
    const fallback = parseFont((fonts.fallbacks ?? [])[0] as Uint8Array);
    expect(primary.postscriptName).toBe('NotoSerifSC-Regular');
    expect(primary.hasGlyphForCodePoint(0x4dae)).toBe(true); // 䶮, CJK Ext-A
    expect(primary.hasGlyphForCodePoint(0x201d4)).toBe(false); // 𠇔, Ext-B: not in the SC font…
    expect(fallback.hasGlyphForCodePoint(0x201d4)).toBe(true); // …but in the HK one
    expect(primary.hasGlyphForCodePoint(0xe000)).toBe(false);
    expect(fallback.hasGlyphForCodePoint(0xe000)).toBe(false);
  });

  it('are parsed once per byte array', () => {
    expect(parseFont(fonts.primary)).toBe(parseFont(fonts.primary));
  });

  it('refuses bytes that are not a font', () => {
    expect(() => parseFont(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toThrow(TypeError);
  });
});

describe('Typeface: choosing a font per character', () => {
  it('draws 刘䶮 in the primary font, with no missing character', () => {
    const t = new Typeface(fonts);
    expect(faceIds(t, '刘䶮')).toEqual([0, 0]);
    expect(t.missing).toEqual([]);
  });

  it('takes 𠇔 (outside the BMP) from the fallback font, one character not two halves', () => {
    const t = new Typeface(fonts);
    const glyphs = t.shape('张𠇔', 'regular');
    expect(glyphs.map((g) => g.ch)).toEqual(['张', '𠇔']);
    // faces: 0 primary, 1 bold, 2 the fallback
    expect(glyphs.map((g) => g.face?.id)).toEqual([0, 2]);
    expect(glyphs[1]?.advance).toBeGreaterThan(0.5);
    expect(t.missing).toEqual([]);
  });

  it('reports a character no font has, once, in order, and keeps its place in the text', () => {
    const t = new Typeface(fonts);
    const glyphs = t.shape('王\ue000明\ue001\ue000', 'regular');
    expect(glyphs.map((g) => g.ch)).toEqual(['王', '\ue000', '明', '\ue001', '\ue000']);
    expect(glyphs.filter((g) => g.face === null)).toHaveLength(3);
    expect(t.missing).toEqual(['\ue000', '\ue001']);
  });

  it('without the fallback font, 𠇔 is reported missing rather than dropped', () => {
    const t = new Typeface({ primary: fonts.primary, bold: fonts.bold });
    expect(faceIds(t, '张𠇔')).toEqual([0, null]);
    expect(t.missing).toEqual(['𠇔']);
  });

  it('sets bold text in the bold font and emboldens the regular one only where bold lacks a glyph', () => {
    const t = new Typeface(fonts);
    const bold = t.shape('受理𠇔', 'bold');
    expect(bold.map((g) => [g.face?.id, g.fakeBold])).toEqual([
      [1, false],
      [1, false],
      [2, true],
    ]);
    const noBold = new Typeface({ primary: fonts.primary });
    expect(noBold.shape('受理', 'bold').every((g) => g.face?.id === 0 && g.fakeBold)).toBe(true);
  });

  it('measures ideographs at one em and Latin digits narrower', () => {
    const t = new Typeface(fonts);
    expect(t.width('受理通知书', 10)).toBeCloseTo(50, 5);
    expect(t.width('1234', 10)).toBeLessThan(40);
  });
});

describe('cleanText', () => {
  it('turns controls into spaces and drops invisible format characters and variation selectors', () => {
    expect(cleanText('甲\n乙\t丙')).toBe('甲 乙 丙');
    expect(cleanText('葛\u{e0100}西\ufe0f\u200b')).toBe('葛西');
  });
});
