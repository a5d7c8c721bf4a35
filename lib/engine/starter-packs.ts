/**
 * Starter packs a team can pick when creating a kit. Data lives in assets/starter-packs (one JSON file per
 * pack, with its source and licence); buildStarterKit merges the chosen packs into a valid kit.
 */
import adLaw from '@/assets/starter-packs/ad-law-cn.json';
import profanityEn from '@/assets/starter-packs/profanity-en.json';
import profanityZh from '@/assets/starter-packs/profanity-zh.json';
import privacy from '@/assets/starter-packs/privacy.json';
import tone from '@/assets/starter-packs/tone-friendly-professional.json';
import { KIT_VERSION, type BannedTerm, type BrandKit, type PrivacySettings, type ToneProfile } from './schema';
import type { Bilingual } from './types';

export interface StarterPack {
  id: string;
  name: Bilingual;
  description: Bilingual;
  source: string;
  license: string;
  contents: { bannedTerms?: BannedTerm[]; tone?: ToneProfile; privacy?: PrivacySettings };
}

export const STARTER_PACKS = [adLaw, profanityEn, profanityZh, privacy, tone] as unknown as readonly StarterPack[];
export type StarterPackId = 'ad-law-cn' | 'profanity-en' | 'profanity-zh' | 'privacy' | 'tone-friendly-professional';
export const STARTER_PACK_IDS: readonly StarterPackId[] = ['ad-law-cn', 'profanity-en', 'profanity-zh', 'privacy', 'tone-friendly-professional'];

export interface StarterKitOptions {
  name?: string;
  /** Defaults to every pack. */
  packs?: ReadonlyArray<StarterPackId>;
  voice?: string;
  audience?: string;
  values?: string[];
}

export function buildStarterKit(options: StarterKitOptions = {}): BrandKit {
  const chosen = new Set(options.packs ?? STARTER_PACK_IDS);
  const kit: BrandKit = {
    version: KIT_VERSION,
    profile: {
      name: options.name ?? 'My brand',
      values: options.values ?? [],
      audience: options.audience ?? '',
      voice: options.voice ?? 'Friendly and professional: warm, calm, clear.',
    },
    bannedTerms: [],
    preferredTerms: [],
    patterns: [],
    // Privacy detectors are on by default; the pack only documents them. Without it they are switched off.
    privacy: chosen.has('privacy') ? {} : { email: false, phone: false, cnId: false, bankCard: false },
  };
  for (const pack of STARTER_PACKS) {
    if (!chosen.has(pack.id as StarterPackId)) continue;
    if (pack.contents.bannedTerms) kit.bannedTerms.push(...pack.contents.bannedTerms.map((t) => structuredClone(t)));
    if (pack.contents.tone) kit.tone = { ...kit.tone, ...structuredClone(pack.contents.tone) };
    if (pack.contents.privacy) kit.privacy = { ...kit.privacy, ...pack.contents.privacy };
  }
  return kit;
}
