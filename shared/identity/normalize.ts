/**
 * Input typed at the counter arrives in many shapes: a Chinese IME left in full-width
 * mode gives “３３０１０６…”, numbers are copied with spaces or the ideographic space
 * U+3000, and readers or people group digits. Each parser first maps these to plain
 * ASCII so that validation only ever sees one alphabet.
 */

/** Full-width ASCII block (U+FF01–U+FF5E) to ASCII, ideographic space to a space. */
export function toHalfWidth(input: string): string {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += input[i];
  }
  return out;
}

/** Every kind of white space, including NBSP, U+3000 and zero-width characters. */
const SPACES = /[\s\u200b-\u200d\u2060\ufeff]/g;

/** Half-width, no white space, upper case: the canonical shape for codes. */
export function compactCode(input: string): string {
  return toHalfWidth(input).replace(SPACES, '').toUpperCase();
}

/** Describes a character for a message, so that an invisible or odd one is still named. */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `“${ch}”`;
}
