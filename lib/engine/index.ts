/**
 * Onbrand's brand-check engine: pure TypeScript, no DOM, no browser API (runs in content scripts, the
 * dashboard and Node). Findings carry built-in messages in both languages (`message: {en, zh}`).
 */
export {
  BrandKit,
  BannedTerm,
  PreferredTerm,
  UserPattern,
  ToneProfile,
  PrivacySettings,
  PlatformSettings,
  LocalizedText,
  Severity,
  SEVERITIES,
  TERM_CATEGORIES,
  GATE_MODES,
  type GateMode,
  GateSettings,
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
