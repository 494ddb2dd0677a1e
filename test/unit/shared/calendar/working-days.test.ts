import { isWorkday as chineseDaysIsWorkday } from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCalendarData } from '../../../../shared/calendar/bundled-calendar-data';
import type { WorkingCalendarData } from '../../../../shared/calendar/calendar-data';
import { defaultCalendar } from '../../../../shared/calendar/default-calendar';
import { loadCalendar } from '../../../../shared/calendar/load-calendar';
import type { WorkingCalendar } from '../../../../shared/calendar/load-calendar';
import { addWorkingDays, describeDay, isWorkingDay, workingDaysBetween } from '../../../../shared/calendar/working-days';

const cal = defaultCalendar;
const MS_PER_DAY = 86_400_000;

// Test-side date helpers on Date.UTC, independent of the module's day arithmetic.
const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const plusDays = (iso: string, k: number): string => new Date(toMs(iso) + k * MS_PER_DAY).toISOString().slice(0, 10);
const dayOfWeek = (iso: string): number => new Date(toMs(iso)).getUTCDay();
const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = from; d <= to; d = plusDays(d, 1)) out.push(d);
  return out;
};

/**
 * Reference implementation: walks day by day over the raw data, exactly as the rules read.
 * Deliberately naive so the table/rank arithmetic is checked against something else.
 * Days are pre-listed (2001–2032, via Date.UTC) so the walks stay cheap.
 */
const WINDOW = range('2001-01-01', '2032-12-31');
const indexOf = new Map(WINDOW.map((d, i) => [d, i]));
const at = (d: string): number => {
  const i = indexOf.get(d);
  if (i === undefined) throw new Error(`${d} outside the reference window`);
  return i;
};

function reference(data: WorkingCalendarData) {
  const off = new Set(data.holidays.map((h) => h.date));
  const on = new Set(data.makeUpWorkdays.map((w) => w.date));
  const years = new Set(data.publishedYears);
  const workingAt = WINDOW.map((d) => on.has(d) || (!off.has(d) && dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6));
  const publishedAt = WINDOW.map((d) => years.has(Number(d.slice(0, 4))));
  return {
    working: (d: string): boolean => workingAt[at(d)] as boolean,
    add(date: string, n: number) {
      let i = at(date);
      let provisional = false;
      if (n === 0) {
        provisional = !publishedAt[i];
        if (workingAt[i]) return { date, provisional };
      }
      let counted = 0;
      while (counted < Math.max(n, 1)) {
        i++;
        if (!publishedAt[i]) provisional = true;
        if (workingAt[i]) counted++;
      }
      return { date: WINDOW[i] as string, provisional };
    },
    between(from: string, to: string) {
      const [lo, hi, sign] = from <= to ? [at(from), at(to), 1] : [at(to), at(from), -1];
      let days = 0;
      let provisional = false;
      for (let i = lo + 1; i <= hi; i++) {
        if (!publishedAt[i]) provisional = true;
        if (workingAt[i]) days++;
      }
      return { days: days === 0 ? 0 : sign * days, provisional };
    },
  };
}

const ref = reference(bundledCalendarData);
/** Dates from 2002 to 2029: two unpublished years on each side of the bundled range. */
const anyDate = fc.integer({ min: 0, max: toMs('2029-12-31') / MS_PER_DAY - toMs('2002-01-01') / MS_PER_DAY }).map((k) => plusDays('2002-01-01', k));
const anyCount = fc.integer({ min: 0, max: 400 });

describe('isWorkingDay on published holidays', () => {
  it('2024 Spring Festival: 02-10..17 off, Sundays 02-04 and 02-18 worked', () => {
    for (const d of range('2024-02-10', '2024-02-17')) expect(isWorkingDay(d, cal), d).toBe(false);
    expect(dayOfWeek('2024-02-04')).toBe(0);
    expect(dayOfWeek('2024-02-18')).toBe(0);
    expect(isWorkingDay('2024-02-04', cal)).toBe(true);
    expect(isWorkingDay('2024-02-18', cal)).toBe(true);
    expect(isWorkingDay('2024-02-09', cal)).toBe(true); // 除夕 2024 was only "encouraged" off
    expect(isWorkingDay('2024-02-03', cal)).toBe(false); // an ordinary Saturday
  });

  it('2025 National Day + Mid-Autumn: 10-01..08 off, Sun 09-28 and Sat 10-11 worked', () => {
    for (const d of range('2025-10-01', '2025-10-08')) expect(isWorkingDay(d, cal), d).toBe(false);
    expect(isWorkingDay('2025-09-28', cal)).toBe(true);
    expect(dayOfWeek('2025-10-11')).toBe(6);
    expect(isWorkingDay('2025-10-11', cal)).toBe(true);
    expect(isWorkingDay('2025-10-12', cal)).toBe(false);
  });

  it('2026 Spring Festival per 国办发明电〔2025〕7号: 02-15..23 off, Sat 02-14 and Sat 02-28 worked', () => {
    for (const d of range('2026-02-15', '2026-02-23')) expect(isWorkingDay(d, cal), d).toBe(false);
    expect(isWorkingDay('2026-02-14', cal)).toBe(true);
    expect(isWorkingDay('2026-02-28', cal)).toBe(true);
    expect(isWorkingDay('2026-02-24', cal)).toBe(true);
  });

  it('2015 anniversary holiday 09-03..05 with Sunday 09-06 worked', () => {
    expect(isWorkingDay('2015-09-03', cal)).toBe(false);
    expect(isWorkingDay('2015-09-04', cal)).toBe(false);
    expect(isWorkingDay('2015-09-06', cal)).toBe(true);
  });

  it('agrees with chinese-days on every day it publishes (2004–2026)', () => {
    for (const d of range('2004-01-01', '2026-12-31')) {
      if (isWorkingDay(d, cal) !== chineseDaysIsWorkday(d)) expect.fail(`${d} differs from chinese-days`);
    }
  });

  it('uses the weekend rule alone outside the published years', () => {
    expect(isWorkingDay('2027-01-01', cal)).toBe(true); // a Friday; its holiday is not published yet
    expect(isWorkingDay('2027-01-02', cal)).toBe(false);
    expect(isWorkingDay('2003-10-01', cal)).toBe(true);
  });
});

describe('describeDay', () => {
  it('names holidays and make-up days and marks unpublished years', () => {
    expect(describeDay('2026-02-17', cal)).toEqual({ date: '2026-02-17', working: false, provisional: false, holiday: '春节' });
    expect(describeDay('2025-10-11', cal)).toEqual({ date: '2025-10-11', working: true, provisional: false, makeUpWorkday: '国庆节' });
    expect(describeDay('2026-07-01', cal)).toEqual({ date: '2026-07-01', working: true, provisional: false });
    expect(describeDay('2027-01-01', cal)).toEqual({ date: '2027-01-01', working: true, provisional: true });
  });
});

describe('addWorkingDays on published holidays', () => {
  it('2024 Spring Festival: make-up Sundays count, the holiday does not', () => {
    expect(addWorkingDays('2024-02-08', 1, cal)).toEqual({ date: '2024-02-09', provisional: false });
    expect(addWorkingDays('2024-02-09', 1, cal)).toEqual({ date: '2024-02-18', provisional: false });
    expect(addWorkingDays('2024-02-09', 2, cal)).toEqual({ date: '2024-02-19', provisional: false });
    // Fri 02-02 + 20: 02-04(Sun) 05..09, 18(Sun) 19..23, 26..29, 03-01, 03-04..06
    expect(addWorkingDays('2024-02-02', 20, cal)).toEqual({ date: '2024-03-06', provisional: false });
  });

  it('2025 National Day: a long holiday followed by a make-up Saturday', () => {
    expect(addWorkingDays('2025-09-30', 1, cal)).toEqual({ date: '2025-10-09', provisional: false });
    expect(addWorkingDays('2025-10-10', 1, cal)).toEqual({ date: '2025-10-11', provisional: false });
    expect(addWorkingDays('2025-10-11', 1, cal)).toEqual({ date: '2025-10-13', provisional: false });
    // Fri 09-26 + 20: 09-28(Sun) 29 30, 10-09 10 11(Sat), 13..17, 20..24, 27..30
    expect(addWorkingDays('2025-09-26', 20, cal)).toEqual({ date: '2025-10-30', provisional: false });
    expect(workingDaysBetween('2025-09-27', '2025-10-11', cal)).toEqual({ days: 6, provisional: false });
  });

  it('2026 Spring Festival: Sat 02-14 is worked, then nothing until 02-24', () => {
    expect(addWorkingDays('2026-02-13', 1, cal)).toEqual({ date: '2026-02-14', provisional: false });
    expect(addWorkingDays('2026-02-13', 2, cal)).toEqual({ date: '2026-02-24', provisional: false });
    expect(workingDaysBetween('2026-02-13', '2026-02-28', cal)).toEqual({ days: 6, provisional: false });
  });

  it('mid-2026 (端午 06-19) is published, not provisional', () => {
    // Mon 06-01 + 20: 02..05, 08..12, 15..18, 22..26, 29 30 (06-19 端午 off)
    expect(addWorkingDays('2026-06-01', 20, cal)).toEqual({ date: '2026-06-30', provisional: false });
    expect(addWorkingDays('2026-12-01', 5, cal)).toEqual({ date: '2026-12-08', provisional: false });
  });

  it('a deadline crossing New Year 2026→2027 is provisional, counting weekends only', () => {
    // Tue 12-15 + 20: 16..18, 21..25, 28..31 (12 days), then 2027-01-01(Fri!) 04..08 11 12
    expect(addWorkingDays('2026-12-15', 20, cal)).toEqual({ date: '2027-01-12', provisional: true });
    expect(addWorkingDays('2026-12-30', 1, cal)).toEqual({ date: '2026-12-31', provisional: false });
    expect(addWorkingDays('2026-12-31', 1, cal)).toEqual({ date: '2027-01-01', provisional: true });
    expect(addWorkingDays('2026-12-31', 0, cal)).toEqual({ date: '2026-12-31', provisional: false });
    expect(workingDaysBetween('2026-12-15', '2027-01-12', cal)).toEqual({ days: 20, provisional: true });
  });

  it('a hub edition publishing 2027 makes the same deadline final', () => {
    const data = structuredClone(bundledCalendarData);
    data.version = 'test-with-2027';
    data.publishedYears.push(2027);
    // Synthetic 2027 days off (test data, not the real notice): the five fixed days plus five.
    for (const d of ['2027-01-01', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-05-01', '2027-10-01', '2027-10-02', '2027-10-03']) {
      data.holidays.push({ date: d, name: '测试假期' });
    }
    const loaded = loadCalendar(data);
    expect(loaded.ok).toBe(true);
    const hub = (loaded as { value: WorkingCalendar }).value;
    expect(addWorkingDays('2026-12-15', 20, hub)).toEqual({ date: '2027-01-13', provisional: false });
    expect(addWorkingDays('2027-12-30', 2, hub)).toEqual({ date: '2028-01-03', provisional: true });
  });

  it('a start before the published years is provisional only if it counts such days', () => {
    expect(addWorkingDays('2003-12-30', 1, cal)).toEqual({ date: '2003-12-31', provisional: true });
    expect(addWorkingDays('2003-12-31', 1, cal)).toEqual({ date: '2004-01-02', provisional: false });
  });
});

describe('n = 0 (即办件)', () => {
  it('is the same day on a working day, including a make-up Saturday', () => {
    expect(addWorkingDays('2026-03-03', 0, cal)).toEqual({ date: '2026-03-03', provisional: false });
    expect(addWorkingDays('2025-10-11', 0, cal)).toEqual({ date: '2025-10-11', provisional: false });
  });

  it('is the next working day when accepted on a day off', () => {
    expect(addWorkingDays('2026-02-15', 0, cal)).toEqual({ date: '2026-02-24', provisional: false });
    expect(addWorkingDays('2026-03-07', 0, cal)).toEqual({ date: '2026-03-09', provisional: false });
    expect(addWorkingDays('2027-01-02', 0, cal)).toEqual({ date: '2027-01-04', provisional: true });
  });
});

describe('bad input from the program throws RangeError', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('n = %s', (n) => {
    expect(() => addWorkingDays('2026-03-03', n, cal)).toThrow(RangeError);
  });

  it.each(['2026-02-29', '2026-3-3', '', '2026-03-03T08:00:00+08:00'])('date %j', (d) => {
    expect(() => addWorkingDays(d, 1, cal)).toThrow(RangeError);
    expect(() => workingDaysBetween(d, '2026-03-03', cal)).toThrow(RangeError);
    expect(() => workingDaysBetween('2026-03-03', d, cal)).toThrow(RangeError);
    expect(() => isWorkingDay(d, cal)).toThrow(RangeError);
  });

  it('a result past year 9999', () => {
    expect(() => addWorkingDays('9999-12-30', 5, cal)).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('addWorkingDays matches a day-by-day walk over the raw data', () => {
    fc.assert(
      fc.property(anyDate, anyCount, (d, n) => {
        expect(addWorkingDays(d, n, cal)).toEqual(ref.add(d, n));
      }),
      { numRuns: 2000 },
    );
  });

  it('workingDaysBetween matches a day-by-day count, in both directions', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(workingDaysBetween(a, b, cal)).toEqual(ref.between(a, b));
      }),
      { numRuns: 1000 },
    );
  });

  it('the result is always a working day', () => {
    fc.assert(
      fc.property(anyDate, anyCount, (d, n) => {
        expect(isWorkingDay(addWorkingDays(d, n, cal).date, cal)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotone in n, strictly from n = 1', () => {
    fc.assert(
      fc.property(anyDate, anyCount, anyCount, (d, x, y) => {
        const [n1, n2] = x <= y ? [x, y] : [y, x];
        const r1 = addWorkingDays(d, n1, cal).date;
        const r2 = addWorkingDays(d, n2, cal).date;
        expect(r1 <= r2).toBe(true);
        if (n1 >= 1 && n1 < n2) expect(r1 < r2).toBe(true);
        expect(r1 >= d).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('workingDaysBetween inverts addWorkingDays (n >= 1), with the same provisional flag', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const end = addWorkingDays(d, n, cal);
        expect(workingDaysBetween(d, end.date, cal)).toEqual({ days: n, provisional: end.provisional });
        // and the day before the deadline is one working day short
        expect(workingDaysBetween(d, plusDays(end.date, -1), cal).days).toBe(n - 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('n = 0 ends after 0 working days on a working day, 1 on a day off', () => {
    fc.assert(
      fc.property(anyDate, (d) => {
        const end = addWorkingDays(d, 0, cal);
        expect(workingDaysBetween(d, end.date, cal).days).toBe(isWorkingDay(d, cal) ? 0 : 1);
      }),
    );
  });

  it('counts are additive and antisymmetric', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        const ab = workingDaysBetween(a, b, cal).days;
        expect(ab + workingDaysBetween(b, c, cal).days).toBe(workingDaysBetween(a, c, cal).days);
        expect(workingDaysBetween(b, a, cal).days + ab).toBe(0);
      }),
    );
  });

  it('works on any valid calendar, not just the bundled one', () => {
    const data = structuredClone(bundledCalendarData);
    data.publishedYears = [2024];
    data.holidays = data.holidays.filter((h) => h.date.startsWith('2024'));
    data.makeUpWorkdays = data.makeUpWorkdays.filter((h) => h.date.startsWith('2024'));
    const loaded = loadCalendar(data);
    if (!loaded.ok) throw new Error(loaded.message);
    const small = loaded.value;
    const smallRef = reference(data);
    fc.assert(
      fc.property(anyDate, anyCount, (d, n) => {
        expect(addWorkingDays(d, n, small)).toEqual(smallRef.add(d, n));
      }),
      { numRuns: 1000 },
    );
    // 2025 is unpublished in this edition: its National Day is not known to it
    expect(addWorkingDays('2025-09-30', 1, small)).toEqual({ date: '2025-10-01', provisional: true });
  });
});
