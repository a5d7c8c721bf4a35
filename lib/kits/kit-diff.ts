/**
 * What applying one kit over another would change, rule by rule, for the import preview.
 * Rules are matched by identity (a banned term by its id or its text, a pattern by id …), then compared whole.
 */
import type { BrandKit } from '@/lib/engine';

export type KitSection =
  | 'profile'
  | 'bannedTerms'
  | 'preferredTerms'
  | 'patterns'
  | 'tone'
  | 'privacy'
  | 'privacyCustom'
  | 'platforms'
  | 'gate';

export interface RuleChange {
  section: KitSection;
  /** The rule's identity within its section: the term, the pattern id, the field name, the platform id. */
  key: string;
  before?: unknown;
  after?: unknown;
}

export interface KitDiff {
  added: RuleChange[];
  removed: RuleChange[];
  changed: RuleChange[];
}

const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);

/** JSON with sorted keys, so key order in a file never counts as a change. */
function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v,
    ) ?? 'undefined'
  );
}

function diffLists<T>(
  diff: KitDiff,
  section: KitSection,
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  keyOf: (item: T) => string,
) {
  const old = new Map((before ?? []).map((item) => [keyOf(item), item]));
  const next = new Map((after ?? []).map((item) => [keyOf(item), item]));
  for (const [key, item] of next) {
    const previous = old.get(key);
    if (previous === undefined) diff.added.push({ section, key, after: item });
    else if (!same(previous, item)) diff.changed.push({ section, key, before: previous, after: item });
  }
  for (const [key, item] of old) if (!next.has(key)) diff.removed.push({ section, key, before: item });
}

/** Field-by-field comparison of a settings object (tone targets, privacy switches, profile). */
function diffFields(
  diff: KitDiff,
  section: KitSection,
  before: object | undefined,
  after: object | undefined,
) {
  const old = (before ?? {}) as Record<string, unknown>;
  const next = (after ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
    const [a, b] = [old[key], next[key]];
    if (a === undefined && b !== undefined) diff.added.push({ section, key, after: b });
    else if (a !== undefined && b === undefined) diff.removed.push({ section, key, before: a });
    else if (!same(a, b)) diff.changed.push({ section, key, before: a, after: b });
  }
}

export function diffKits(before: BrandKit, after: BrandKit): KitDiff {
  const diff: KitDiff = { added: [], removed: [], changed: [] };
  diffFields(diff, 'profile', before.profile, after.profile);
  diffLists(diff, 'bannedTerms', before.bannedTerms, after.bannedTerms, (t) => t.id ?? t.term);
  diffLists(diff, 'preferredTerms', before.preferredTerms, after.preferredTerms, (t) => t.id ?? t.term);
  diffLists(diff, 'patterns', before.patterns, after.patterns, (p) => p.id);
  diffFields(diff, 'tone', before.tone, after.tone);
  const { custom: customBefore, ...switchesBefore } = before.privacy ?? {};
  const { custom: customAfter, ...switchesAfter } = after.privacy ?? {};
  diffFields(diff, 'privacy', switchesBefore, switchesAfter);
  diffLists(diff, 'privacyCustom', customBefore, customAfter, (d) => d.id);
  diffFields(diff, 'platforms', before.platforms, after.platforms);
  diffFields(diff, 'gate', before.gate, after.gate);
  return diff;
}

export function isEmptyDiff(diff: KitDiff): boolean {
  return !diff.added.length && !diff.removed.length && !diff.changed.length;
}
