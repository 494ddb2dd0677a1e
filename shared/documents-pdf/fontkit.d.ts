/**
 * The part of upstream fontkit 2.x this module uses. fontkit ships no types, and
 * @types/fontkit pulls in Node's (Buffer), which shared/ must not see.
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    codePoints: number[];
  }

  export interface GlyphRun {
    glyphs: Glyph[];
  }

  export interface Subset {
    /** Adds a glyph (and, for composite glyphs, its components); returns its id in the subset. */
    includeGlyph(glyph: Glyph | number): number;
    /** The subset as a standalone font file. */
    encode(): Uint8Array;
    /** Set on CFF (OpenType/CFF) subsets only. */
    cff?: unknown;
  }

  export interface Font {
    type: string;
    postscriptName: string | null;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    numGlyphs: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string, features?: Record<string, boolean> | string[]): GlyphRun;
    createSubset(): Subset;
  }

  export interface FontCollection {
    type: 'TTC' | 'DFont';
    fonts: Font[];
  }

  export function create(data: Uint8Array, postscriptName?: string): Font | FontCollection;
}
