/**
 * Code 128 (ISO/IEC 15417) for the case number on every document, so the pickup window
 * can scan it. Code set C packs digit pairs (case numbers are mostly digits), code set B
 * carries the rest of printable ASCII (the check character may be a letter).
 */

/** Bar/space widths in modules, bar first: symbol values 0–105, then STOP (106). */
const PATTERNS: readonly string[] = [
  '212222', '222122', '222221', '121223', '121322', '131222', '122213', '122312', '132212', '221213',
  '221312', '231212', '112232', '122132', '122231', '113222', '123122', '123221', '223211', '221132',
  '221231', '213212', '223112', '312131', '311222', '321122', '321221', '312212', '322112', '322211',
  '212123', '212321', '232121', '111323', '131123', '131321', '112313', '132113', '132311', '211313',
  '231113', '231311', '112133', '112331', '132131', '113123', '113321', '133121', '313121', '211331',
  '231131', '213113', '213311', '213131', '311123', '311321', '331121', '312113', '312311', '332111',
  '314111', '221411', '431111', '111224', '111422', '121124', '121421', '141122', '141221', '112214',
  '112412', '122114', '122411', '142112', '142211', '241211', '221114', '413111', '241112', '134111',
  '111242', '121142', '121241', '114212', '124112', '124211', '411212', '421112', '421211', '212141',
  '214121', '412121', '111143', '111341', '131141', '114113', '114311', '411113', '411311', '113141',
  '114131', '311141', '411131', '211412', '211214', '211232', '2331112',
];

const START_B = 104;
const START_C = 105;
const CODE_B = 100; // switch to code set B (from C)
const CODE_C = 99; // switch to code set C (from B)
const STOP = 106;

/** Pattern of one symbol value (exposed for the table's own tests). */
export function code128Pattern(value: number): string {
  const p = PATTERNS[value];
  if (p === undefined) throw new RangeError(`no Code 128 symbol ${value}`);
  return p;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function digitRun(text: string, from: number): number {
  let n = 0;
  while (isDigit(text[from + n])) n++;
  return n;
}

/**
 * Symbol values for `text`, start to stop, check symbol included. Only printable ASCII
 * (space to ~) can be encoded: anything else is a caller bug and throws.
 */
export function code128Values(text: string): number[] {
  if (text.length === 0) throw new RangeError('Code 128 needs at least one character');
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length !== 1 || c < 32 || c > 126) throw new RangeError(`Code 128 (set B/C) cannot encode “${ch}”`);
  }
  const values: number[] = [];
  let i = 0;
  // Set C pays off for a run of 4+ digits at the start (or a whole even run of 2).
  const lead = digitRun(text, 0);
  let set: 'B' | 'C' = lead >= 4 || (lead === text.length && lead % 2 === 0) ? 'C' : 'B';
  values.push(set === 'C' ? START_C : START_B);
  while (i < text.length) {
    if (set === 'C') {
      if (digitRun(text, i) >= 2) {
        values.push(Number(text.slice(i, i + 2)));
        i += 2;
        continue;
      }
      values.push(CODE_B);
      set = 'B';
      continue;
    }
    const run = digitRun(text, i);
    // Switching costs one symbol: worth it for 6+ digits, or 4+ that end the text.
    if (run >= 6 || (run >= 4 && i + run === text.length)) {
      if (run % 2 === 1) {
        values.push(text.charCodeAt(i) - 32);
        i += 1;
      }
      values.push(CODE_C);
      set = 'C';
      continue;
    }
    values.push(text.charCodeAt(i) - 32);
    i += 1;
  }
  const first = values[0] as number;
  const check = values.slice(1).reduce((sum, v, k) => sum + v * (k + 1), first) % 103;
  values.push(check, STOP);
  return values;
}

export interface LinearBarcode {
  /** Widths in modules, alternating bar, space, bar …, starting and ending with a bar. */
  widths: number[];
  /** Total width in modules, quiet zones excluded. */
  modules: number;
}

export function encodeCode128(text: string): LinearBarcode {
  const widths = code128Values(text).flatMap((v) => [...code128Pattern(v)].map(Number));
  return { widths, modules: widths.reduce((a, b) => a + b, 0) };
}
