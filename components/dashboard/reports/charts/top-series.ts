/** A stacked series: one value per category. */
export interface StackedSeries {
  label: string;
  colour: string;
  values: number[];
}

/** Platforms a stacked chart names on its own; the rest are added up as "Other". */
export const TOP_SERIES = 5;

/**
 * The `keep` largest series (by total, ties in their given order) and one "Other" series summing the rest, so a
 * stack of thirteen platforms reads as five colours and a grey. Nothing is folded when folding would hide just
 * one series (it is then shown by name), and every value is kept: the stacks' heights do not change.
 */
export function topSeries(series: readonly StackedSeries[], other: { label: string; colour: string }, keep = TOP_SERIES): StackedSeries[] {
  if (series.length <= keep + 1) return [...series];
  const total = (s: StackedSeries) => s.values.reduce((sum, v) => sum + v, 0);
  const ranked = series.map((s, i) => ({ s, i, total: total(s) })).sort((a, b) => b.total - a.total || a.i - b.i);
  const kept = ranked.slice(0, keep).map((r) => r.s);
  const rest = ranked.slice(keep).map((r) => r.s);
  const length = Math.max(0, ...rest.map((s) => s.values.length));
  const values = Array.from({ length }, (_, i) => rest.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  return [...kept, { label: other.label, colour: other.colour, values }];
}
