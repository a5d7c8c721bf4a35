/**
 * The brand kit: a versioned JSON document a team can share. This file owns its shape (zod/mini),
 * validation with field-named errors, and migration from older versions. The schemas are built on the first
 * parse, not when a bundle loads: every bundle that imports this file built them all at load, 10–14 ms of the
 * in-page assistant's first focus (issue 18, profiled at load 3–6), where a page rarely parses a kit.
 */
import * as z from 'zod/mini';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { compileUserPattern } from './user-pattern';
import { formatPath } from '../field-path';
import { holidaySchemas } from './kit-holidays';
import { once } from '../once';

export { formatPath };

import { KIT_VERSION } from './kit-version';

export { KIT_VERSION };

export const SEVERITIES = ['block', 'warn', 'info'] as const;
export const TERM_CATEGORIES = [
  'profanity',
  'sensitive',
  'advertising-law',
  'competitor',
  'legal',
  'custom',
] as const;
export const GATE_MODES = ['off', 'warn', 'require-reason'] as const;
export type GateMode = (typeof GATE_MODES)[number];

/** Every schema of the kit, built together on the first parse (see the file's head). */
function buildKitSchemas() {
  const text = (max: number) => z.string().check(z.maxLength(max));
  const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

  /** Either one string for both languages or an {en, zh} pair. */
  const LocalizedText = z.union([
    text(500),
    z.object({ en: z.optional(text(500)), zh: z.optional(text(500)) }),
  ]);

  const Severity = z.enum(SEVERITIES);

  const BannedTerm = z.object({
    id: z.optional(nonEmpty(100)),
    term: nonEmpty(100),
    category: z.enum(TERM_CATEGORIES),
    severity: Severity,
    message: z.optional(LocalizedText),
    suggestions: z.optional(z.array(text(100)).check(z.maxLength(20))),
    /** Longer phrases containing the term that are fine (靠 → 可靠; 第一 → 第一次). */
    allowContexts: z.optional(z.array(nonEmpty(100)).check(z.maxLength(1000))),
    /** Also catch pinyin spellings of a Chinese term (傻逼 → shabi, 傻b). Opt-in. */
    pinyin: z.optional(z.boolean()),
    /** Also catch the English word's inflections: -s -es -ed -ing -er -y, e dropped, consonant doubled (fucked, raping, shitting). */
    inflect: z.optional(z.boolean()),
    /**
     * Flag the term only where it makes a claim: closing a phrase after another word (销量第一), or right after /
     * before one of the given words (世界第一…, 第一品牌). Ordinals and names (第一次, 第一人民医院) stay unflagged.
     */
    claimWhen: z.optional(
      z.object({
        closesPhrase: z.optional(z.boolean()),
        followedBy: z.optional(z.array(nonEmpty(20)).check(z.maxLength(500))),
        precededBy: z.optional(z.array(nonEmpty(20)).check(z.maxLength(500))),
      }),
    ),
  });

  const PreferredTerm = z.object({
    id: z.optional(nonEmpty(100)),
    term: nonEmpty(100),
    replacement: nonEmpty(100),
    /** When true only the exact spelling is flagged ("APP" → "App" leaves "App" alone). */
    caseSensitive: z.optional(z.boolean()),
    severity: z.optional(Severity),
    message: z.optional(LocalizedText),
  });

  const UserPattern = z.object({
    id: nonEmpty(100),
    /** RE2 syntax (linear time; no back-references or look-around). */
    pattern: nonEmpty(1000),
    caseInsensitive: z.optional(z.boolean()),
    category: z.optional(z.enum(TERM_CATEGORIES)),
    severity: Severity,
    message: LocalizedText,
    suggestions: z.optional(z.array(text(100)).check(z.maxLength(20))),
  });

  const ToneProfile = z.object({
    maxExclamations: z.optional(z.number().check(z.int(), z.nonnegative())),
    maxAllCapsWords: z.optional(z.number().check(z.int(), z.nonnegative())),
    maxEmojiPerSentence: z.optional(z.number().check(z.int(), z.nonnegative())),
    /** Lowest acceptable sentiment score, from -1 (hostile) to 1 (warm). */
    sentimentFloor: z.optional(z.number().check(z.gte(-1), z.lte(1))),
    /** Word → weight (-4…4), EN and ZH. */
    sentimentWords: z.optional(z.record(nonEmpty(60), z.number().check(z.gte(-4), z.lte(4)))),
    aggressiveWords: z.optional(z.array(nonEmpty(60))),
    blamePhrases: z.optional(z.array(nonEmpty(100))),
    /** "formal" flags 你 (suggests 您) and slang; "casual" flags nothing. */
    formality: z.optional(z.enum(['formal', 'neutral', 'casual'])),
    slang: z.optional(z.array(nonEmpty(60))),
    hedges: z.optional(z.array(nonEmpty(60))),
    maxHedges: z.optional(z.number().check(z.int(), z.nonnegative())),
  });

  const CustomDetector = z.object({
    id: nonEmpty(100),
    label: LocalizedText,
    pattern: nonEmpty(1000),
    severity: z.optional(Severity),
  });
  const PrivacySettings = z.object({
    email: z.optional(z.boolean()),
    phone: z.optional(z.boolean()),
    cnId: z.optional(z.boolean()),
    bankCard: z.optional(z.boolean()),
    custom: z.optional(z.array(CustomDetector)),
  });

  const PlatformSettings = z.object({
    /** Field → maximum length in the platform's own unit (overrides the built-in limits). */
    maxLength: z.optional(z.record(nonEmpty(40), z.number().check(z.int(), z.positive()))),
    maxHashtags: z.optional(z.number().check(z.int(), z.nonnegative())),
    maxMentions: z.optional(z.number().check(z.int(), z.nonnegative())),
    /** Tags required when a post is marked sponsored, e.g. ["#ad", "#广告"] (any one satisfies). */
    disclosureTags: z.optional(z.array(nonEmpty(40))),
    // Per-platform overrides of the kit-wide rules.
    bannedTerms: z.optional(z.array(BannedTerm)),
    preferredTerms: z.optional(z.array(PreferredTerm)),
    patterns: z.optional(z.array(UserPattern)),
    tone: z.optional(ToneProfile),
    privacy: z.optional(PrivacySettings),
    /** Rule ids (or prefixes such as "tone:") switched off on this platform. */
    disabledRules: z.optional(z.array(nonEmpty(200))),
  });

  /** What the in-page pre-publish gate does with blocking findings (lib/assistant/gate.ts reads `gate.mode`). */
  const GateSettings = z.object({ mode: z.enum(GATE_MODES) });

  const BrandKit = z.object({
    version: z.literal(KIT_VERSION),
    profile: z.object({
      name: nonEmpty(100),
      values: z.optional(z.array(nonEmpty(100)).check(z.maxLength(20))),
      audience: z.optional(text(500)),
      voice: z.optional(text(2000)),
    }),
    bannedTerms: z.array(BannedTerm).check(z.maxLength(50_000)),
    preferredTerms: z.optional(z.array(PreferredTerm).check(z.maxLength(5_000))),
    patterns: z.optional(z.array(UserPattern).check(z.maxLength(200))),
    tone: z.optional(ToneProfile),
    privacy: z.optional(PrivacySettings),
    platforms: z.optional(z.partialRecord(z.enum(PLATFORM_IDS), PlatformSettings)),
    gate: z.optional(GateSettings),
    /** The community reminders' holidays: the kit's own, and shipped ones switched off (lib/community/reminders). */
    holidays: z.optional(holidaySchemas().KitHolidays),
  });
  return { BannedTerm, BrandKit };
}
type KitSchemas = ReturnType<typeof buildKitSchemas>;
const kitSchemas = once(buildKitSchemas);

/** The kit's schema, built (with every other) on the first call. */
export const brandKitSchema = () => kitSchemas().BrandKit;
/** One banned term's schema (the dashboard's bulk entry). */
export const bannedTermSchema = () => kitSchemas().BannedTerm;

export type BrandKit = z.infer<KitSchemas['BrandKit']>;
// The parts' types, read off the kit's (only the two schemas above are used on their own).
export type BannedTerm = BrandKit['bannedTerms'][number];
export type LocalizedText = NonNullable<BannedTerm['message']>;
export type Severity = BannedTerm['severity'];
export type PreferredTerm = NonNullable<BrandKit['preferredTerms']>[number];
export type UserPattern = NonNullable<BrandKit['patterns']>[number];
export type ToneProfile = NonNullable<BrandKit['tone']>;
export type PrivacySettings = NonNullable<BrandKit['privacy']>;
export type PlatformSettings = NonNullable<NonNullable<BrandKit['platforms']>[PlatformId]>;
export type GateSettings = NonNullable<BrandKit['gate']>;

export interface KitError {
  path: string;
  message: string;
}
export type ParseResult = { ok: true; kit: BrandKit } | { ok: false; errors: KitError[] };

function patternErrors(kit: BrandKit): KitError[] {
  const errors: KitError[] = [];
  const checkList = (
    prefix: string,
    list: ReadonlyArray<{ pattern: string; caseInsensitive?: boolean }> | undefined,
  ) => {
    list?.forEach((p, i) => {
      const result = compileUserPattern(p.pattern, p.caseInsensitive ?? false);
      if (!result.ok)
        errors.push({ path: `${prefix}[${i}].pattern`, message: `Invalid pattern: ${result.error}` });
    });
  };
  checkList('patterns', kit.patterns);
  checkList('privacy.custom', kit.privacy?.custom);
  for (const [platform, settings] of Object.entries(kit.platforms ?? {})) {
    checkList(`platforms.${platform}.patterns`, settings?.patterns);
    checkList(`platforms.${platform}.privacy.custom`, settings?.privacy?.custom);
  }
  return errors;
}

/** Validates (and migrates, when older) a kit. Errors name the field: `bannedTerms[3].severity`. */
export function parseBrandKit(json: unknown): ParseResult {
  const migrated = migrateKit(json);
  const result = brandKitSchema().safeParse(migrated);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const errors = patternErrors(result.data);
  return errors.length ? { ok: false, errors } : { ok: true, kit: result.data };
}

/**
 * Version 1 was the first shape: `{ version: 1, name, banned: string[], preferred: {from: to} }`.
 * Anything else (current or unknown) is returned as is, for the schema to judge.
 */
export function migrateKit(old: unknown): unknown {
  if (typeof old !== 'object' || old === null) return old;
  const record = old as Record<string, unknown>;
  if (record.version !== 1) return old;
  const banned = Array.isArray(record.banned) ? record.banned : [];
  const preferred = typeof record.preferred === 'object' && record.preferred !== null ? record.preferred : {};
  return {
    version: KIT_VERSION,
    profile: { name: typeof record.name === 'string' && record.name ? record.name : 'Brand' },
    bannedTerms: banned.map((term) => ({ term, category: 'custom', severity: 'warn' })),
    preferredTerms: Object.entries(preferred as Record<string, unknown>).map(([term, replacement]) => ({
      term,
      replacement,
    })),
  };
}
