/**
 * The working-day calendar as data: what the State Council published, year by year.
 * It is distributed by the hub (reference data, versioned) and bundled as a default, so
 * the schema checks everything a wrong file could get wrong — a bad calendar prints an
 * illegal deadline on a receipt.
 *
 * Rules beyond shape, each with a stable code carried in the zod issue's `params.code`:
 * - every date is a real `YYYY-MM-DD` date;
 * - `publishedYears` is a non-empty ascending run of consecutive years (no gaps: a gap
 *   would make a year silently look published or not);
 * - every listed date lies in a published year (a stray date would make an unpublished
 *   year look partly known);
 * - no date is listed twice, and none is both a holiday and a make-up workday;
 * - make-up workdays (调休上班) fall on a Saturday or Sunday — a weekday is a workday anyway;
 * - each published year is complete: the fixed-date statutory holidays (元旦 1-1,
 *   劳动节 5-1, 国庆节 10-1..10-3) are off, and at least 10 days are off — the statutory
 *   minimum under every version of 《全国年节及纪念日放假办法》 since 1999.
 */
import { z } from 'zod';
import { dayNumberOrNaN, isWeekend } from './iso-date';

export type CalendarErrorCode =
  | 'CALENDAR_MALFORMED'
  | 'CALENDAR_DATE_INVALID'
  | 'CALENDAR_YEARS_NOT_CONTIGUOUS'
  | 'CALENDAR_DATE_OUTSIDE_PUBLISHED_YEARS'
  | 'CALENDAR_DUPLICATE_DATE'
  | 'CALENDAR_HOLIDAY_AND_WORKDAY'
  | 'CALENDAR_MAKE_UP_NOT_WEEKEND'
  | 'CALENDAR_YEAR_INCOMPLETE';

const FIXED_STATUTORY_HOLIDAYS = ['01-01', '05-01', '10-01', '10-02', '10-03'] as const;
const MIN_OFF_DAYS_PER_YEAR = 10;
/** Bounds what a hub file can make a terminal allocate (one entry per day of the range). */
const MAX_PUBLISHED_YEARS = 200;

const issue = (code: CalendarErrorCode) => ({ params: { code } });

const isoDateSchema = z
  .string()
  .refine((s) => !Number.isNaN(dayNumberOrNaN(s)), {
    error: (iss) => `日期“${String(iss.input)}”无效，应为真实存在的“年-月-日”（YYYY-MM-DD）`,
    ...issue('CALENDAR_DATE_INVALID'),
  });

const namedDateSchema = z.object({
  date: isoDateSchema,
  /** Holiday name as in the notice, e.g. 春节; for a make-up workday, the holiday it serves. */
  name: z.string().trim().min(1),
});

export const workingCalendarSchema = z
  .object({
    /** Identifies this edition for sync (newer editions replace older ones on terminals). */
    version: z.string().trim().min(1),
    /** Where the dates come from (notice numbers, data set and its version). */
    source: z.string().trim().min(1),
    publishedYears: z.array(z.number().int().min(1000).max(9999)).min(1).max(MAX_PUBLISHED_YEARS),
    /** Days off: statutory holidays and the days moved next to them (放假调休). */
    holidays: z.array(namedDateSchema),
    /** Saturdays and Sundays declared working days (调休上班). */
    makeUpWorkdays: z.array(namedDateSchema),
  })
  .superRefine((cal, ctx) => {
    const add = (code: CalendarErrorCode, message: string, path: (string | number)[]): void => {
      ctx.addIssue({ code: 'custom', message, path, ...issue(code) });
    };

    const years = cal.publishedYears;
    for (let i = 1; i < years.length; i++) {
      if (years[i] !== (years[i - 1] as number) + 1) {
        add('CALENDAR_YEARS_NOT_CONTIGUOUS', `已发布年份须为连续递增的年份，${years[i - 1]} 之后应为 ${(years[i - 1] as number) + 1}，实为 ${years[i]}`, ['publishedYears', i]);
        return; // every later rule depends on the year range
      }
    }
    const published = new Set(years);

    const seen = new Map<string, 'holidays' | 'makeUpWorkdays'>();
    const offDaysPerYear = new Map<number, number>();
    for (const list of ['holidays', 'makeUpWorkdays'] as const) {
      cal[list].forEach((entry, i) => {
        const dayNumber = dayNumberOrNaN(entry.date);
        if (Number.isNaN(dayNumber)) return; // already reported by the date schema
        const path = [list, i, 'date'];
        const year = Number(entry.date.slice(0, 4));
        if (!published.has(year)) {
          add('CALENDAR_DATE_OUTSIDE_PUBLISHED_YEARS', `${entry.date}（${entry.name}）不在已发布年份 ${years[0]}–${years[years.length - 1]} 内`, path);
        }
        const earlier = seen.get(entry.date);
        if (earlier === list) {
          add('CALENDAR_DUPLICATE_DATE', `${entry.date} 重复出现`, path);
        } else if (earlier !== undefined) {
          add('CALENDAR_HOLIDAY_AND_WORKDAY', `${entry.date} 不能既是放假日又是调休上班日`, path);
        }
        seen.set(entry.date, list);
        if (list === 'makeUpWorkdays' && !isWeekend(dayNumber)) {
          add('CALENDAR_MAKE_UP_NOT_WEEKEND', `调休上班日 ${entry.date}（${entry.name}）不是周六或周日`, path);
        }
        if (list === 'holidays') offDaysPerYear.set(year, (offDaysPerYear.get(year) ?? 0) + 1);
      });
    }

    for (const year of years) {
      const missing = FIXED_STATUTORY_HOLIDAYS.filter((md) => seen.get(`${year}-${md}`) !== 'holidays');
      const offDays = offDaysPerYear.get(year) ?? 0;
      if (missing.length > 0 || offDays < MIN_OFF_DAYS_PER_YEAR) {
        const why = missing.length > 0 ? `缺少法定节假日 ${missing.map((md) => `${year}-${md}`).join('、')}` : `仅有 ${offDays} 个放假日，少于法定的 ${MIN_OFF_DAYS_PER_YEAR} 天`;
        add('CALENDAR_YEAR_INCOMPLETE', `${year} 年的放假安排不完整：${why}`, ['publishedYears', years.indexOf(year)]);
      }
    }
  });

/** The calendar as stored and synced (plain JSON). */
export type WorkingCalendarData = z.infer<typeof workingCalendarSchema>;
