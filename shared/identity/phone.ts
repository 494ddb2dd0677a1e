/**
 * Mainland phone numbers and postal codes as applicants give them at the counter:
 * “138 1234 5678”, “+86 138-1234-5678”, “(0571) 8765 4321 转 802”.
 *
 * Normalised forms: mobile `13812345678`; landline `0571-87654321`, with `-802` for an
 * extension. Area codes: 010 and 020–029 have three digits, all others four (0xxx);
 * local numbers have 7 or 8 digits and never start with 0 or 1.
 */
import { err, ok } from '../result';
import type { Result } from '../result';
import { describeChar, toHalfWidth } from './normalize';

export type PhoneErrorCode =
  | 'EMPTY'
  | 'BAD_CHARACTER'
  | 'BAD_MOBILE_NUMBER'
  | 'MISSING_AREA_CODE'
  | 'BAD_AREA_CODE'
  | 'BAD_LOCAL_NUMBER'
  | 'BAD_EXTENSION';

export interface Phone {
  readonly kind: 'mobile' | 'landline';
  readonly normalized: string;
}

export type PostalCodeErrorCode = 'EMPTY' | 'BAD_POSTAL_CODE';

/** Separators people put inside numbers; removed before the digits are read. */
const GROUPING = /[\s\-‐‑‒–—―.()（）[\]]/g;
const DASHES = /[-‐‑‒–—―]/;
/** Extension after a marker: 转 802, 分机802, ext. 802, x802, #802. */
const MARKED_EXTENSION = /(?:转|分机|EXT\.?|X|#)(\d+)$/;

/** Removes +86 / 0086; says whether one was there. */
function stripCountryCode(digits: string): { national: string; international: boolean } {
  for (const prefix of ['+86', '0086']) {
    if (digits.startsWith(prefix)) return { national: digits.slice(prefix.length), international: true };
  }
  return { national: digits, international: false };
}

/**
 * Splits off an extension: after a marker, or as a last dash group behind a complete
 * landline (0571-87654321-802). A dash group behind anything shorter is part of the
 * number (0571-8765-4321), and so is one behind a mobile number (0086-138-1234-5678).
 */
function splitExtension(text: string): { body: string; ext?: string } {
  const compact = text.replace(/\s+/g, '');
  const marked = MARKED_EXTENSION.exec(compact);
  if (marked !== null) return { body: compact.slice(0, marked.index), ext: marked[1] as string };
  const groups = compact.split(DASHES);
  if (groups.length >= 3) {
    const last = groups[groups.length - 1] as string;
    const head = groups.slice(0, -1).join('').replace(GROUPING, '');
    const { national, international } = stripCountryCode(head);
    const landline = international ? `0${national}` : national;
    if (/^0[2-9]\d{8,10}$|^010\d{7,8}$/.test(landline) && /^\d{1,6}$/.test(last)) {
      return { body: head, ext: last };
    }
  }
  return { body: compact };
}

export function parsePhone(input: string): Result<Phone, PhoneErrorCode> {
  const text = toHalfWidth(input).trim().toUpperCase();
  if (text === '') return err('EMPTY', '请输入联系电话');
  const { body, ext } = splitExtension(text);

  const stripped = stripCountryCode(body.replace(GROUPING, ''));
  let digits = stripped.national;
  const international = stripped.international;
  const bad = /[^0-9]/.exec(digits);
  if (bad !== null) return err('BAD_CHARACTER', `电话号码中有无效字符${describeChar(bad[0])}`);
  if (digits === '') return err('EMPTY', '请输入联系电话');

  if (digits.startsWith('1')) {
    if (ext !== undefined) return err('BAD_EXTENSION', '手机号码不能带分机号');
    if (!/^1[3-9]\d{9}$/.test(digits)) {
      return err('BAD_MOBILE_NUMBER', `手机号码应为以13–19开头的11位数字，当前为“${digits}”`);
    }
    return ok({ kind: 'mobile', normalized: digits });
  }

  // Dialled from abroad the area code loses its leading 0: +86 571 87654321.
  if (international) digits = `0${digits}`;
  if (!digits.startsWith('0')) {
    return err('MISSING_AREA_CODE', '固定电话请带区号，例如0571-87654321');
  }
  const areaLength = digits.startsWith('010') || digits.startsWith('02') ? 3 : 4;
  const area = digits.slice(0, areaLength);
  if (!/^0[1-9]\d{1,2}$/.test(area) || (area.startsWith('01') && area !== '010')) {
    return err('BAD_AREA_CODE', `区号“${area}”不正确`);
  }
  const local = digits.slice(areaLength);
  if (!/^[2-9]\d{6,7}$/.test(local)) {
    return err('BAD_LOCAL_NUMBER', `区号后的号码应为7–8位且不以0或1开头，当前为“${local}”`);
  }
  if (ext !== undefined && ext.length > 6) return err('BAD_EXTENSION', '分机号最多6位数字');
  return ok({ kind: 'landline', normalized: `${area}-${local}${ext === undefined ? '' : `-${ext}`}` });
}

export function parsePostalCode(input: string): Result<string, PostalCodeErrorCode> {
  const code = toHalfWidth(input).replace(/\s/g, '');
  if (code === '') return err('EMPTY', '请输入邮政编码');
  if (!/^\d{6}$/.test(code)) return err('BAD_POSTAL_CODE', '邮政编码应为6位数字');
  return ok(code);
}
