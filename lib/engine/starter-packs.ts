/**
 * Starter packs a team can pick when creating a kit. Data lives in assets/starter-packs (one JSON file per
 * pack, with its source and licence); buildStarterKit merges the chosen packs into a valid kit.
 */
import adLaw from '@/assets/starter-packs/ad-law-cn.json';
import profanityEn from '@/assets/starter-packs/profanity-en.json';
import profanityZh from '@/assets/starter-packs/profanity-zh.json';
import privacy from '@/assets/starter-packs/privacy.json';
import tone from '@/assets/starter-packs/tone-friendly-professional.json';
import { KIT_VERSION } from './kit-version';
import type { BannedTerm, BrandKit, PrivacySettings, ToneProfile } from './schema';
import type { Bilingual } from './types';

/**
 * A long word list kept compact in its file: terms by severity, a fix per root (a regular expression source
 * and the wordings it suggests; other terms are offered masked) and allow-contexts per term.
 */
export interface PackWordList {
  category: BannedTerm['category'];
  block: string[];
  warn: string[];
  fixes: Array<[string, string[]]>;
  allowContexts: Record<string, string[]>;
  /** Rule ids of phrases that stand in for a one-word spelling ("mother fucker" → "motherfucker"). */
  ids?: Record<string, string>;
  /** Every term matches its English inflections (BannedTerm.inflect) except those listed in `plain`. */
  inflect?: boolean;
  plain?: string[];
}

export interface StarterPack {
  id: string;
  name: Bilingual;
  description: Bilingual;
  source: string;
  license: string;
  contents: { bannedTerms?: BannedTerm[]; tone?: ToneProfile; privacy?: PrivacySettings };
  wordList?: PackWordList;
}

export const STARTER_PACKS = [
  adLaw,
  profanityEn,
  profanityZh,
  privacy,
  tone,
] as unknown as readonly StarterPack[];

/** "cunt" → "c***": keeps the sentence readable and takes the word out. */
function masked(term: string): string {
  return term.charAt(0) + term.slice(1).replace(/[\p{L}\p{N}]/gu, '*');
}

function expandWordList(list: PackWordList): BannedTerm[] {
  const fixes = list.fixes.map(([source, wording]) => [new RegExp(source), wording] as const);
  const plain = new Set(list.plain ?? []);
  const expand = (term: string, severity: BannedTerm['severity']): BannedTerm => {
    const fix = fixes.find(([root]) => root.test(term));
    const entry: BannedTerm = {
      term,
      category: list.category,
      severity,
      suggestions: fix ? [...fix[1]] : [masked(term)],
    };
    if (list.inflect && !plain.has(term)) entry.inflect = true;
    const allow = list.allowContexts[term];
    if (allow) entry.allowContexts = [...allow];
    const id = list.ids?.[term];
    if (id) entry.id = id;
    return entry;
  };
  return [...list.block.map((t) => expand(t, 'block')), ...list.warn.map((t) => expand(t, 'warn'))];
}

/** Every banned term a pack contributes, its compact word list expanded. */
export function packTerms(pack: StarterPack): BannedTerm[] {
  const terms = pack.contents.bannedTerms?.map((t) => structuredClone(t)) ?? [];
  return pack.wordList ? [...terms, ...expandWordList(pack.wordList)] : terms;
}
export type StarterPackId =
  'ad-law-cn' | 'profanity-en' | 'profanity-zh' | 'privacy' | 'tone-friendly-professional';
export const STARTER_PACK_IDS: readonly StarterPackId[] = [
  'ad-law-cn',
  'profanity-en',
  'profanity-zh',
  'privacy',
  'tone-friendly-professional',
];

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
    kit.bannedTerms.push(...packTerms(pack));
    if (pack.contents.tone) kit.tone = { ...kit.tone, ...structuredClone(pack.contents.tone) };
    if (pack.contents.privacy) kit.privacy = { ...kit.privacy, ...pack.contents.privacy };
  }
  return kit;
}
