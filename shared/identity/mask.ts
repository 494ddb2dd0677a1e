/**
 * Masks for identity data on screens, paper and in logs. A mask never reveals more
 * than its documented head and tail, whatever the input looks like: malformed or short
 * values are masked more, not less, so a typo or garbage cannot leak a whole number.
 */
import { compactCode, toHalfWidth } from './normalize';
import { parsePhone } from './phone';

const STARS = '********';

/**
 * Keeps at most `headMax` leading and `tailMax` trailing characters and always hides at
 * least eight (shown as exactly eight asterisks, so the mask does not reveal the length).
 * Shorter inputs keep proportionally less.
 */
function maskMiddle(chars: readonly string[], headMax: number, tailMax: number): string {
  const n = chars.length;
  if (n === 0) return '';
  const revealable = Math.max(0, n - STARS.length);
  const head = Math.min(headMax, Math.ceil((revealable * headMax) / (headMax + tailMax)));
  const tail = Math.min(tailMax, revealable - head);
  return chars.slice(0, head).join('') + STARS + (tail > 0 ? chars.slice(n - tail).join('') : '');
}

/** 330106199001011234 → 330106********1234 (first 6, eight asterisks, last 4). */
export function maskResidentId(input: string): string {
  return maskMiddle([...compactCode(input)], 6, 4);
}

/**
 * Unified social credit codes are public on business licences, but those of 个体工商户
 * lead to a person: keep the authority, type and division (first 8) and the last 2.
 */
export function maskCreditCode(input: string): string {
  return maskMiddle([...compactCode(input)], 8, 2);
}

/** Combining marks (which include the ideographic variation selectors) and ZWJ join the previous character. */
const MARK = /^\p{M}$/u;
const joinsPrevious = (cp: string): boolean => cp === '\u200d' || MARK.test(cp);

/** Characters as a reader sees them: code points, with joiners kept on their base. */
function visibleCharacters(text: string): string[] {
  const out: string[] = [];
  for (const cp of text) {
    if (out.length > 0 && joinsPrevious(cp)) out[out.length - 1] += cp;
    else out.push(cp);
  }
  return out;
}

/**
 * Keeps the first character of a name and masks every other one: 张三 → 张*, 欧阳娜娜 →
 * 欧***, a one-character name → *. Iterates by code point, so a name with a character
 * outside the BMP (𠇔, U+201D4) masks to the right number of asterisks and never shows
 * half a surrogate pair.
 */
export function maskName(input: string): string {
  const chars = visibleCharacters(input.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return '*';
  return (chars[0] as string) + '*'.repeat(chars.length - 1);
}

/**
 * Mobile 13812345678 → 138****5678. Landline 0571-87654321 → 0571-****4321 (area code
 * and last 4 of an 8-digit number, last 3 of a 7-digit one; extensions dropped).
 * Anything unparseable keeps at most its last 2 digits.
 */
export function maskPhone(input: string): string {
  const parsed = parsePhone(input);
  if (parsed.ok) {
    const n = parsed.value.normalized;
    if (parsed.value.kind === 'mobile') return `${n.slice(0, 3)}****${n.slice(7)}`;
    const [area = '', local = ''] = n.split('-');
    const keep = local.length >= 8 ? 4 : 3;
    return `${area}-${'*'.repeat(local.length - keep)}${local.slice(-keep)}`;
  }
  const digits = toHalfWidth(input).replace(/\D/g, '');
  if (digits.length === 0 && input.trim() === '') return '';
  if (digits.length < 7) return '****';
  return '*'.repeat(digits.length - 2) + digits.slice(-2);
}
