import type { BrandKit, Finding } from '@/lib/engine';
import type { PlatformId } from '@/lib/platforms';
import type { ResolvedKit } from '@/lib/kits/kit-library';
import { replaceKit } from '@/lib/kits/kit-library';
import { loadLibrary, saveLibrary } from '@/lib/kits/kit-repository';
import { starterKits } from './parts';

// "Not a problem here": the finding becomes an exception in the kit in force, so it stops firing for everyone who
// uses that kit. A banned term gets the phrase around it as an allowed context (the kit format's own way to say
// "靠 is fine in 可靠"); any other rule is switched off on this platform (`platforms.<id>.disabledRules`).

export type KitException =
  | { kind: 'allow-context'; term: string; context: string }
  | { kind: 'disable-rule'; platform: PlatformId; ruleId: string };

/** A context phrase is at most this long (the kit schema's limit for allowContexts entries). */
const MAX_CONTEXT = 100;
const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}'’_-]/u;

/**
 * The phrase around a match that stays allowed: the match plus the neighbouring word on each side on its line
 * (two characters for Chinese, which has no spaces). Narrow enough that the term is still caught elsewhere.
 */
export function contextAround(draft: string, start: number, end: number): string {
  const lineStart = draft.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = draft.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? draft.length : lineEndAt;
  const extendLeft = (from: number) => {
    let i = from;
    if (i > lineStart && HAN.test(draft[i - 1])) return Math.max(lineStart, i - 2);
    while (i > lineStart && !WORD.test(draft[i - 1])) i--;
    while (i > lineStart && WORD.test(draft[i - 1])) i--;
    return i;
  };
  const extendRight = (from: number) => {
    let i = from;
    if (i < lineEnd && HAN.test(draft[i])) return Math.min(lineEnd, i + 2);
    while (i < lineEnd && !WORD.test(draft[i])) i++;
    while (i < lineEnd && WORD.test(draft[i])) i++;
    return i;
  };
  // Inside a word first (the match may be part of one), then one more word each side.
  let left = start;
  while (left > lineStart && WORD.test(draft[left - 1]) && !HAN.test(draft[left - 1])) left--;
  let right = end;
  while (right < lineEnd && WORD.test(draft[right]) && !HAN.test(draft[right])) right++;
  const context = draft.slice(extendLeft(left), extendRight(right)).trim();
  return context.length <= MAX_CONTEXT ? context : draft.slice(start, end);
}

export function exceptionFor(finding: Finding, draft: string, platform: PlatformId): KitException {
  if (finding.list === 'banned' && finding.term)
    return {
      kind: 'allow-context',
      term: finding.term,
      context: contextAround(draft, finding.start, finding.end),
    };
  return { kind: 'disable-rule', platform, ruleId: finding.ruleId };
}

/** The kit with the exception added (unchanged when it is already there). */
export function withException(kit: BrandKit, exception: KitException): BrandKit {
  if (exception.kind === 'allow-context') {
    const bannedTerms = kit.bannedTerms.map((entry) => {
      if (entry.term !== exception.term || entry.allowContexts?.includes(exception.context)) return entry;
      return { ...entry, allowContexts: [...(entry.allowContexts ?? []), exception.context] };
    });
    return { ...kit, bannedTerms };
  }
  const settings = kit.platforms?.[exception.platform] ?? {};
  if (settings.disabledRules?.includes(exception.ruleId)) return kit;
  return {
    ...kit,
    platforms: {
      ...kit.platforms,
      [exception.platform]: {
        ...settings,
        disabledRules: [...(settings.disabledRules ?? []), exception.ruleId],
      },
    },
  };
}

export type ExceptionOutcome =
  { ok: true; exception: KitException } | { ok: false; reason: 'managed' | 'team' | 'missing' };

/**
 * Writes the exception into the local kit in force here. A kit pushed by policy is read-only: the caller tells the
 * person who manages it instead, as for the team's kit (its admin edits it). The kit watcher recompiles the checker, so the finding goes away by itself.
 */
export async function addKitException(
  resolved: ResolvedKit | null,
  exception: KitException,
): Promise<ExceptionOutcome> {
  if (resolved?.origin === 'managed') return { ok: false, reason: 'managed' };
  // The team's kit changes only through the team's admin (the server refuses anyone else's edit).
  if (resolved?.origin === 'team') return { ok: false, reason: 'team' };
  const library = await loadLibrary(starterKits);
  const entry = library.kits.find((kit) => kit.id === resolved?.id);
  if (!entry) return { ok: false, reason: 'missing' };
  await saveLibrary(replaceKit(library, entry.id, withException(entry.kit, exception)));
  return { ok: true, exception };
}
