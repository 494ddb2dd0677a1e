import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  chinaDate,
  fromDayNumber,
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  weekdayOf,
} from '../../../../shared/calendar/iso-date';

const MS_PER_DAY = 86_400_000;
/** Independent oracle: the Date object in UTC. */
const utcIso = (dayNumber: number): string => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);

describe('day numbers', () => {
  it('agree with Date.UTC in both directions over years 1000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (n) => {
        const iso = utcIso(n);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(weekdayOf(n)).toBe(new Date(n * MS_PER_DAY).getUTCDay());
      }),
      { numRuns: 5000 },
    );
  });

  it('knows fixed points and weekdays', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(weekdayOf(toDayNumber('2024-02-04'))).toBe(0); // a Sunday
    expect(weekdayOf(toDayNumber('2025-10-11'))).toBe(6); // a Saturday
  });

  it('refuses to format outside four-digit years', () => {
    expect(() => fromDayNumber(MAX_DAY_NUMBER + 1)).toThrow(RangeError);
    expect(() => fromDayNumber(MIN_DAY_NUMBER - 1)).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
  });
});

describe('isIsoDate / toDayNumber', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '1000-01-01', '9999-12-31'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });

  it.each([
    '2023-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-05',
    '2025/01/05',
    '20250105',
    ' 2025-01-05',
    '2025-01-05T00:00',
    '２０２５-01-05',
    '0999-12-31',
    '',
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(() => toDayNumber(s)).toThrow(RangeError);
  });

  it('rejects non-strings', () => {
    expect(isIsoDate(20250105)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('chinaDate', () => {
  it('switches date at 16:00 UTC (midnight in China), whatever the host zone', () => {
    expect(chinaDate(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12-31');
    expect(chinaDate(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
    expect(chinaDate(new Date('2026-03-01T23:30:00-08:00'))).toBe('2026-03-02');
    expect(chinaDate(new Date('1969-12-31T20:00:00Z'))).toBe('1970-01-01');
  });

  it('equals the UTC date of the instant shifted by eight hours', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1992-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (d) => {
        expect(chinaDate(d)).toBe(new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });

  it('throws on an invalid Date', () => {
    expect(() => chinaDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('parseIsoDate (user input)', () => {
  it('trims and accepts a real date', () => {
    expect(parseIsoDate(' 2026-02-14 ')).toEqual({ ok: true, value: '2026-02-14' });
  });

  it('refuses an unreal date with a Chinese message', () => {
    const r = parseIsoDate('2026-02-29');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe('DATE_INVALID');
      expect(r.message).toMatch(/2026-02-29.*不是有效日期/);
    }
  });
});
