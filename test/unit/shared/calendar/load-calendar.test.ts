import { describe, expect, it } from 'vitest';
import { bundledCalendarData } from '../../../../shared/calendar/bundled-calendar-data';
import type { WorkingCalendarData } from '../../../../shared/calendar/calendar-data';
import { workingCalendarSchema } from '../../../../shared/calendar/calendar-data';
import { defaultCalendar } from '../../../../shared/calendar/default-calendar';
import { loadCalendar } from '../../../../shared/calendar/load-calendar';

/** A fresh copy of the bundled data to break in one place. */
const bundled = (): WorkingCalendarData => structuredClone(bundledCalendarData);

/** One synthetic year that satisfies every rule: the fixed statutory days plus enough others. */
function syntheticYear(year: number): WorkingCalendarData {
  const off = ['01-01', '02-10', '02-11', '02-12', '02-13', '02-14', '05-01', '10-01', '10-02', '10-03'];
  return {
    version: `test-${year}`,
    source: '单元测试数据（虚构）',
    publishedYears: [year],
    holidays: off.map((md) => ({ date: `${year}-${md}`, name: '测试假期' })),
    makeUpWorkdays: [],
  };
}

function expectCode(input: unknown, code: string, messagePart?: RegExp): void {
  const r = loadCalendar(input);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.code).toBe(code);
  expect(r.message).toMatch(/[\u4e00-\u9fff]/);
  if (messagePart) expect(r.message).toMatch(messagePart);
}

describe('bundled calendar', () => {
  it('validates and covers 2015–2026 contiguously', () => {
    expect(workingCalendarSchema.safeParse(bundledCalendarData).success).toBe(true);
    const years = defaultCalendar.data.publishedYears;
    expect(years[0]).toBeLessThanOrEqual(2015);
    expect(years[years.length - 1]).toBe(2026);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => (years[0] as number) + i));
    expect(defaultCalendar.firstYear).toBe(years[0]);
    expect(defaultCalendar.lastYear).toBe(2026);
  });

  it('does not pretend 2027 is published (chinese-days has no 2027)', () => {
    expect(bundledCalendarData.holidays.some((h) => h.date.startsWith('2027'))).toBe(false);
    expect(bundledCalendarData.publishedYears).not.toContain(2027);
  });

  it('carries the 2026 notice (国办发明电〔2025〕7号) as published', () => {
    const off = (from: string, to: string) => bundledCalendarData.holidays.filter((h) => h.date >= from && h.date <= to).map((h) => h.date);
    expect(off('2026-02-14', '2026-02-28')).toEqual([
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
    ]);
    expect(bundledCalendarData.makeUpWorkdays.filter((w) => w.date.startsWith('2026')).map((w) => w.date)).toEqual([
      '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
    ]);
  });
});

describe('loadCalendar accepts valid data', () => {
  it('builds a single synthetic year', () => {
    const r = loadCalendar(syntheticYear(2030));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.firstYear).toBe(2030);
      expect(r.value.working.length).toBe(365);
    }
  });

  it('ignores fields it does not know (newer hub editions)', () => {
    expect(loadCalendar({ ...syntheticYear(2030), papers: ['https://www.gov.cn/'] }).ok).toBe(true);
  });
});

describe('loadCalendar rejects bad data with a code', () => {
  it('malformed shapes', () => {
    expectCode(null, 'CALENDAR_MALFORMED');
    expectCode('2026', 'CALENDAR_MALFORMED');
    const { holidays: _dropped, ...noHolidays } = syntheticYear(2030);
    expectCode(noHolidays, 'CALENDAR_MALFORMED', /holidays/);
    expectCode({ ...syntheticYear(2030), publishedYears: [] }, 'CALENDAR_MALFORMED');
    expectCode({ ...syntheticYear(2030), publishedYears: [2030.5] }, 'CALENDAR_MALFORMED');
    expectCode({ ...syntheticYear(2030), version: '' }, 'CALENDAR_MALFORMED');
    const noName = syntheticYear(2030);
    noName.holidays[0] = { date: '2030-01-01', name: ' ' };
    expectCode(noName, 'CALENDAR_MALFORMED');
  });

  it.each(['2025-02-30', '2023-02-29', '2025/01/01', '2025-1-1'])('an unreal date %s', (date) => {
    const cal = bundled();
    cal.holidays.push({ date, name: '测试' });
    expectCode(cal, 'CALENDAR_DATE_INVALID', new RegExp(`“${date}”无效`));
  });

  it.each([
    [[2024, 2026]],
    [[2025, 2024]],
    [[2024, 2024]],
  ])('published years %j not a contiguous ascending run', (years) => {
    expectCode({ ...syntheticYear(2024), publishedYears: years }, 'CALENDAR_YEARS_NOT_CONTIGUOUS');
  });

  it('a date in an unpublished year', () => {
    const cal = bundled();
    cal.holidays.push({ date: '2027-01-01', name: '元旦' });
    expectCode(cal, 'CALENDAR_DATE_OUTSIDE_PUBLISHED_YEARS', /2027-01-01/);
  });

  it('a date listed twice', () => {
    const cal = bundled();
    cal.holidays.push({ date: '2024-02-12', name: '春节' });
    expectCode(cal, 'CALENDAR_DUPLICATE_DATE', /2024-02-12/);
  });

  it('a date both holiday and make-up workday', () => {
    const cal = bundled();
    cal.makeUpWorkdays.push({ date: '2024-02-10', name: '春节' }); // a Saturday inside the holiday
    expectCode(cal, 'CALENDAR_HOLIDAY_AND_WORKDAY', /2024-02-10/);
  });

  it('a make-up workday on a weekday', () => {
    const cal = bundled();
    cal.makeUpWorkdays.push({ date: '2024-02-08', name: '春节' }); // a Thursday
    expectCode(cal, 'CALENDAR_MAKE_UP_NOT_WEEKEND', /2024-02-08/);
  });

  it('a published year missing a fixed statutory holiday', () => {
    const cal = bundled();
    cal.holidays = cal.holidays.filter((h) => h.date !== '2024-10-02');
    expectCode(cal, 'CALENDAR_YEAR_INCOMPLETE', /2024.*2024-10-02/);
  });

  it('a published year with too few days off', () => {
    const cal = syntheticYear(2030);
    cal.holidays = cal.holidays.filter((h) => !h.date.startsWith('2030-02'));
    expectCode(cal, 'CALENDAR_YEAR_INCOMPLETE', /2030/);
  });

  it('an extra published year with no data at all', () => {
    const cal = bundled();
    cal.publishedYears.push(2027);
    expectCode(cal, 'CALENDAR_YEAR_INCOMPLETE', /2027/);
  });
});
