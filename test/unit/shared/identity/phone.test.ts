import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhone, parsePostalCode } from '../../../../shared/identity/phone';
import type { PhoneErrorCode } from '../../../../shared/identity/phone';

describe('parsePhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['0086-138-1234-5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['19912345678', '19912345678'],
  ])('mobile %s → %s', (input, normalized) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: { kind: 'mobile', normalized } });
  });

  it.each([
    ['0571-87654321', '0571-87654321'],
    ['057187654321', '0571-87654321'],
    ['(0571) 8765 4321', '0571-87654321'],
    ['（0571）87654321', '0571-87654321'],
    ['010-8765-4321', '010-87654321'],
    ['02162345678', '021-62345678'],
    ['0570-7654321', '0570-7654321'],
    ['+86 571 87654321', '0571-87654321'],
    ['0571-87654321-802', '0571-87654321-802'],
    ['0571-87654321 转 802', '0571-87654321-802'],
    ['0571 87654321 分机802', '0571-87654321-802'],
    ['0571-87654321 ext. 8021', '0571-87654321-8021'],
    ['0571-87654321#12', '0571-87654321-12'],
  ])('landline %s → %s', (input, normalized) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: { kind: 'landline', normalized } });
  });

  it.each<[string, PhoneErrorCode]>([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['+86', 'EMPTY'],
    ['138123456789', 'BAD_MOBILE_NUMBER'],
    ['1381234567', 'BAD_MOBILE_NUMBER'],
    ['12812345678', 'BAD_MOBILE_NUMBER'],
    ['13812345678转1', 'BAD_EXTENSION'],
    ['138-1234-567a', 'BAD_CHARACTER'],
    ['87654321', 'MISSING_AREA_CODE'],
    ['0111-87654321', 'BAD_AREA_CODE'],
    ['0571-07654321', 'BAD_LOCAL_NUMBER'],
    ['0571-876543', 'BAD_LOCAL_NUMBER'],
    ['0571-876543210', 'BAD_LOCAL_NUMBER'],
    ['0571-87654321转1234567', 'BAD_EXTENSION'],
  ])('%s → %s', (input, code) => {
    const r = parsePhone(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message.length).toBeGreaterThan(0);
    }
  });

  it('accepts every mobile number 1[3-9]xxxxxxxxx in any grouping', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.constantFrom('', ' ', '-'),
        fc.constantFrom('', '+86', '0086'),
        (second, rest, sep, prefix) => {
          const n = `1${second}${String(rest).padStart(9, '0')}`;
          const typed = `${prefix}${n.slice(0, 3)}${sep}${n.slice(3, 7)}${sep}${n.slice(7)}`;
          expect(parsePhone(typed)).toEqual({ ok: true, value: { kind: 'mobile', normalized: n } });
        },
      ),
    );
  });
});

describe('parsePostalCode', () => {
  it('accepts six digits, full width and spaces', () => {
    expect(parsePostalCode('310006')).toEqual({ ok: true, value: '310006' });
    expect(parsePostalCode(' ３１０ ００６ ')).toEqual({ ok: true, value: '310006' });
  });

  it.each([
    ['', 'EMPTY'],
    ['31000', 'BAD_POSTAL_CODE'],
    ['3100061', 'BAD_POSTAL_CODE'],
    ['31000A', 'BAD_POSTAL_CODE'],
  ])('%s → %s', (input, code) => {
    expect(parsePostalCode(input)).toMatchObject({ ok: false, code });
  });
});
