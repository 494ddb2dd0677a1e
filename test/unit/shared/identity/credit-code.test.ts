import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  isOverridableCreditCodeError,
  parseCreditCode,
} from '../../../../shared/identity/credit-code';
import type { CreditCodeErrorCode } from '../../../../shared/identity/credit-code';
import { AUTHORITY_TYPES, creditCodeArb, makeCreditCode } from './generate';

describe('creditCodeCheckChar (GB 32100-2015)', () => {
  it('uses the 31-character alphabet without I, O, S, V, Z', () => {
    expect(CREDIT_CODE_ALPHABET).toHaveLength(31);
    for (const ch of 'IOSVZ') expect(CREDIT_CODE_ALPHABET).not.toContain(ch);
  });

  it('matches a hand-computed example', () => {
    // Values 9 1 3 3 0 1 0 6 M=21 A=10 2 B=11 3 C=12 4 D=13 5, weights 1 3 9 27 19 26 16 17
    // 20 29 25 13 8 24 10 30 28: sum 2033; 2033 mod 31 = 18; 31 − 18 = 13 → “D”.
    expect(creditCodeCheckChar('91330106MA2B3C4D5')).toBe('D');
  });

  it('maps 31 to 0', () => {
    // A weighted sum ≡ 0 (mod 31) gives 31 − 0 = 31, which the standard maps to “0”.
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });

  it('refuses bodies that are not 17 alphabet characters', () => {
    expect(() => creditCodeCheckChar('91330106MA2B3C4D')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91330106MA2B3C4DO')).toThrow(RangeError);
  });
});

describe('parseCreditCode', () => {
  const valid = '91330106MA2B3C4D5D';

  it('returns the canonical code and its parts', () => {
    expect(parseCreditCode(valid)).toEqual({
      ok: true,
      value: {
        code: valid,
        registrationAuthority: '9',
        registrationAuthorityName: '市场监管（工商）',
        organisationType: '1',
        organisationTypeName: '企业',
        divisionCode: '330106',
        organisationCode: 'MA2B3C4D5',
      },
    });
  });

  it('normalises case, full width and spaces', () => {
    expect(parseCreditCode(' 91330106 ma2b3c4d5d ')).toMatchObject({ ok: true, value: { code: valid } });
    expect(parseCreditCode('９１３３０１０６ＭＡ２Ｂ３Ｃ４Ｄ５Ｄ')).toMatchObject({ ok: true, value: { code: valid } });
    expect(parseCreditCode('91330106　MA2B3C4D5d')).toMatchObject({ ok: true });
  });

  it.each<[string, string, CreditCodeErrorCode, RegExp]>([
    ['empty', ' ', 'EMPTY', /请输入/],
    ['15-digit registration number', '330106000123456', 'LEGACY_REGISTRATION_NUMBER', /注册号/],
    ['9-character organisation code', 'MA2B3C4D-5', 'LEGACY_ORGANISATION_CODE', /组织机构代码/],
    ['17 characters', '91330106MA2B3C4D5', 'BAD_LENGTH', /当前为17位/],
    ['letter O', '91330106MA2B3C4O5D', 'BAD_CHARACTER', /第16位“O”.*不使用/],
    ['punctuation', '91330106MA2B3C4D5!', 'BAD_CHARACTER', /第18位“!”/],
    ['unknown authority', makeCreditCode('B1', '330106', 'MA2B3C4D5'), 'UNKNOWN_REGISTRATION_AUTHORITY', /登记管理部门/],
    ['type not of that authority', makeCreditCode('94', '330106', 'MA2B3C4D5'), 'UNKNOWN_ORGANISATION_TYPE', /机构类别/],
    ['division not a code', makeCreditCode('91', '930106', 'MA2B3C4D5'), 'BAD_DIVISION_CODE', /行政区划码/],
    ['division with a letter', makeCreditCode('91', '33A106', 'MA2B3C4D5'), 'BAD_DIVISION_CODE', /33A106/],
    ['check failure', '91330106MA2B3C4D5E', 'CREDIT_CODE_CHECK_FAILED', /校验位不符.*主管/],
  ])('%s → %s', (_label, input, code, message) => {
    const r = parseCreditCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message).toMatch(message);
    }
  });

  it('lets a supervisor override only a check failure', () => {
    expect(isOverridableCreditCodeError('CREDIT_CODE_CHECK_FAILED')).toBe(true);
    for (const code of [
      'EMPTY',
      'BAD_LENGTH',
      'BAD_CHARACTER',
      'UNKNOWN_REGISTRATION_AUTHORITY',
      'UNKNOWN_ORGANISATION_TYPE',
      'BAD_DIVISION_CODE',
      'LEGACY_REGISTRATION_NUMBER',
      'LEGACY_ORGANISATION_CODE',
    ] as const) {
      expect(isOverridableCreditCodeError(code)).toBe(false);
    }
  });

  it('accepts every authority/type pair of the standard', () => {
    for (const at of AUTHORITY_TYPES) {
      expect(parseCreditCode(makeCreditCode(at, '330106', '123456789')).ok, at).toBe(true);
    }
  });
});

describe('parseCreditCode properties', () => {
  it('parses every generated valid code', () => {
    fc.assert(
      fc.property(creditCodeArb, (code) => {
        const r = parseCreditCode(code);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value.code).toBe(code);
          expect(r.value.divisionCode).toBe(code.slice(2, 8));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every substitution of one character by another from the alphabet', () => {
    fc.assert(
      fc.property(creditCodeArb, (code) => {
        for (let i = 0; i < 18; i++) {
          for (const ch of CREDIT_CODE_ALPHABET) {
            if (ch === code[i]) continue;
            const mutated = code.slice(0, i) + ch + code.slice(i + 1);
            expect(parseCreditCode(mutated).ok, mutated).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects every adjacent transposition of two different characters', () => {
    fc.assert(
      fc.property(creditCodeArb, (code) => {
        for (let i = 0; i < 17; i++) {
          if (code[i] === code[i + 1]) continue;
          const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
          expect(parseCreditCode(swapped).ok, swapped).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
