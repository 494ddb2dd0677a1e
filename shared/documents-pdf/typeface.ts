/**
 * Which font draws each character. A name may hold a character the main font lacks
 * (䶮 is in CJK Ext-A, 𠇔 outside the BMP): each character goes to the first font that
 * has a glyph for it, and one that no font has is remembered, reported to the caller
 * and drawn as a visible box — never dropped and never left to the viewer's .notdef.
 */
import type { Font } from 'fontkit';
import { parseFont } from './fontkit-bridge';

/** Font files as bytes: shared/ cannot read files, the caller loads them. */
export interface DocumentFonts {
  /** Regular weight of the main CJK font (TrueType or OpenType, not a collection). */
  primary: Uint8Array;
  /** Bold weight for titles and headings; without it the primary is emboldened with a stroke. */
  bold?: Uint8Array;
  /** Tried in order for characters the primary (or bold) font lacks. */
  fallbacks?: readonly Uint8Array[];
}

export type Weight = 'regular' | 'bold';

export interface Face {
  /** Position in Typeface.faces: 0 primary, then bold (if any), then fallbacks. */
  id: number;
  bytes: Uint8Array;
  font: Font;
  isBold: boolean;
}

/** A character placed in a face (null: no font has it), with its advance at 1 pt. */
export interface Glyphed {
  ch: string;
  face: Face | null;
  /** Drawn bold by stroking because the face is a regular weight. */
  fakeBold: boolean;
  advance: number;
}

/** Width of the replacement box drawn for a missing character, in em. */
export const MISSING_BOX_EM = 1;

const advances = new WeakMap<Font, Map<number, number>>();

function advanceOf(font: Font, cp: number): number {
  let perFont = advances.get(font);
  if (!perFont) {
    perFont = new Map();
    advances.set(font, perFont);
  }
  let a = perFont.get(cp);
  if (a === undefined) {
    a = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
    perFont.set(cp, a);
  }
  return a;
}

/**
 * Characters a PDF cannot show as glyphs of their own: controls become spaces; variation
 * selectors and zero-width format characters are dropped — the base character is
 * printed in its default form (an ideographic variation sequence is not honoured).
 */
const isControl = (cp: number): boolean => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029;
const isInvisible = (cp: number): boolean =>
  (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

export function cleanText(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (isControl(cp)) out += ' ';
    else if (!isInvisible(cp)) out += ch;
  }
  return out;
}

export class Typeface {
  readonly faces: readonly Face[];
  private readonly chains: Readonly<Record<Weight, readonly Face[]>>;
  private readonly picked: Record<Weight, Map<number, Face | null>> = { regular: new Map(), bold: new Map() };
  private readonly missingChars = new Set<string>();

  constructor(fonts: DocumentFonts) {
    const faces: Face[] = [];
    const add = (bytes: Uint8Array, isBold: boolean): Face => {
      const face: Face = { id: faces.length, bytes, font: parseFont(bytes), isBold };
      faces.push(face);
      return face;
    };
    const primary = add(fonts.primary, false);
    const bold = fonts.bold === undefined ? null : add(fonts.bold, true);
    const fallbacks = (fonts.fallbacks ?? []).map((b) => add(b, false));
    this.faces = faces;
    this.chains = {
      regular: [primary, ...fallbacks],
      // A character the bold font lacks is still printed, in the regular font made bold.
      bold: bold === null ? [primary, ...fallbacks] : [bold, primary, ...fallbacks],
    };
  }

  /** Characters no font had, in order of first appearance. */
  get missing(): string[] {
    return [...this.missingChars];
  }

  faceFor(cp: number, weight: Weight): Face | null {
    const cache = this.picked[weight];
    const known = cache.get(cp);
    if (known !== undefined) return known;
    const face = this.chains[weight].find((f) => f.font.hasGlyphForCodePoint(cp)) ?? null;
    cache.set(cp, face);
    return face;
  }

  /** The text as placed characters; records characters no font has. */
  shape(text: string, weight: Weight): Glyphed[] {
    const out: Glyphed[] = [];
    for (const ch of cleanText(text)) {
      const cp = ch.codePointAt(0) as number;
      const face = this.faceFor(cp, weight);
      if (face === null) {
        // A space no font has would still be a space: only visible characters are missing.
        if (/\s/u.test(ch)) {
          out.push({ ch: ' ', face: this.faceFor(0x20, weight), fakeBold: false, advance: 0.25 });
          continue;
        }
        this.missingChars.add(ch);
        out.push({ ch, face: null, fakeBold: false, advance: MISSING_BOX_EM });
        continue;
      }
      out.push({ ch, face, fakeBold: weight === 'bold' && !face.isBold, advance: advanceOf(face.font, cp) });
    }
    return out;
  }

  /** Width of the text at `size` pt. */
  width(text: string, size: number, weight: Weight = 'regular'): number {
    return widthOf(this.shape(text, weight)) * size;
  }
}

export const widthOf = (glyphs: readonly Glyphed[]): number => glyphs.reduce((w, g) => w + g.advance, 0);
