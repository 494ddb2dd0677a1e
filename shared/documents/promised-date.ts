/**
 * The date a promise made at acceptance falls due. The day of acceptance is not counted;
 * a limit in working days skips weekends and holidays and counts 调休 workdays; 即办件 are
 * done the same day (the next working day when accepted on a day off); a limit in natural
 * days that ends on a day off moves to the next working day (《行政许可法》第八十二条 by
 * analogy). `provisional` says whether the count crossed into a year whose holidays are
 * not yet published — the document must then say the date is an estimate.
 */
import type { TimeLimit } from '../catalog/schema';
import { addWorkingDays } from '../calendar';
import type { IsoDate, WorkingCalendar, WorkingDayDate } from '../calendar';

const MS_PER_DAY = 86_400_000;

function addNaturalDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function promisedCompletion(acceptedOn: IsoDate, limit: TimeLimit, calendar: WorkingCalendar): WorkingDayDate {
  switch (limit.unit) {
    case 'onTheSpot':
      return addWorkingDays(acceptedOn, 0, calendar);
    case 'workingDays':
      return addWorkingDays(acceptedOn, limit.days, calendar);
    case 'naturalDays':
      return addWorkingDays(addNaturalDays(acceptedOn, limit.days), 0, calendar);
  }
}
