import type { MatterType } from './vocabulary';

/**
 * Matter and bundle codes. There is no national format we could reuse offline, so the
 * catalog uses this one, chosen to be typed by clerks and read aloud:
 *
 *   basic code           {dept}-{type}-{serial}            GA-QR-0001
 *   implementation code  {division}-{basic}-{item}         330100-GA-QR-0001-01
 *   bundle code          {division}-YJS-{serial}           330100-YJS-001
 *
 * - dept: the department's 2–3 letter code (GA 公安, RS 人社, YB 医保 …), see data/departments.
 * - type: two letters for the matter type (XK 行政许可, JF 给付, QR 确认, CJ 裁决, JL 奖励,
 *   QT 其他行政权力, GF 公共服务), so the code alone tells what kind of act it is.
 * - serial: four digits within department and type.
 * - division: GB/T 2260 code of the implementing government (330100 杭州市).
 * - item: the 业务办理项 — one basic matter split into the smallest task units a
 *   counter actually handles (户口迁移 → 01 迁入, 02 迁出), 00 when not split.
 * The implementation code is the matter's key everywhere (bundles, applications).
 */
export const matterTypeCodes: Readonly<Record<MatterType, string>> = {
  licensing: 'XK',
  benefit: 'JF',
  confirmation: 'QR',
  adjudication: 'CJ',
  reward: 'JL',
  otherPower: 'QT',
  publicService: 'GF',
};

export const DEPARTMENT_CODE_PATTERN = /^[A-Z]{2,3}$/;
export const BASIC_CODE_PATTERN = /^([A-Z]{2,3})-(XK|JF|QR|CJ|JL|QT|GF)-(\d{4})$/;
export const IMPLEMENTATION_CODE_PATTERN = /^(\d{6})-([A-Z]{2,3}-(?:XK|JF|QR|CJ|JL|QT|GF)-\d{4})-(\d{2})$/;
export const BUNDLE_CODE_PATTERN = /^\d{6}-YJS-\d{3}$/;

export interface BasicCodeParts {
  department: string;
  typeCode: string;
  serial: string;
}

export interface ImplementationCodeParts {
  division: string;
  basic: string;
  item: string;
}

export function parseBasicCode(code: string): BasicCodeParts | null {
  const m = BASIC_CODE_PATTERN.exec(code);
  if (!m) return null;
  return { department: m[1] as string, typeCode: m[2] as string, serial: m[3] as string };
}

export function parseImplementationCode(code: string): ImplementationCodeParts | null {
  const m = IMPLEMENTATION_CODE_PATTERN.exec(code);
  if (!m) return null;
  return { division: m[1] as string, basic: m[2] as string, item: m[3] as string };
}

/**
 * Codes compared as clerks type them: case, hyphens, spaces and full-width forms
 * ignored ("ga qr 0001", "ＧＡ－ＱＲ－０００１" and "GA-QR-0001" are the same).
 */
export function normaliseCode(input: string): string {
  return input.normalize('NFKC').toUpperCase().replace(/[^0-9A-Z]/g, '');
}
