/**
 * Lookup of GB/T 2260 division codes in the bundled data (divisions-data.ts).
 *
 * Acceptance rule, because the bundled data is complete at county level only for
 * Zhejiang:
 * - a code listed in the data is known (current or historical) — exact match;
 * - otherwise, outside Zhejiang, a county-level code (last two digits not `00`) is
 *   accepted when its prefecture — first four digits + `00` — is listed, current or
 *   historical. Its name is then reported at prefecture precision;
 * - in Zhejiang (`33…`) only listed codes are known: an unlisted Zhejiang county code is
 *   a typo or a code that never existed.
 */
import { DIVISION_LINES } from './divisions-data';

export type DivisionLevel = 'province' | 'prefecture' | 'county';

export interface Division {
  readonly code: string;
  /** The latest name the code carried. */
  readonly name: string;
  readonly level: DivisionLevel;
  /** Year the code came into use (as far as the MCA lists go back, 1980). */
  readonly from: number;
  /** Year the code was abolished; absent while it is in use. */
  readonly until?: number;
  readonly formerNames: readonly string[];
}

export interface DivisionName {
  /** The code that was asked about. */
  readonly code: string;
  /** The most specific name known: the county's, or its prefecture's at prefecture precision. */
  readonly name: string;
  /** Province, prefecture and county joined, e.g. 浙江省杭州市西湖区. */
  readonly fullName: string;
  readonly level: DivisionLevel;
  /**
   * The code is no longer in the current list (e.g. 330103 下城区). At prefecture
   * precision this reflects the prefecture: an abolished prefecture means an abolished
   * county code, a current one says nothing either way.
   */
  readonly historical: boolean;
  /** `prefecture` when the county itself is not in the bundled data. */
  readonly precision: 'exact' | 'prefecture';
}

/** Provinces whose every county-level code (current and historical) is bundled. */
const COUNTY_COMPLETE_PROVINCES: ReadonlySet<string> = new Set(['33']);

/** Grouping rows of the standard that are not places, left out of full names. */
const GROUPING_NAMES: ReadonlySet<string> = new Set([
  '市辖区',
  '县',
  '市',
  '省直辖县级行政区划',
  '自治区直辖县级行政区划',
]);

const CODE = /^[1-9]\d{5}$/;

export function divisionLevel(code: string): DivisionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

function parseDivisions(lines: string): ReadonlyMap<string, Division> {
  const map = new Map<string, Division>();
  for (const raw of lines.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const [code = '', name = '', from = '', until = '', former = ''] = line.split('|');
    if (!CODE.test(code) || name === '' || map.has(code)) {
      throw new Error(`divisions-data: bad or duplicate line “${line}”`);
    }
    map.set(code, {
      code,
      name,
      level: divisionLevel(code),
      from: Number(from),
      ...(until === '' ? {} : { until: Number(until) }),
      formerNames: former === '' ? [] : former.split(';'),
    });
  }
  return map;
}

const DIVISIONS = parseDivisions(DIVISION_LINES);

/** The listed entry for exactly this code, if any. */
export function findDivision(code: string): Division | undefined {
  return DIVISIONS.get(code);
}

/** All bundled entries (for tests and generators). */
export function allDivisions(): readonly Division[] {
  return [...DIVISIONS.values()];
}

function prefectureOf(code: string): Division | undefined {
  return DIVISIONS.get(`${code.slice(0, 4)}00`);
}

function provinceOf(code: string): Division | undefined {
  return DIVISIONS.get(`${code.slice(0, 2)}0000`);
}

function joinNames(parts: ReadonlyArray<Division | undefined>): string {
  const names: string[] = [];
  for (const d of parts) {
    if (d === undefined || GROUPING_NAMES.has(d.name)) continue;
    if (names[names.length - 1] !== d.name) names.push(d.name);
  }
  return names.join('');
}

/**
 * Whether the code denotes a division that existed at some time, by the rule at the
 * top of this file. Cheap: one or two map lookups.
 */
export function isKnownDivisionCode(code: string): boolean {
  if (DIVISIONS.has(code)) return true;
  if (!CODE.test(code) || divisionLevel(code) !== 'county') return false;
  if (COUNTY_COMPLETE_PROVINCES.has(code.slice(0, 2))) return false;
  return prefectureOf(code) !== undefined;
}

/**
 * Name of a division code for screens (e.g. “浙江省杭州市西湖区”), with whether it is
 * historical; `undefined` for a code that is not known.
 */
export function divisionName(code: string): DivisionName | undefined {
  if (!isKnownDivisionCode(code)) return undefined;
  const level = divisionLevel(code);
  const province = provinceOf(code);
  const exact = DIVISIONS.get(code);
  if (exact !== undefined) {
    const prefecture = level === 'county' ? prefectureOf(code) : undefined;
    const chain = level === 'province' ? [exact] : [province, prefecture, exact];
    return {
      code,
      name: exact.name,
      fullName: joinNames(chain),
      level,
      historical: exact.until !== undefined,
      precision: 'exact',
    };
  }
  const prefecture = prefectureOf(code) as Division;
  const fullName = joinNames([province, prefecture]);
  return {
    code,
    name: GROUPING_NAMES.has(prefecture.name) ? (province?.name ?? fullName) : prefecture.name,
    fullName,
    level,
    historical: prefecture.until !== undefined,
    precision: 'prefecture',
  };
}
