/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: registration authority
 * (1 char), organisation type (1), division code of the registering office (6), body
 * identifier per GB 11714 (9), check character (1). Alphabet 0–9 and A–Y without
 * I, O, S, V (Z is outside A–Y): 31 characters.
 */
import { err, ok } from '../result';
import type { Result } from '../result';
import { compactCode, describeChar } from './normalize';

export type CreditCodeErrorCode =
  | 'EMPTY'
  | 'LEGACY_REGISTRATION_NUMBER'
  | 'LEGACY_ORGANISATION_CODE'
  | 'BAD_LENGTH'
  | 'BAD_CHARACTER'
  | 'UNKNOWN_REGISTRATION_AUTHORITY'
  | 'UNKNOWN_ORGANISATION_TYPE'
  | 'BAD_DIVISION_CODE'
  | 'CREDIT_CODE_CHECK_FAILED';

export interface CreditCode {
  /** Canonical 18 characters, upper case. */
  readonly code: string;
  readonly registrationAuthority: string;
  /** e.g. 市场监管（工商） */
  readonly registrationAuthorityName: string;
  readonly organisationType: string;
  /** e.g. 企业 */
  readonly organisationTypeName: string;
  readonly divisionCode: string;
  /** Characters 9–17: the GB 11714 organisation code. */
  readonly organisationCode: string;
}

export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const VALUE: ReadonlyMap<string, number> = new Map(
  [...CREDIT_CODE_ALPHABET].map((ch, i) => [ch, i] as const),
);
/** 3^i mod 31 for positions 1–17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * Registration authorities and the organisation types each may register (GB 32100-2015
 * annex, with later additions A = military, N = agriculture and rural affairs).
 */
const AUTHORITIES: Readonly<Record<string, { name: string; types: Readonly<Record<string, string>> }>> = {
  '1': { name: '机构编制', types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { name: '外交', types: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    types: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' },
  },
  '4': { name: '文化', types: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { name: '旅游', types: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' } },
  '7': { name: '宗教', types: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', types: { '1': '基层工会', '9': '其他' } },
  '9': { name: '市场监管（工商）', types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', types: { '1': '军队事业单位', '9': '其他' } },
  N: { name: '农业农村', types: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  Y: { name: '其他', types: { '1': '其他' } },
};

/** The check character for the first 17 characters (which must be in the alphabet). */
export function creditCodeCheckChar(body17: string): string {
  if (body17.length !== 17) throw new RangeError('creditCodeCheckChar needs 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = VALUE.get(body17[i] as string);
    if (v === undefined) throw new RangeError(`creditCodeCheckChar: “${body17[i]}” is not in the alphabet`);
    sum += v * (WEIGHTS[i] as number);
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/**
 * Some genuinely issued codes fail the check (GB 32100 issuers made mistakes): the
 * counter warns and a supervisor may accept the code with an audited reason. Every
 * other error means the code as typed cannot exist.
 */
export function isOverridableCreditCodeError(code: CreditCodeErrorCode): boolean {
  return code === 'CREDIT_CODE_CHECK_FAILED';
}

export function parseCreditCode(input: string): Result<CreditCode, CreditCodeErrorCode> {
  const code = compactCode(input);
  if (code === '') return err('EMPTY', '请输入统一社会信用代码');
  if (/^\d{15}$/.test(code)) {
    return err('LEGACY_REGISTRATION_NUMBER', '这是15位旧工商注册号，请提供18位统一社会信用代码（见营业执照）');
  }
  if (/^[0-9A-Z]{8}-?[0-9X]$/.test(code)) {
    return err('LEGACY_ORGANISATION_CODE', '这是9位组织机构代码，请提供18位统一社会信用代码');
  }
  if (code.length !== 18) {
    return err('BAD_LENGTH', `统一社会信用代码应为18位，当前为${[...code].length}位`);
  }
  for (let i = 0; i < 18; i++) {
    const ch = code[i] as string;
    if (!VALUE.has(ch)) {
      const hint = 'IOSVZ'.includes(ch) ? '（代码中不使用字母I、O、S、V、Z）' : '';
      return err('BAD_CHARACTER', `第${i + 1}位${describeChar(ch)}不是有效字符${hint}`);
    }
  }

  const authority = code[0] as string;
  const type = code[1] as string;
  const authorityEntry = AUTHORITIES[authority];
  if (authorityEntry === undefined) {
    return err('UNKNOWN_REGISTRATION_AUTHORITY', `第1位登记管理部门代码“${authority}”不存在，请核对`);
  }
  const typeName = authorityEntry.types[type];
  if (typeName === undefined) {
    return err(
      'UNKNOWN_ORGANISATION_TYPE',
      `第2位机构类别代码“${type}”不属于登记管理部门“${authorityEntry.name}”，请核对`,
    );
  }
  const divisionCode = code.slice(2, 8);
  if (!/^[1-8]\d{5}$/.test(divisionCode)) {
    return err('BAD_DIVISION_CODE', `第3–8位行政区划码“${divisionCode}”格式不正确，请核对`);
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return err(
      'CREDIT_CODE_CHECK_FAILED',
      '校验位不符：请先逐位核对；如与营业执照原件一致，可由主管确认后继续并记录原因',
    );
  }
  return ok({
    code,
    registrationAuthority: authority,
    registrationAuthorityName: authorityEntry.name,
    organisationType: type,
    organisationTypeName: typeName,
    divisionCode,
    organisationCode: code.slice(8, 17),
  });
}
