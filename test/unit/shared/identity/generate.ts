/**
 * Generators of synthetic, valid identity numbers for property tests and benchmarks.
 * They compute check characters with the exported functions, which the tests pin
 * against hand-computed examples first. No real person's number is used anywhere.
 */
import fc from 'fast-check';
import { residentIdCheckChar } from '../../../../shared/identity/resident-id';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar } from '../../../../shared/identity/credit-code';
import { allDivisions } from '../../../../shared/identity/divisions';

export function makeResidentId(divisionCode: string, birthYyyymmdd: string, sequence: number): string {
  const body = `${divisionCode}${birthYyyymmdd}${String(sequence).padStart(3, '0')}`;
  return body + residentIdCheckChar(body);
}

/** Every code listed in the bundled data (provinces, prefectures, Zhejiang counties …). */
export const LISTED_CODES: readonly string[] = allDivisions().map((d) => d.code);

/** Prefectures outside Zhejiang, under which any county code is accepted. */
const PREFECTURES_OUTSIDE_ZHEJIANG: readonly string[] = allDivisions()
  .filter((d) => d.level === 'prefecture' && !d.code.startsWith('33'))
  .map((d) => d.code);

/** A division code an ID may carry: listed, or a county code under a listed non-Zhejiang prefecture. */
export const divisionCodeArb: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...LISTED_CODES),
  fc
    .tuple(fc.constantFrom(...PREFECTURES_OUTSIDE_ZHEJIANG), fc.integer({ min: 1, max: 99 }))
    .map(([p, n]) => p.slice(0, 4) + String(n).padStart(2, '0')),
);

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A birth date YYYYMMDD between 1900-01-01 and `today` (YYYY-MM-DD), both included. */
export function birthDateArb(today: string): fc.Arbitrary<string> {
  return fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${today}T00:00:00Z`), noInvalidDate: true })
    .map((d) => `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`);
}

export interface GeneratedId {
  readonly id: string;
  readonly divisionCode: string;
  readonly birth: string;
  readonly sequence: number;
}

export function residentIdArb(today: string): fc.Arbitrary<GeneratedId> {
  return fc
    .tuple(divisionCodeArb, birthDateArb(today), fc.integer({ min: 0, max: 999 }))
    .map(([divisionCode, birth, sequence]) => ({
      id: makeResidentId(divisionCode, birth, sequence),
      divisionCode,
      birth,
      sequence,
    }));
}

/**
 * Authority/type pairs from GB 32100-2015 (written out independently of the parser's table).
 */
export const AUTHORITY_TYPES: readonly string[] = [
  '11', '12', '13', '19', '21', '29', '31', '32', '33', '34', '35', '39', '41', '49',
  '51', '52', '53', '59', '61', '62', '69', '71', '72', '79', '81', '89', '91', '92', '93',
  'A1', 'A9', 'N1', 'N2', 'N3', 'N9', 'Y1',
];

export function makeCreditCode(authorityType: string, divisionCode: string, organisationCode: string): string {
  const body = `${authorityType}${divisionCode}${organisationCode}`;
  return body + creditCodeCheckChar(body);
}

const creditSymbol = fc.constantFrom(...CREDIT_CODE_ALPHABET);

export const creditCodeArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...AUTHORITY_TYPES),
    fc.integer({ min: 100000, max: 899999 }).map(String),
    fc.array(creditSymbol, { minLength: 9, maxLength: 9 }).map((a) => a.join('')),
  )
  .map(([at, division, org]) => makeCreditCode(at, division, org));

/** Deterministic PRNG (mulberry32) for benchmarks, which must not depend on fast-check's sampling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` valid synthetic IDs from listed division codes, births 1930–2020. */
export function seededResidentIds(count: number, seed = 1): string[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const y = 1930 + Math.floor(rnd() * 91);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    out.push(makeResidentId(pick(LISTED_CODES), `${y}${pad(m, 2)}${pad(d, 2)}`, Math.floor(rnd() * 1000)));
  }
  return out;
}

/** `count` valid synthetic credit codes. */
export function seededCreditCodes(count: number, seed = 2): string[] {
  const rnd = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let org = '';
    for (let k = 0; k < 9; k++) org += CREDIT_CODE_ALPHABET[Math.floor(rnd() * 31)];
    const division = String(100000 + Math.floor(rnd() * 800000));
    out.push(makeCreditCode(AUTHORITY_TYPES[Math.floor(rnd() * AUTHORITY_TYPES.length)] as string, division, org));
  }
  return out;
}
