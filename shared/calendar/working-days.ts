/**
 * Statutory time limits in working days (《行政许可法》 art. 82): weekends and public
 * holidays are excluded, official make-up workdays (调休上班) count.
 *
 * Counting rules, as printed on receipts:
 * - The day of acceptance is not counted; counting starts the next day. A limit of n
 *   working days ends on the n-th working day after the acceptance date.
 * - n = 0 (即办件, handled on the spot) ends the same day if it is a working day; accepted
 *   on a non-working day (weekend service windows) it ends on the next working day.
 * - Art. 82's "a deadline falling on a holiday moves to the next working day" holds by
 *   construction: only working days are counted, so the last one is always a working day.
 * - Beyond the published years nobody knows the holidays yet. There only weekends are
 *   assumed and the result says `provisional: true`, so the screen and the receipt can say
 *   so — never a silent guess. A result is provisional when any day the count looked at
 *   lies outside the published years.
 *
 * Inputs here come from the program (dates from `chinaDate` or stored cases, limits from
 * the validated catalog), so a malformed date or a negative / fractional / unsafe count
 * is a bug and throws RangeError. A date typed by a person goes through `parseIsoDate`,
 * which returns a Result with a message for the clerk.
 *
 * Internally a calendar is a step function rank(d) = working days up to d (any fixed
 * origin): a count between two days is a difference of ranks, and adding n working days
 * is the first day whose rank reaches rank(start) + n. Inside the published years rank is
 * a table lookup; outside it is a closed formula over weeks, so neither a year of counting
 * nor a year-spanning limit walks day by day.
 */
import { fromDayNumber, isWeekend, toDayNumber } from './iso-date';
import type { IsoDate } from './iso-date';
import type { WorkingCalendar } from './load-calendar';

export interface WorkingDayDate {
  date: IsoDate;
  /** Some day counted lies in a year whose holidays are not published: weekends only were assumed. */
  provisional: boolean;
}

export interface WorkingDayCount {
  days: number;
  /** Some day counted lies in a year whose holidays are not published: weekends only were assumed. */
  provisional: boolean;
}

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  /** The date is outside the published years, so `working` only reflects the weekend rule. */
  provisional: boolean;
  /** Holiday name from the notice (e.g. 春节) when the day is a published day off. */
  holiday?: string;
  /** The holiday a make-up workday serves, when the day is a 调休上班 weekend day. */
  makeUpWorkday?: string;
}

/** A Monday: anchors the weekday count so that weekdaysUpTo(MONDAY - 1) === 0. */
const MONDAY = 4; // 1970-01-05

/** Mon–Fri days from the anchor Monday through d (negative before it); steps by 1 on each weekday. */
function weekdaysUpTo(d: number): number {
  const k = d - MONDAY + 1;
  const weeks = Math.floor(k / 7);
  return 5 * weeks + Math.min(k - 7 * weeks, 5);
}

/** Smallest d with weekdaysUpTo(d) >= s: always a weekday. */
function firstDayWithWeekdays(s: number): number {
  const weeks = Math.floor((s - 1) / 5);
  return MONDAY + 7 * weeks + (s - 5 * weeks) - 1;
}

/** Working days from the calendar's first day through d; the day before the calendar has rank 0. */
function rank(cal: WorkingCalendar, d: number): number {
  if (d < cal.firstDay) return weekdaysUpTo(d) - weekdaysUpTo(cal.firstDay - 1);
  if (d <= cal.lastDay) return cal.workingUpTo[d - cal.firstDay] as number;
  return (cal.workingUpTo[cal.lastDay - cal.firstDay] as number) + weekdaysUpTo(d) - weekdaysUpTo(cal.lastDay);
}

/** Smallest day whose rank reaches r — necessarily a working day, since rank steps only on those. */
function dayOfRank(cal: WorkingCalendar, r: number): number {
  const table = cal.workingUpTo;
  const total = table[table.length - 1] as number;
  if (r <= 0) return firstDayWithWeekdays(r + weekdaysUpTo(cal.firstDay - 1));
  if (r > total) return firstDayWithWeekdays(r - total + weekdaysUpTo(cal.lastDay));
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((table[mid] as number) >= r) hi = mid;
    else lo = mid + 1;
  }
  return cal.firstDay + lo;
}

function isWorkingDayNumber(cal: WorkingCalendar, d: number): boolean {
  if (d < cal.firstDay || d > cal.lastDay) return !isWeekend(d);
  return cal.working[d - cal.firstDay] === 1;
}

/** Whether any day in [from, to] lies outside the published years. */
const leavesPublished = (cal: WorkingCalendar, from: number, to: number): boolean => from < cal.firstDay || to > cal.lastDay;

/**
 * Whether a date is a working day. Outside the published years this is the weekend rule
 * alone; use `describeDay` where the difference must be shown.
 */
export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  return isWorkingDayNumber(calendar, toDayNumber(date));
}

/** Everything the calendar knows about one date, for date pickers and calendar views. */
export function describeDay(date: IsoDate, calendar: WorkingCalendar): DayInfo {
  const d = toDayNumber(date);
  const info: DayInfo = {
    date,
    working: isWorkingDayNumber(calendar, d),
    provisional: leavesPublished(calendar, d, d),
  };
  const holiday = calendar.holidayNames.get(d);
  if (holiday !== undefined) info.holiday = holiday;
  const makeUp = calendar.makeUpWorkdayNames.get(d);
  if (makeUp !== undefined) info.makeUpWorkday = makeUp;
  return info;
}

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new RangeError(`working-day count must be a non-negative integer, got ${n}`);
  }
}

/**
 * The date on which a limit of `n` working days from acceptance on `date` ends
 * (acceptance day not counted; n = 0: same day if working, else the next working day).
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar): WorkingDayDate {
  const start = toDayNumber(date);
  checkCount(n);
  if (n === 0 && isWorkingDayNumber(calendar, start)) {
    return { date, provisional: leavesPublished(calendar, start, start) };
  }
  const end = dayOfRank(calendar, rank(calendar, start) + Math.max(n, 1));
  // For n = 0 on a day off, that day itself was looked at to decide it was off.
  const firstCounted = n === 0 ? start : start + 1;
  return { date: fromDayNumber(end), provisional: leavesPublished(calendar, firstCounted, end) };
}

/**
 * Working days after `from` up to and including `to` — the inverse of addWorkingDays:
 * for n >= 1, workingDaysBetween(d, addWorkingDays(d, n).date).days === n. When `to` is
 * before `from` the count is negative (working days after `to` through `from`), so counts
 * add up: between(a, b) + between(b, c) === between(a, c).
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): WorkingDayCount {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const days = rank(calendar, b) - rank(calendar, a);
  const provisional = a !== b && leavesPublished(calendar, Math.min(a, b) + 1, Math.max(a, b));
  return { days, provisional };
}
