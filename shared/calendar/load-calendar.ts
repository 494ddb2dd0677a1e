/**
 * Turns calendar data into the form the arithmetic needs: one flag and one running count
 * per day of the published years, so a deadline is a lookup and a binary search instead of
 * a walk through sets. Built once per calendar edition (a few thousand days).
 */
import { err, ok } from '../result';
import type { Result } from '../result';
import { z } from 'zod';
import { workingCalendarSchema } from './calendar-data';
import type { CalendarErrorCode, WorkingCalendarData } from './calendar-data';
import { dayNumberOf, isWeekend, toDayNumber } from './iso-date';

const zhCN = z.locales.zhCN();

export interface WorkingCalendar {
  /** The validated data it was built from (what the hub sent or what was bundled). */
  readonly data: WorkingCalendarData;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Day number of 1 January of the first published year. */
  readonly firstDay: number;
  /** Day number of 31 December of the last published year. */
  readonly lastDay: number;
  /** `working[d - firstDay]` is 1 on a working day. */
  readonly working: Uint8Array;
  /** `workingUpTo[d - firstDay]` = working days from firstDay through d inclusive. */
  readonly workingUpTo: Int32Array;
  /** Names from the notice, by day number, for display. */
  readonly holidayNames: ReadonlyMap<number, string>;
  readonly makeUpWorkdayNames: ReadonlyMap<number, string>;
}

/**
 * Validates calendar data from outside (the hub, a file) and builds the calendar.
 * The first problem found decides the code; the message names the offending date or year.
 */
export function loadCalendar(input: unknown): Result<WorkingCalendar, CalendarErrorCode> {
  // Shape errors in Chinese too: the message may reach a supervisor's screen.
  const parsed = workingCalendarSchema.safeParse(input, { error: zhCN.localeError });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const code = first?.code === 'custom' ? (first.params?.['code'] as CalendarErrorCode | undefined) : undefined;
    if (code !== undefined && first !== undefined) return err(code, `工作日历数据有误：${first.message}`);
    const where = first === undefined || first.path.length === 0 ? '' : `（${first.path.join('.')}）`;
    return err('CALENDAR_MALFORMED', `工作日历数据格式不正确${where}：${first?.message ?? '未知错误'}`);
  }
  return ok(buildCalendar(parsed.data));
}

function buildCalendar(data: WorkingCalendarData): WorkingCalendar {
  const firstYear = data.publishedYears[0] as number;
  const lastYear = data.publishedYears[data.publishedYears.length - 1] as number;
  const firstDay = dayNumberOf(firstYear, 1, 1);
  const lastDay = dayNumberOf(lastYear, 12, 31);
  const length = lastDay - firstDay + 1;

  const working = new Uint8Array(length);
  for (let i = 0; i < length; i++) working[i] = isWeekend(firstDay + i) ? 0 : 1;
  const holidayNames = new Map<number, string>();
  for (const { date, name } of data.holidays) {
    const d = toDayNumber(date);
    working[d - firstDay] = 0;
    holidayNames.set(d, name);
  }
  const makeUpWorkdayNames = new Map<number, string>();
  for (const { date, name } of data.makeUpWorkdays) {
    const d = toDayNumber(date);
    working[d - firstDay] = 1;
    makeUpWorkdayNames.set(d, name);
  }

  const workingUpTo = new Int32Array(length);
  let count = 0;
  for (let i = 0; i < length; i++) {
    count += working[i] as number;
    workingUpTo[i] = count;
  }
  return { data, firstYear, lastYear, firstDay, lastDay, working, workingUpTo, holidayNames, makeUpWorkdayNames };
}
