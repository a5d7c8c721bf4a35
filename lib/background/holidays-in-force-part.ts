import { workerPart } from '../worker-part-registry';
import type * as HolidaysInForce from './holidays-in-force';

// Stands in for lib/background/holidays-in-force.ts inside Chrome's background.js, for
// lib/background/reminder-listeners.ts only (wxt.config.ts): the list and the reading of the kit in force are
// needed by the morning holiday check alone, so they are parsed then, from entrypoints/part-holidays.ts, not at
// every wake-up.

export const reminderHolidays: typeof HolidaysInForce.reminderHolidays = async () =>
  workerPart<typeof HolidaysInForce>('holidays').reminderHolidays();
