/**
 * The first-run setup turns a few answers (brand name, languages, platforms, starter packs) into a first kit.
 */
import { buildStarterKit, type BrandKit, type StarterPackId } from '@/lib/engine';
import type { PlatformId } from '@/lib/platforms';

export type KitLanguage = 'en' | 'zh';

export interface OnboardingAnswers {
  brandName: string;
  languages: KitLanguage[];
  platforms: PlatformId[];
  packs: StarterPackId[];
}

/** Packs that fit the chosen languages, pre-ticked in the setup (the user can change them). */
export function suggestedPacks(languages: readonly KitLanguage[]): StarterPackId[] {
  const packs: StarterPackId[] = [];
  if (languages.includes('en')) packs.push('profanity-en');
  if (languages.includes('zh')) packs.push('ad-law-cn', 'profanity-zh');
  packs.push('privacy', 'tone-friendly-professional');
  return packs;
}

export function buildOnboardingKit(answers: OnboardingAnswers): BrandKit {
  const kit = buildStarterKit({ name: answers.brandName.trim() || 'My brand', packs: answers.packs });
  // The platforms used get an (empty) entry, so the platform editor lists them first.
  if (answers.platforms.length) kit.platforms = Object.fromEntries(answers.platforms.map((id) => [id, {}]));
  return kit;
}
