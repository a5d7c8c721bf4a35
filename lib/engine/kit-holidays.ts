import * as z from 'zod/mini';
import { once } from '../once';

// The kit's `holidays` section for the community reminders (lib/community/reminders): its own holidays, and shipped
// ones switched off by id. The shipped ids live here, not the list (lib/community/reminders/holiday-list.ts, whose
// entries are typed by them), so every bundle that validates a kit does not carry the whole list. Its schemas are
// built on the first parse, as the kit's are (lib/engine/schema.ts says why).

export const SHIPPED_HOLIDAY_IDS = [
  'new-year',
  'spring-festival',
  'lantern',
  'valentines',
  'womens-day',
  'qingming',
  'labour-day',
  'childrens-day',
  'dragon-boat',
  'qixi',
  'mid-autumn',
  'national-day',
  'double-ninth',
  'christmas',
] as const;
export type ShippedHolidayId = (typeof SHIPPED_HOLIDAY_IDS)[number];

function realDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function buildHolidaySchemas() {
  const monthDay = z.string().check(
    z.refine((s) => /^\d\d-\d\d$/.test(s) && realDay(2028, Number(s.slice(0, 2)), Number(s.slice(3))), {
      message: 'must be a day of the year as MM-DD, e.g. 12-25',
    }),
  );
  const isoDay = z
    .string()
    .check(
      z.refine(
        (s) =>
          /^\d{4}-\d\d-\d\d$/.test(s) &&
          realDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8))),
        { message: 'must be a date as YYYY-MM-DD, e.g. 2027-02-07' },
      ),
    );
  const name = z
    .string()
    .check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(60, 'must be at most 60 characters'));

  const KitHoliday = z
    .object({
      id: z
        .string()
        .check(z.regex(/^[a-z0-9][a-z0-9-]{0,49}$/, 'must be lowercase letters, digits and -, at most 50')),
      name: z.object({ en: name, zh: name }),
      /** Every year on this day (MM-DD)… */
      date: z.optional(monthDay),
      /** …or on these days (YYYY-MM-DD), for lunar or moving holidays. */
      dates: z.optional(z.array(isoDay).check(z.maxLength(100))),
      /** The template the reminder offers first (its id); else those tagged holiday/节日. */
      template: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    })
    .check(
      z.refine((h) => (h.date === undefined) !== !h.dates?.length, {
        message: 'needs either a date (MM-DD) or dates (YYYY-MM-DD), not both',
        path: ['date'],
      }),
    );

  const KitHolidays = z
    .object({
      /** The kit's own holidays. */
      add: z.optional(z.array(KitHoliday).check(z.maxLength(200))),
      /** Shipped holidays switched off, by id. */
      off: z.optional(
        z.array(
          z.string().check(
            z.refine((id) => (SHIPPED_HOLIDAY_IDS as readonly string[]).includes(id), {
              message: `is not a shipped holiday (known: ${SHIPPED_HOLIDAY_IDS.join(', ')})`,
            }),
          ),
        ),
      ),
    })
    .check(
      z.superRefine((section, ctx) => {
        const seen = new Set<string>(SHIPPED_HOLIDAY_IDS);
        section.add?.forEach((holiday, index) => {
          if (seen.has(holiday.id))
            ctx.issues.push({
              code: 'custom',
              input: holiday.id,
              path: ['add', index, 'id'],
              message: `“${holiday.id}” is used twice (shipped ids and the kit's own must differ)`,
            });
          seen.add(holiday.id);
        });
      }),
    );
  return { KitHoliday, KitHolidays };
}
type HolidaySchemas = ReturnType<typeof buildHolidaySchemas>;
/** The section's schemas, built on the first call (the kit's builder makes it: lib/engine/schema.ts). */
export const holidaySchemas: () => HolidaySchemas = once(buildHolidaySchemas);

export type KitHoliday = z.infer<HolidaySchemas['KitHoliday']>;
export type KitHolidays = z.infer<HolidaySchemas['KitHolidays']>;
