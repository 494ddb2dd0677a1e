import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../../../shared/calendar';
import { formatDate, formatDateTime, formatLimit } from '../../../../shared/documents/format';
import { promisedCompletion } from '../../../../shared/documents/promised-date';

describe('promisedCompletion', () => {
  it('counts working days from the day after acceptance', () => {
    expect(promisedCompletion('2026-03-02', { unit: 'workingDays', days: 1 }, defaultCalendar)).toEqual({ date: '2026-03-03', provisional: false });
    // Fri 6 Mar + 1 → Mon 9 Mar.
    expect(promisedCompletion('2026-03-06', { unit: 'workingDays', days: 1 }, defaultCalendar)).toEqual({ date: '2026-03-09', provisional: false });
  });

  it('moves a natural-day limit ending on a holiday to the next working day', () => {
    // 25 Sep 2026 is 中秋 (off); +5 natural days = Wed 30 Sep, a working day.
    expect(promisedCompletion('2026-09-25', { unit: 'naturalDays', days: 5 }, defaultCalendar)).toEqual({ date: '2026-09-30', provisional: false });
    // +6 = 1 Oct, National Day; Oct 1–7 off → Thu 8 Oct.
    expect(promisedCompletion('2026-09-25', { unit: 'naturalDays', days: 6 }, defaultCalendar)).toEqual({ date: '2026-10-08', provisional: false });
  });

  it('is provisional once the count reaches an unpublished year', () => {
    expect(promisedCompletion('2026-12-30', { unit: 'workingDays', days: 1 }, defaultCalendar)).toEqual({ date: '2026-12-31', provisional: false });
    expect(promisedCompletion('2026-12-30', { unit: 'workingDays', days: 2 }, defaultCalendar)).toEqual({ date: '2027-01-01', provisional: true });
    expect(promisedCompletion('2026-12-20', { unit: 'naturalDays', days: 30 }, defaultCalendar).provisional).toBe(true);
  });
});

describe('formatting', () => {
  it('writes dates as GB/T 9704 does, without leading zeros', () => {
    expect(formatDate('2026-03-02')).toBe('2026年3月2日');
    expect(formatDate('2026-12-31')).toBe('2026年12月31日');
  });

  it('writes an instant in China time', () => {
    expect(formatDateTime('2026-01-31T16:00:00Z')).toBe('2026年2月1日 00:00');
    expect(formatDateTime('2026-03-02T09:05:00+08:00')).toBe('2026年3月2日 09:05');
  });

  it('words limits', () => {
    expect(formatLimit(null)).toBe('法律法规未规定');
    expect(formatLimit({ unit: 'onTheSpot' })).toBe('当场办结');
    expect(formatLimit({ unit: 'workingDays', days: 20 })).toBe('20个工作日');
    expect(formatLimit({ unit: 'naturalDays', days: 30 })).toBe('30日');
  });
});
