/** Working-day calendar: public surface for the renderer, the hub and the main process. */
export { workingCalendarSchema } from './calendar-data';
export type { CalendarErrorCode, WorkingCalendarData } from './calendar-data';
export { loadCalendar } from './load-calendar';
export type { WorkingCalendar } from './load-calendar';
export { defaultCalendar } from './default-calendar';
export { chinaDate, isIsoDate, parseIsoDate } from './iso-date';
export type { DateInputErrorCode, IsoDate } from './iso-date';
export { addWorkingDays, describeDay, isWorkingDay, workingDaysBetween } from './working-days';
export type { DayInfo, WorkingDayCount, WorkingDayDate } from './working-days';
