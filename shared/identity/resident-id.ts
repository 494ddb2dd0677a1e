/**
 * Citizen identity number (公民身份号码), GB 11643-1999: 6-digit GB/T 2260 division
 * code, 8-digit birth date, 3-digit sequence (odd = male), ISO 7064 MOD 11-2 check
 * character. The same format is used by the Hong Kong/Macao/Taiwan residence permits
 * (division 810000/820000/830000).
 */
import { err, ok } from '../result';
import type { Result } from '../result';
import { isKnownDivisionCode } from './divisions';
import { compactCode, describeChar } from './normalize';

export type ResidentIdErrorCode =
  | 'EMPTY'
  | 'LEGACY_15_DIGIT'
  | 'BAD_LENGTH'
  | 'BAD_CHARACTER'
  | 'BAD_BIRTH_DATE'
  | 'FUTURE_BIRTH_DATE'
  | 'UNKNOWN_DIVISION'
  | 'BAD_CHECK_CHARACTER';

export interface ResidentId {
  /** Canonical 18 characters, upper-case X. */
  readonly id: string;
  readonly divisionCode: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
}

/** Weights 2^(17-i) mod 11 for the 17 body digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Sum mod 11 → check character. */
const CHECK_CHARS = '10X98765432';

/**
 * The check character for 17 body digits. Throws on anything else: callers are
 * generators and the parser, which have validated the digits.
 */
export function residentIdCheckChar(body17: string): string {
  if (!/^\d{17}$/.test(body17)) throw new RangeError('residentIdCheckChar needs 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body17.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

const EARLIEST_BIRTH_YEAR = 1900;

/** Today as YYYYMMDD from a Date (local calendar) or an ISO date string. */
function todayKey(today: Date | string | undefined): string {
  if (typeof today === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
    if (m === null) throw new RangeError(`today must be YYYY-MM-DD, got “${today}”`);
    return `${m[1]}${m[2]}${m[3]}`;
  }
  const d = today ?? new Date();
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `${p(d.getFullYear(), 4)}${p(d.getMonth() + 1, 2)}${p(d.getDate(), 2)}`;
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] as number;
  return d <= days;
}

/**
 * Parses a typed or read identity number. Normalises full-width characters, removes
 * white space (including U+3000) and upper-cases x. Field errors are reported before a
 * check-character mismatch so that a typo which breaks the date or the division points
 * the clerk at the wrong part rather than at the last digit.
 *
 * @param today the date births may not follow (defaults to the local date); tests pass
 *   a fixed `YYYY-MM-DD`.
 */
export function parseResidentId(
  input: string,
  today?: Date | string,
): Result<ResidentId, ResidentIdErrorCode> {
  const id = compactCode(input);
  if (id === '') return err('EMPTY', '请输入身份证号码');
  if (/^\d{15}$/.test(id)) {
    return err('LEGACY_15_DIGIT', '这是15位旧号码，已停止使用，请提供18位身份证号码');
  }
  if (id.length !== 18) {
    return err('BAD_LENGTH', `身份证号码应为18位，当前为${[...id].length}位`);
  }
  for (let i = 0; i < 18; i++) {
    const ch = id[i] as string;
    const valid = i < 17 ? ch >= '0' && ch <= '9' : (ch >= '0' && ch <= '9') || ch === 'X';
    if (!valid) {
      const rule = i < 17 ? '前17位只能是数字' : '最后一位只能是数字或X';
      return err('BAD_CHARACTER', `第${i + 1}位${describeChar(ch)}无效，${rule}`);
    }
  }

  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = id.slice(6, 14);
  if (!isRealDate(y, m, d)) {
    return err('BAD_BIRTH_DATE', `出生日期（第7–14位）${birth}不是有效日期，请核对`);
  }
  if (y < EARLIEST_BIRTH_YEAR) {
    return err('BAD_BIRTH_DATE', `出生日期（第7–14位）${birth}早于1900年，请核对`);
  }
  if (birth > todayKey(today)) {
    return err('FUTURE_BIRTH_DATE', `出生日期（第7–14位）${birth}晚于今天，请核对`);
  }

  const divisionCode = id.slice(0, 6);
  if (!isKnownDivisionCode(divisionCode)) {
    return err('UNKNOWN_DIVISION', `地址码（前6位）${divisionCode}不是有效的行政区划代码，请核对`);
  }

  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) {
    return err('BAD_CHECK_CHARACTER', '校验位不符，请核对最后一位（也可能是其他位录入有误）');
  }

  return ok({
    id,
    divisionCode,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: (id.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female',
  });
}
