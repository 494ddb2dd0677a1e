/**
 * The calendar a terminal uses until the hub sends a newer edition: the bundled data of the
 * years published when this build was made. It is validated like hub data; invalid bundled
 * data is a build defect (the unit tests load it), so it fails loudly at start-up.
 */
import { bundledCalendarData } from './bundled-calendar-data';
import { loadCalendar } from './load-calendar';
import type { WorkingCalendar } from './load-calendar';

function loadBundled(): WorkingCalendar {
  const loaded = loadCalendar(bundledCalendarData);
  if (!loaded.ok) throw new Error(`bundled working-day calendar is invalid: ${loaded.code} ${loaded.message}`);
  return loaded.value;
}

export const defaultCalendar: WorkingCalendar = loadBundled();
