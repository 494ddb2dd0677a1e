/**
 * Civil dates of China as ISO `YYYY-MM-DD` strings, and the day-number arithmetic
 * the calendar runs on. No time zones inside: a date is a day on the wall calendar
 * of the service hall, and an instant becomes one only through `chinaDate`.
 *
 * Day numbers count days since 1970-01-01 (day 0, a Thursday); the conversions are
 * Howard Hinnant's `days_from_civil` / `civil_from_days`, exact for the proleptic
 * Gregorian calendar and free of the Date object's time-zone traps.
 */
import { err, ok } from '../result';
import type { Result } from '../result';

/** `YYYY-MM-DD`, years 1000–9999. A plain string so it travels unchanged through JSON, IPC and sync. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
/** China Standard Time is UTC+8 all year (no DST since 1991, which is before any case this system holds). */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a proleptic Gregorian date (no validation; callers check ranges). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** First and last day numbers that still format as a four-digit year. */
export const MIN_DAY_NUMBER = dayNumberOf(MIN_YEAR, 1, 1);
export const MAX_DAY_NUMBER = dayNumberOf(MAX_YEAR, 12, 31);

const DIGIT_0 = 48;
const digitAt = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - DIGIT_0;
  return d >= 0 && d <= 9 ? d : Number.NaN;
};

/**
 * Day number of an ISO date, or NaN when the string is not a real `YYYY-MM-DD` date.
 * Hand-rolled rather than a regex because it sits on the hot path of every deadline.
 */
export function dayNumberOrNaN(date: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  const year = digitAt(date, 0) * 1000 + digitAt(date, 1) * 100 + digitAt(date, 2) * 10 + digitAt(date, 3);
  const month = digitAt(date, 5) * 10 + digitAt(date, 6);
  const day = digitAt(date, 8) * 10 + digitAt(date, 9);
  // NaN fails every comparison below, so a stray non-digit is rejected here too.
  if (!(year >= MIN_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return Number.NaN;
  }
  return dayNumberOf(year, month, day);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && !Number.isNaN(dayNumberOrNaN(value));
}

/** Day number of an ISO date; a malformed or unreal date is a programming error here. */
export function toDayNumber(date: IsoDate): number {
  const n = dayNumberOrNaN(date);
  if (Number.isNaN(n)) throw new RangeError(`not a real YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return n;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber) || dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new RangeError(`day number ${dayNumber} is outside years ${MIN_YEAR}–${MAX_YEAR}`);
  }
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export const isWeekend = (dayNumber: number): boolean => {
  const w = weekdayOf(dayNumber);
  return w === 0 || w === 6;
};

/**
 * The date in China (Asia/Shanghai) at `instant`. UTC+8 applied arithmetically: no Intl,
 * no host time zone, so a terminal set to any zone prints the same acceptance date.
 * (China observed DST in 1986–1991; this ignores it, as no current case starts then.)
 */
export function chinaDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('chinaDate: invalid Date');
  return fromDayNumber(Math.floor((ms + CHINA_OFFSET_MS) / MS_PER_DAY));
}

export type DateInputErrorCode = 'DATE_INVALID';

/**
 * A date typed or picked by a person: surrounding spaces are forgiven, anything that is not
 * a real `YYYY-MM-DD` date is refused with a message for the clerk.
 */
export function parseIsoDate(input: string): Result<IsoDate, DateInputErrorCode> {
  const trimmed = typeof input === 'string' ? input.trim() : '';
  if (isIsoDate(trimmed)) return ok(trimmed);
  return err('DATE_INVALID', `“${String(input)}”不是有效日期，请按“年-月-日”格式填写，例如 2026-03-02`);
}
