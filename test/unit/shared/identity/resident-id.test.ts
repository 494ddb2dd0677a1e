import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResidentId, residentIdCheckChar } from '../../../../shared/identity/resident-id';
import type { ResidentIdErrorCode } from '../../../../shared/identity/resident-id';
import { makeResidentId, residentIdArb } from './generate';

const TODAY = '2025-06-30';

function errorCode(input: string, today = TODAY): ResidentIdErrorCode | 'OK' {
  const r = parseResidentId(input, today);
  return r.ok ? 'OK' : r.code;
}

describe('residentIdCheckChar (ISO 7064 MOD 11-2)', () => {
  it('matches the worked examples of GB 11643-1999', () => {
    // The standard's own examples: 11010519491231002X and 440524188001010014.
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });

  it('matches a hand-computed sum', () => {
    // 3·7+3·9+0·10+1·5+0·8+6·4+1·2+9·1+9·6+0·3+0·7+1·9+0·10+1·5+1·8+2·4+3·2 = 178;
    // 178 mod 11 = 2 → “X”.
    expect(residentIdCheckChar('33010619900101123')).toBe('X');
    // 178 − 3·2 + 4·2 = 180 → 180 mod 11 = 4 → “8”.
    expect(residentIdCheckChar('33010619900101124')).toBe('8');
  });

  it('refuses a body that is not 17 digits', () => {
    expect(() => residentIdCheckChar('3301061990010112')).toThrow(RangeError);
    expect(() => residentIdCheckChar('3301061990010112X')).toThrow(RangeError);
  });
});

describe('parseResidentId', () => {
  const valid = makeResidentId('330106', '19900101', 123); // 33010619900101123X

  it('returns the canonical number, division, birth date and sex', () => {
    expect(parseResidentId(valid, TODAY)).toEqual({
      ok: true,
      value: { id: '33010619900101123X', divisionCode: '330106', birthDate: '1990-01-01', sex: 'male' },
    });
    const female = makeResidentId('330106', '19900101', 124);
    expect(parseResidentId(female, TODAY)).toMatchObject({ ok: true, value: { sex: 'female' } });
  });

  it('accepts the standard’s example', () => {
    expect(parseResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      value: { id: '11010519491231002X', divisionCode: '110105', birthDate: '1949-12-31', sex: 'female' },
    });
  });

  it('normalises full-width digits, spaces (incl. U+3000) and lower-case x', () => {
    expect(parseResidentId('３３０１０６　１９９００１０１　１２３ｘ', TODAY)).toMatchObject({
      ok: true,
      value: { id: '33010619900101123X' },
    });
    expect(parseResidentId(' 330106 1990 0101 123x ', TODAY)).toMatchObject({ ok: true, value: { id: valid } });
    expect(parseResidentId('330106\t19900101\n123X', TODAY)).toMatchObject({ ok: true });
  });

  it.each<[string, string, ResidentIdErrorCode, RegExp]>([
    ['empty', '  　', 'EMPTY', /请输入/],
    ['15-digit legacy number', '330106900101123', 'LEGACY_15_DIGIT', /15位/],
    ['17 characters', '33010619900101123', 'BAD_LENGTH', /18位，当前为17位/],
    ['19 characters', '33010619900101123X0', 'BAD_LENGTH', /当前为19位/],
    ['letter in the body', '3301061990A101123X', 'BAD_CHARACTER', /第11位“A”/],
    ['X before the end', '3301061990010112X3', 'BAD_CHARACTER', /第17位“X”/],
    ['invalid last character', '33010619900101123Y', 'BAD_CHARACTER', /最后一位/],
    ['month 13', makeResidentId('330106', '19901301', 1), 'BAD_BIRTH_DATE', /19901301/],
    ['29 February of a common year', makeResidentId('330106', '19000229', 1), 'BAD_BIRTH_DATE', /不是有效日期/],
    ['before 1900', makeResidentId('330106', '18991231', 1), 'BAD_BIRTH_DATE', /早于1900/],
    ['after today', makeResidentId('330106', '20250701', 1), 'FUTURE_BIRTH_DATE', /晚于今天/],
    ['unknown Zhejiang county', makeResidentId('330199', '19900101', 1), 'UNKNOWN_DIVISION', /330199/],
    ['unknown prefecture', makeResidentId('119901', '19900101', 1), 'UNKNOWN_DIVISION', /前6位/],
    ['unknown province', makeResidentId('900101', '19900101', 1), 'UNKNOWN_DIVISION', /900101/],
    ['wrong check character', '330106199001011230', 'BAD_CHECK_CHARACTER', /校验位不符，请核对最后一位/],
  ])('%s → %s', (_label, input, code, message) => {
    const r = parseResidentId(input, TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message).toMatch(message);
    }
  });

  it('accepts 29 February of a leap year, 1 January 1900 and today', () => {
    expect(errorCode(makeResidentId('330106', '20000229', 1))).toBe('OK');
    expect(errorCode(makeResidentId('330106', '19000101', 1))).toBe('OK');
    expect(errorCode(makeResidentId('330106', '20250630', 1))).toBe('OK');
  });

  it('takes today as a Date too', () => {
    const born = makeResidentId('330106', '20240301', 1);
    expect(errorCode(born, '2024-02-29')).toBe('FUTURE_BIRTH_DATE');
    expect(parseResidentId(born, new Date(2024, 2, 1)).ok).toBe(true);
    expect(parseResidentId(born, new Date(2024, 1, 29)).ok).toBe(false);
  });

  describe('division codes', () => {
    const id = (code: string) => makeResidentId(code, '19800101', 1);

    it('accepts Hangzhou districts before and after the 2021 change', () => {
      for (const code of ['330103', '330104', '330113', '330114', '330102', '330105']) {
        expect(errorCode(id(code)), code).toBe('OK');
      }
    });

    it('accepts abolished Zhejiang codes (地区 era, county-level cities turned districts)', () => {
      for (const code of ['332522', '332603', '330227', '330183', '339001', '330621']) {
        expect(errorCode(id(code)), code).toBe('OK');
      }
    });

    it('accepts a county code elsewhere when its prefecture is listed, current or historical', () => {
      // 440305 深圳南山区, 510107 成都武侯区 (prefectures current); 132201 (邢台地区, abolished 1993).
      for (const code of ['440305', '510107', '132201', '512301', '659001']) {
        expect(errorCode(id(code)), code).toBe('OK');
      }
    });

    it('refuses a code whose prefecture never existed', () => {
      for (const code of ['449901', '139901', '330999', '339901']) {
        expect(errorCode(id(code)), code).toBe('UNKNOWN_DIVISION');
      }
    });

    it('accepts the Hong Kong, Macao and Taiwan residence-permit codes', () => {
      for (const code of ['810000', '820000', '830000']) expect(errorCode(id(code)), code).toBe('OK');
    });
  });

  it('reports a broken birth date before a check mismatch', () => {
    // Month typed as 13 also breaks the check: the clerk is pointed at the date.
    const typo = '330106199013011230';
    expect(errorCode(typo)).toBe('BAD_BIRTH_DATE');
  });
});

describe('parseResidentId properties', () => {
  it('parses every generated valid number with its fields', () => {
    fc.assert(
      fc.property(residentIdArb(TODAY), ({ id, divisionCode, birth, sequence }) => {
        const r = parseResidentId(id, TODAY);
        expect(r).toEqual({
          ok: true,
          value: {
            id,
            divisionCode,
            birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`,
            sex: sequence % 2 === 1 ? 'male' : 'female',
          },
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects every substitution of one character by another allowed one', () => {
    fc.assert(
      fc.property(residentIdArb(TODAY), ({ id }) => {
        for (let i = 0; i < 18; i++) {
          // X is allowed only last; in the body it must give BAD_CHARACTER.
          for (const ch of '0123456789X') {
            if (ch === id[i]) continue;
            const mutated = id.slice(0, i) + ch + id.slice(i + 1);
            expect(parseResidentId(mutated, TODAY).ok, mutated).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rejects every adjacent transposition of two different characters', () => {
    fc.assert(
      fc.property(residentIdArb(TODAY), ({ id }) => {
        for (let i = 0; i < 17; i++) {
          if (id[i] === id[i + 1]) continue;
          const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2);
          expect(parseResidentId(swapped, TODAY).ok, swapped).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('rejects every single mutation of a fixed sample, exhaustively', () => {
    const sample = [
      '11010519491231002X',
      makeResidentId('330106', '19900101', 123),
      makeResidentId('330113', '20210218', 7),
      makeResidentId('332522', '19650707', 998),
      makeResidentId('830000', '19880808', 42),
    ];
    let checked = 0;
    for (const id of sample) {
      for (let i = 0; i < 18; i++) {
        for (const ch of '0123456789X') {
          if (ch === id[i]) continue;
          expect(parseResidentId(id.slice(0, i) + ch + id.slice(i + 1), TODAY).ok).toBe(false);
          checked++;
        }
        if (i < 17 && id[i] !== id[i + 1]) {
          expect(parseResidentId(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2), TODAY).ok).toBe(false);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5 * 18 * 9);
  });
});
