/** Public result types of the checker. */
import type { PlatformId } from '@/lib/platforms';
import type { PrivacyKind } from './privacy';
import type { Severity } from './schema';

/** Every built-in message comes in both UI languages; the UI picks one. */
export interface Bilingual {
  en: string;
  zh: string;
}

export type FindingList = 'banned' | 'preferred' | 'pattern' | 'tone' | 'privacy' | 'platform';

export type FindingKind =
  | 'term'
  | 'substitution'
  | 'pattern'
  /** A user pattern or custom detector that ran out of its time budget: the rest of the draft was not checked. */
  | 'pattern-skipped'
  | 'exclamations'
  | 'all-caps'
  | 'emoji'
  | 'sentiment'
  | 'aggressive'
  | 'blame'
  | 'formality'
  | 'slang'
  | 'hedge'
  | PrivacyKind
  | 'custom-detector'
  | 'length'
  | 'hashtags'
  | 'mentions'
  | 'disclosure';

export interface Finding {
  /** Stable id of the rule: "banned:<term>", "tone:exclamations", "privacy:email", "platform:length"… */
  ruleId: string;
  kind: FindingKind;
  list: FindingList;
  /** Term category (profanity, advertising-law…) or the list's own name for built-in rules. */
  category: string;
  severity: Severity;
  /** UTF-16 offsets into the original draft; `text === draft.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /** The kit entry that matched (term, pattern id, detector) when there is one. */
  term?: string;
  message: Bilingual;
  /** Why it fired: which term from which list, which disguise was seen through, which words drove a tone. */
  explanation: Bilingual;
  suggestions: string[];
}

export interface CheckOptions {
  platform: PlatformId;
  /** Defaults to "body". See PLATFORM_FIELDS for each platform's fields. */
  field?: string;
  /** When true the platform's disclosure tag (#ad, #广告…) is required. */
  sponsored?: boolean;
  /** Restrict the check to some lists (the benchmark times "banned" alone). */
  lists?: ReadonlyArray<FindingList>;
}

export interface ToneDriver {
  text: string;
  start: number;
  end: number;
  weight: number;
}

export interface ToneSummary {
  /** -1 (hostile) … 1 (warm), from the kit's sentiment lexicon with negation. */
  score: number;
  label: 'hostile' | 'negative' | 'neutral' | 'positive';
  /** The words that moved the score, strongest first. */
  drivers: ToneDriver[];
  exclamations: number;
  allCapsWords: number;
  maxEmojiInSentence: number;
  hedges: number;
  aggressiveWords: number;
  blamePhrases: number;
}

export type LengthUnit = 'chars' | 'weighted' | 'bytes';

export interface LengthSummary {
  platform: PlatformId;
  field: string;
  unit: LengthUnit;
  used: number;
  /** Undefined when the platform sets no limit for this field. */
  max?: number;
  remaining?: number;
  hashtags: number;
  mentions: number;
}

export interface Analysis {
  findings: Finding[];
  tone: ToneSummary;
  length: LengthSummary;
}
