import { buildStarterKit, compileKit, type BannedTerm, type BrandKit, type CheckOptions } from '@/lib/engine';

export const X: CheckOptions = { platform: 'x' };
export const GENERIC: CheckOptions = { platform: 'generic' };

/** A kit with only the given banned terms (no packs), for focused tests. */
export function kitWith(overrides: Partial<BrandKit> = {}, banned: BannedTerm[] = []): BrandKit {
  return { ...buildStarterKit({ name: 'Test', packs: [] }), bannedTerms: banned, ...overrides };
}

export function bannedRanges(kit: BrandKit, text: string, options: CheckOptions = GENERIC): string[] {
  return compileKit(kit)
    .check(text, { ...options, lists: ['banned'] })
    .map((f) => `${f.term}@${f.start}-${f.end}:${f.text}`);
}
