/**
 * Onbrand's brand-check engine: pure TypeScript, no DOM, no browser API (runs in content scripts, the
 * dashboard and Node). Findings carry built-in messages in both languages (`message: {en, zh}`).
 */
export {
  type BrandKit,
  type BannedTerm,
  type PreferredTerm,
  type UserPattern,
  type ToneProfile,
  type PrivacySettings,
  type PlatformSettings,
  type LocalizedText,
  type Severity,
  SEVERITIES,
  TERM_CATEGORIES,
  GATE_MODES,
  type GateMode,
  type GateSettings,
  brandKitSchema,
  bannedTermSchema,
  KIT_VERSION,
  parseBrandKit,
  migrateKit,
  formatPath,
  type KitError,
  type ParseResult,
} from './schema';
export { compileKit, type Checker } from './checker';
export type {
  Analysis,
  Bilingual,
  CheckOptions,
  Finding,
  FindingKind,
  FindingList,
  LengthSummary,
  LengthUnit,
  ToneDriver,
  ToneSummary,
} from './types';
export {
  STARTER_PACKS,
  STARTER_PACK_IDS,
  buildStarterKit,
  type StarterPack,
  type StarterPackId,
  type StarterKitOptions,
} from './starter-packs';
export { PLATFORM_FIELDS, DEFAULT_DISCLOSURE_TAGS, fieldLimit } from './platforms';
export { xWeightedLength, measure } from './length';
