import { kitInForceAnywhere } from '../kits/kit-in-force';
import { SHIPPED_HOLIDAYS, type Holiday } from '../community/reminders/holiday-list';
import { holidaysInForce } from '../community/reminders/holidays';

// The list the morning check greets from: the shipped one as the kit in force's `holidays` section edits it.
// Reading the kit in force validates it (the kit schema, RE2 for its patterns): ~110 KB gzip that the worker's
// background.js would otherwise parse at every wake-up, so this whole file is the worker part.

export async function reminderHolidays(): Promise<Holiday[]> {
  return holidaysInForce(SHIPPED_HOLIDAYS, (await kitInForceAnywhere())?.holidays);
}
