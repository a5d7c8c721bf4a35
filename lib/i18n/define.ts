/**
 * Each feature keeps its UI strings in one file under messages/, English and Simplified Chinese side by side.
 * The Chinese table must have exactly the English keys: the type makes a missing translation a compile error.
 */
export function defineMessages<const E extends Record<string, string>>(
  en: E,
  zh: { [K in keyof E]: string },
) {
  return { en, zh };
}
