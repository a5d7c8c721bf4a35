import type { KitHolidays } from '../../engine/kit-holidays';
import type { Holiday } from './holiday-list';

// The holiday list in force (the shipped ones minus those the kit switches off, plus the kit's own: its `holidays`
// section, lib/engine/kit-holidays.ts) and the holidays falling on a local date.

/** A real day of the calendar: 02-30 is not; 02-29 is in a leap year (or as a yearly MM-DD). */
/** The list in force: the shipped ones not switched off, then the kit's own. */
export function holidaysInForce(shipped: readonly Holiday[], kit: KitHolidays | undefined): Holiday[] {
  const off = new Set(kit?.off ?? []);
  return [...shipped.filter((h) => !off.has(h.id)), ...(kit?.add ?? [])];
}

/** The holidays on a local date ('YYYY-MM-DD'). */
export function holidaysOn(list: readonly Holiday[], date: string): Holiday[] {
  const day = date.slice(5);
  return list.filter((h) => h.date === day || h.dates?.includes(date));
}
