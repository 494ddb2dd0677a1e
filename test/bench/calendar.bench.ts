/**
 * Working-day arithmetic: a deadline is computed on every acceptance and re-computed for
 * every case on every list screen, so it must cost microseconds. Single calls are below
 * the timer's resolution, so each sample times a batch of calls and reports the mean per call;
 * p50/p95 are over batches.
 */
import { bundledCalendarData } from '../../shared/calendar/bundled-calendar-data';
import { defaultCalendar } from '../../shared/calendar/default-calendar';
import { loadCalendar } from '../../shared/calendar/load-calendar';
import { addWorkingDays, workingDaysBetween } from '../../shared/calendar/working-days';
import type { Bench, BenchRow } from './harness';
import { percentile, sample } from './harness';

const BATCH = 1000;
const BATCHES = 300;
const MS_PER_DAY = 86_400_000;

/** Acceptance dates spread over the published years, with some in the unpublished 2027. */
const dates = Array.from({ length: BATCH }, (_, i) =>
  new Date(Date.UTC(2015, 0, 1) + ((i * 7919) % (13 * 365)) * MS_PER_DAY).toISOString().slice(0, 10),
);
const yearLater = dates.map((d) => new Date(Date.parse(`${d}T00:00:00Z`) + 365 * MS_PER_DAY).toISOString().slice(0, 10));

let sink = 0;

async function perCall(fn: (i: number) => void): Promise<number[]> {
  for (let i = 0; i < BATCH * 20; i++) fn(i % BATCH); // warm up the JIT
  const batches = await sample(BATCHES, () => {
    for (let i = 0; i < BATCH; i++) fn(i);
  });
  return batches.map((ms) => (ms * 1000) / BATCH); // µs per call
}

function rows(subject: string, us: number[], targetUs?: number): BenchRow[] {
  return (['p50', 'p95'] as const).map((metric) => {
    const value = percentile(us, metric === 'p50' ? 50 : 95);
    return targetUs === undefined
      ? { subject, metric, value, unit: 'µs' }
      : { subject, metric, value, unit: 'µs', target: `< ${targetUs} µs`, ratio: value / targetUs };
  });
}

const bench: Bench = {
  name: 'calendar',
  async run() {
    const add = await perCall((i) => {
      sink += addWorkingDays(dates[i] as string, 20, defaultCalendar).date.length;
    });
    const between = await perCall((i) => {
      sink += workingDaysBetween(dates[i] as string, yearLater[i] as string, defaultCalendar).days;
    });
    const load = await sample(30, () => {
      const r = loadCalendar(bundledCalendarData);
      if (!r.ok) throw new Error(r.message);
    });
    if (sink === 42) console.log(''); // keep the results alive
    return [
      ...rows('addWorkingDays(date, 20) per call', add, 10),
      ...rows('workingDaysBetween over one year per call', between, 10),
      { subject: 'loadCalendar (bundled 2004–2026, validate + index)', metric: 'p50', value: percentile(load, 50), unit: 'ms' },
    ];
  },
};

export default bench;
