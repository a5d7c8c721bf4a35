import { workerPart } from '../../worker-part-registry';
import type * as HolidayList from './holiday-list';

// Stands in for lib/community/reminders/holiday-list.ts inside Chrome's background.js, for
// lib/background/reminder-listeners.ts only (wxt.config.ts): the list is read by the morning holiday check alone,
// so it is parsed then, from entrypoints/part-holidays.ts, not at every wake-up.

export const shippedHolidays: typeof HolidayList.shippedHolidays = async () =>
  workerPart<typeof HolidayList>('holidays').shippedHolidays();
