/**
 * Case numbers (办件编号) and 一件事 bundle numbers, issued by terminals offline:
 *
 *     330106-260123-007-0042-M     case:   division · date · terminal · sequence · check
 *     330106-260123-007-Y042-9     bundle: the sequence group starts with Y (一件事)
 *
 * - division: the GB/T 2260 code of the hall's division (6 digits);
 * - date: the hall's local date of issue, YYMMDD (years 2000–2099);
 * - terminal: 001–999, unique among the terminals of that division code (assigned by
 *   the hub when a terminal is enrolled; never reused for another terminal);
 * - sequence: per terminal and day, 0001–9999 for cases, Y001–Y999 for bundles (a
 *   separate counter);
 * - check character: see check-character.ts; detects every single substitution and
 *   every transposition.
 * Uniqueness needs no coordination: no two terminals share (division, terminal), and a
 * terminal never repeats (date, sequence) — see nextSequence in allocate.ts. A bundle
 * number can never equal a case number: its sequence group holds a letter.
 *
 * Order: the canonical (compact) strings sort by division, date, terminal, sequence.
 * Within a hall that is date order across terminals and exact issue order within one
 * terminal; compareCaseNumbers implements it.
 *
 * Typing: hyphens, spaces, other dashes, lower case and full-width characters are
 * accepted, and O/I (not in the alphabet) are read as 0/1.
 */
import { err, ok } from '../result';
import type { Result } from '../result';
import { CHECK_ALPHABET, checkCharacter, hasValidCheck } from './check-character';

export type CaseNumberErrorCode =
  | 'EMPTY'
  | 'BAD_FORMAT'
  | 'BAD_CHECK_CHARACTER'
  | 'BAD_DIVISION_CODE'
  | 'BAD_DATE'
  | 'BAD_TERMINAL'
  | 'BAD_SEQUENCE'
  | 'NOT_A_CASE_NUMBER'
  | 'NOT_A_BUNDLE_NUMBER';

export type ServiceNumberKind = 'case' | 'bundle';

export interface CaseNumber {
  readonly kind: ServiceNumberKind;
  /** 20 symbols without separators: the form to store, index and compare. */
  readonly compact: string;
  /** Grouped with hyphens, for screens and paper. */
  readonly display: string;
  readonly divisionCode: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly terminal: number;
  readonly sequence: number;
}

export interface CaseNumberParts {
  readonly divisionCode: string;
  /** The hall's local date of issue, YYYY-MM-DD. */
  readonly date: string;
  readonly terminal: number;
  readonly sequence: number;
}

export const TERMINAL_MAX = 999;
export const CASE_SEQUENCE_MAX = 9999;
export const BUNDLE_SEQUENCE_MAX = 999;
const BUNDLE_MARK = 'Y';
const COMPACT_LENGTH = 20;

const GENERIC = '办件编号有误，请核对后重新输入';

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= ([31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function display(compact: string): string {
  return `${compact.slice(0, 6)}-${compact.slice(6, 12)}-${compact.slice(12, 15)}-${compact.slice(15, 19)}-${compact.slice(19)}`;
}

function compose(kind: ServiceNumberKind, parts: CaseNumberParts): string {
  const { divisionCode, date, terminal, sequence } = parts;
  if (!/^[1-8]\d{5}$/.test(divisionCode)) throw new RangeError(`bad division code “${divisionCode}”`);
  const m = /^20(\d{2})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null || !isRealDate(Number(`20${m[1]}`), Number(m[2]), Number(m[3]))) {
    throw new RangeError(`bad date “${date}” (YYYY-MM-DD, 2000–2099)`);
  }
  if (!Number.isInteger(terminal) || terminal < 1 || terminal > TERMINAL_MAX) {
    throw new RangeError(`terminal must be 1–${TERMINAL_MAX}, got ${terminal}`);
  }
  const max = kind === 'case' ? CASE_SEQUENCE_MAX : BUNDLE_SEQUENCE_MAX;
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > max) {
    throw new RangeError(`${kind} sequence must be 1–${max}, got ${sequence}`);
  }
  const seq = kind === 'case' ? pad(sequence, 4) : `${BUNDLE_MARK}${pad(sequence, 3)}`;
  const payload = `${divisionCode}${m[1]}${m[2]}${m[3]}${pad(terminal, 3)}${seq}`;
  return display(payload + checkCharacter(payload));
}

/**
 * The display form of a case number. Throws RangeError for parts no terminal may issue:
 * the issuing code validates them (see nextSequence), so a bad part is a bug.
 */
export function formatCaseNumber(parts: CaseNumberParts): string {
  return compose('case', parts);
}

/** The display form of a 一件事 bundle number; `sequence` is the terminal's bundle counter (1–999). */
export function makeBundleNumber(parts: CaseNumberParts): string {
  return compose('bundle', parts);
}

/** Separators people type or paste between groups. */
const SEPARATORS = /[\s\-‐‑‒–—―﹣_·.]/g;

function normalize(input: string): string {
  let out = '';
  for (const ch of input) {
    const c = ch.charCodeAt(0);
    // Full-width ASCII, then upper case; O and I do not occur in the alphabet.
    const half = c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? ' ' : ch;
    const up = half.toUpperCase();
    out += up === 'O' ? '0' : up === 'I' ? '1' : up;
  }
  return out.replace(SEPARATORS, '');
}

const SHAPE = new RegExp(`^\\d{15}(?:\\d{4}|${BUNDLE_MARK}\\d{3})[${CHECK_ALPHABET}]$`);

/** Parses a case or bundle number. */
export function parseServiceNumber(input: string): Result<CaseNumber, CaseNumberErrorCode> {
  const compact = normalize(input);
  if (compact === '') return err('EMPTY', '请输入办件编号');
  if (compact.length !== COMPACT_LENGTH) {
    return err('BAD_FORMAT', `${GENERIC}（应为${COMPACT_LENGTH}位，不含连字符；当前为${[...compact].length}位）`);
  }
  if (!SHAPE.test(compact)) return err('BAD_FORMAT', GENERIC);
  if (!hasValidCheck(compact)) return err('BAD_CHECK_CHARACTER', GENERIC);

  const divisionCode = compact.slice(0, 6);
  if (!/^[1-8]/.test(divisionCode)) return err('BAD_DIVISION_CODE', `${GENERIC}（前6位不是行政区划代码）`);
  const yy = compact.slice(6, 8);
  const mm = compact.slice(8, 10);
  const dd = compact.slice(10, 12);
  if (!isRealDate(2000 + Number(yy), Number(mm), Number(dd))) {
    return err('BAD_DATE', `${GENERIC}（第7–12位日期无效）`);
  }
  const terminal = Number(compact.slice(12, 15));
  if (terminal < 1) return err('BAD_TERMINAL', `${GENERIC}（终端号不能为000）`);
  const kind: ServiceNumberKind = compact[15] === BUNDLE_MARK ? 'bundle' : 'case';
  const sequence = Number(kind === 'bundle' ? compact.slice(16, 19) : compact.slice(15, 19));
  if (sequence < 1) return err('BAD_SEQUENCE', `${GENERIC}（流水号不能为0）`);

  return ok({
    kind,
    compact,
    display: display(compact),
    divisionCode,
    date: `20${yy}-${mm}-${dd}`,
    terminal,
    sequence,
  });
}

/** Parses a case number (办件编号); a bundle number is refused with its own code. */
export function parseCaseNumber(input: string): Result<CaseNumber, CaseNumberErrorCode> {
  const r = parseServiceNumber(input);
  if (r.ok && r.value.kind !== 'case') {
    return err('NOT_A_CASE_NUMBER', '这是“一件事”联办编号，不是办件编号，请输入具体事项的办件编号');
  }
  return r;
}

/** Parses a 一件事 bundle number; a case number is refused with its own code. */
export function parseBundleNumber(input: string): Result<CaseNumber, CaseNumberErrorCode> {
  const r = parseServiceNumber(input);
  if (r.ok && r.value.kind !== 'bundle') {
    return err('NOT_A_BUNDLE_NUMBER', '这是办件编号，不是“一件事”联办编号');
  }
  return r;
}

function compactOf(n: CaseNumber | string): string {
  if (typeof n !== 'string') return n.compact;
  const r = parseServiceNumber(n);
  if (!r.ok) throw new RangeError(`not a valid case number: “${n}”`);
  return r.value.compact;
}

/**
 * Canonical order (see the top of this file): equal to comparing the compact forms.
 * Strings are parsed first; an invalid one throws, since sorting only handles stored numbers.
 */
export function compareCaseNumbers(a: CaseNumber | string, b: CaseNumber | string): number {
  const x = compactOf(a);
  const y = compactOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
