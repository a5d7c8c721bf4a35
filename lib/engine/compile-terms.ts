/**
 * Turns the kit's word lists (banned, preferred, tone lexicons, pinyin variants, per-platform additions) into
 * one automaton plus, for each automaton pattern, what to verify on the original text when it matches.
 */
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { Automaton } from './automaton';
import { isHanCode, isLatinCode } from './fold';
import { doublesLastLetter } from './inflect';
import { foldTerm } from './normalize';
import { pinyinVariants } from './pinyin-variants';
import type { BannedTerm, BrandKit, PreferredTerm, ToneProfile } from './schema';

export type ToneWordKind = 'aggressive' | 'blame' | 'slang' | 'hedge' | 'sentiment';

/** One word of the kit (a banned or preferred term, a tone word), shared by all its spellings' patterns. */
export interface TermSource {
  list: 'banned' | 'preferred' | 'tone';
  /** Bit i set = active on PLATFORM_IDS[i]. */
  platformMask: number;
  banned?: BannedTerm;
  preferred?: PreferredTerm;
  toneKind?: ToneWordKind;
  weight?: number;
}

/** A longer phrase containing the term that is fine (可靠 for 靠), folded, with the term's offset in it. */
export interface AllowContext {
  /** Plain arrays, as repeats: a stored form's JSON arrays are used as they are. */
  codes: ReadonlyArray<number>;
  runs: ReadonlyArray<number>;
  offset: number;
}

export const ALL_PLATFORMS = (1 << PLATFORM_IDS.length) - 1;
export const platformBit = (platform: PlatformId) => 1 << PLATFORM_IDS.indexOf(platform);

/**
 * The kit's words as automaton patterns. Everything per pattern lives in flat typed arrays (a kit with
 * pinyin on every Chinese term has ~150,000 patterns); the rare extras (repeat counts, word breaks, allow
 * contexts) sit in sparse maps keyed by pattern.
 */
export interface CompiledTerms {
  automaton: Automaton;
  sources: TermSource[];
  /** Per pattern: index into sources. */
  patternSource: Int32Array;
  /** Per pattern: PATTERN_* bits, so most raw hits are rejected from one compact array. */
  patternInfo: Int32Array;
  /**
   * Repeat count of each folded code, only for patterns with a doubled letter ("good", "王八八蛋"); others are all 1.
   * Plain arrays: a stored form's JSON entries become this Map as they are, with no copy per pattern.
   */
  repeats: Map<number, ReadonlyArray<number>>;
  /** Folded entries after which the kit spelling has a space ("you people"): a legitimate word break. */
  wordBreaks: Map<number, ReadonlySet<number>>;
  allow: Map<number, AllowContext[]>;
  /** Position rules of claim words (第一 only as 销量第一 / 第一品牌), keyed by pattern. */
  claims: Map<number, ClaimRule>;
}

/** BannedTerm.claimWhen, folded: the words before/after as folded code sequences. */
export interface ClaimRule {
  closesPhrase: boolean;
  followedBy: Int32Array[];
  precededBy: Int32Array[];
}

/** patternInfo bits: whole-word boundary applies at the start / end (first / last folded code is a–z or a digit). */
export const PATTERN_LATIN_START = 1 << 0;
export const PATTERN_LATIN_END = 1 << 1;
/** patternInfo bits 2–3: index of the entry's list in PATTERN_LISTS. */
export const PATTERN_LIST_SHIFT = 2;
export const PATTERN_LISTS = ['banned', 'preferred', 'tone'] as const;
export const PATTERN_HAS_LATIN = 1 << 4;
/** Some folded code is a hanzi: the term never spans sentence punctuation. */
export const PATTERN_HAS_HAN = 1 << 5;
/** A single hanzi (靠, 操): judged by the word the segmenter puts it in. */
export const PATTERN_SINGLE_HAN = 1 << 6;
/** A pinyin spelling of a Chinese term (shabi, 傻b). */
export const PATTERN_PINYIN = 1 << 7;
/** patternInfo bits 8–21: the source's platformMask. */
export const PATTERN_PLATFORM_SHIFT = 8;
/** The pattern has an entry in CompiledTerms.repeats / wordBreaks / allow (saves a map lookup per hit). */
export const PATTERN_REPEATS = 1 << 22;
export const PATTERN_WORD_BREAKS = 1 << 23;
export const PATTERN_ALLOW = 1 << 24;
/** An English word that also matches its inflections (lib/engine/inflect.ts): -s -ed -ing… may follow it. */
export const PATTERN_INFLECT = 1 << 25;
/** The term without its final e ("rap" for "rape"): matches only with a suffix of the stem set ("raping"). */
export const PATTERN_STEM = 1 << 26;
/** The term's last consonant doubles before a stem suffix ("shitting"). */
export const PATTERN_DOUBLES = 1 << 27;
/** The term ends in e: the short suffixes follow it ("raped", "rapes"). */
export const PATTERN_E_END = 1 << 28;
/** The term has a claim rule (CompiledTerms.claims). */
export const PATTERN_CLAIM = 1 << 29;

type FoldedTerm = ReturnType<typeof foldTerm>;

const isWordCode = (c: number) => isLatinCode(c) || (c >= 0x30 && c <= 0x39);

class TermCollector {
  /** Only the sources, in compile order (termSources): no term is folded. */
  constructor(readonly sourcesOnly = false) {}

  readonly patterns: number[][] = [];
  readonly sources: TermSource[] = [];
  readonly patternSource: number[] = [];
  readonly patternInfo: number[] = [];
  readonly repeats = new Map<number, ReadonlyArray<number>>();
  readonly wordBreaks = new Map<number, ReadonlySet<number>>();
  readonly allow = new Map<number, AllowContext[]>();
  readonly claims = new Map<number, ClaimRule>();

  source(source: TermSource): number {
    this.sources.push(source);
    return this.sources.length - 1;
  }

  add(
    term: string,
    sourceId: number,
    pinyin = false,
    allowContexts: ReadonlyArray<string> = [],
    extra = 0,
    claim?: ClaimRule,
    folded?: FoldedTerm,
  ): void {
    if (this.sourcesOnly) return;
    folded ??= foldTerm(term);
    let { codes, runs } = folded;
    if ((extra & PATTERN_STEM) !== 0) {
      // The stem pattern drops the final e ("rape" → "rap"); its runs stay those of the remaining letters.
      codes = codes.slice(0, -1);
      runs = runs.slice(0, -1);
    }
    const length = codes.length;
    if (length === 0) return;
    const pattern = this.patterns.length;
    const allow: AllowContext[] = [];
    for (const context of allowContexts) {
      const ctx = foldTerm(context);
      const offset = indexOfCodes(ctx.codes, codes);
      if (offset >= 0) allow.push({ codes: ctx.codes, runs: ctx.runs, offset });
    }
    let info = extra;
    if (claim) {
      this.claims.set(pattern, claim);
      info |= PATTERN_CLAIM;
    }
    if (allow.length > 0) {
      this.allow.set(pattern, allow);
      info |= PATTERN_ALLOW;
    }
    if (folded.wordBreaks.size > 0) {
      this.wordBreaks.set(pattern, folded.wordBreaks);
      info |= PATTERN_WORD_BREAKS;
    }
    if (runs.some((r) => r !== 1)) {
      this.repeats.set(pattern, runs);
      info |= PATTERN_REPEATS;
    }
    for (let k = 0; k < length; k++) {
      if (isLatinCode(codes[k])) info |= PATTERN_HAS_LATIN;
      if (isHanCode(codes[k])) info |= PATTERN_HAS_HAN;
    }
    const source = this.sources[sourceId];
    if (isWordCode(codes[0])) info |= PATTERN_LATIN_START;
    if (isWordCode(codes[length - 1])) info |= PATTERN_LATIN_END;
    if (length === 1 && runs[0] === 1 && isHanCode(codes[0])) info |= PATTERN_SINGLE_HAN;
    if (pinyin) info |= PATTERN_PINYIN;
    info |= PATTERN_LISTS.indexOf(source.list) << PATTERN_LIST_SHIFT;
    info |= source.platformMask << PATTERN_PLATFORM_SHIFT;
    this.patterns.push(codes);
    this.patternSource.push(sourceId);
    this.patternInfo.push(info);
  }
}

function indexOfCodes(haystack: number[], needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

const foldedCodes = (word: string) => Int32Array.from(foldTerm(word).codes);

function claimRule(banned: BannedTerm): ClaimRule | undefined {
  const when = banned.claimWhen;
  if (!when) return undefined;
  return {
    closesPhrase: when.closesPhrase === true,
    followedBy: (when.followedBy ?? []).map(foldedCodes).filter((c) => c.length > 0),
    precededBy: (when.precededBy ?? []).map(foldedCodes).filter((c) => c.length > 0),
  };
}

/** Inflection bits of an English term marked `inflect`; 0 when its last character is not a letter. */
function inflectBits(folded: FoldedTerm): number {
  const n = folded.codes.length;
  if (n < 2 || !isLatinCode(folded.codes[n - 1])) return 0;
  let bits = PATTERN_INFLECT;
  if (folded.codes[n - 1] === 0x65 && folded.runs[n - 1] === 1) bits |= PATTERN_E_END;
  // Doubling is judged on the last word's letters ("shit" in "bull shit" too).
  let from = n - 1;
  while (from > 0 && isLatinCode(folded.codes[from - 1]) && !folded.wordBreaks.has(from - 1)) from--;
  if (folded.runs.slice(from).every((r) => r === 1) && doublesLastLetter(folded.codes.slice(from)))
    bits |= PATTERN_DOUBLES;
  return bits;
}

function addBanned(collector: TermCollector, terms: ReadonlyArray<BannedTerm>, mask: number): void {
  for (const banned of terms) {
    const id = collector.source({ list: 'banned', platformMask: mask, banned });
    if (collector.sourcesOnly) continue;
    // Folded once: the patterns of its inflections and its stem are read from the same fold.
    const folded = foldTerm(banned.term);
    const inflect = banned.inflect ? inflectBits(folded) : 0;
    collector.add(banned.term, id, false, banned.allowContexts, inflect, claimRule(banned), folded);
    // "rape" → "raping": the stem without its e is a pattern of its own that needs a suffix.
    if ((inflect & PATTERN_E_END) !== 0 && folded.codes.length > 3) {
      const stem = PATTERN_INFLECT | PATTERN_STEM;
      collector.add(banned.term, id, false, banned.allowContexts, stem, undefined, folded);
    }
    if (banned.pinyin) {
      for (const variant of pinyinVariants(banned.term))
        collector.add(variant, id, true, banned.allowContexts);
    }
  }
}

function addPreferred(collector: TermCollector, terms: ReadonlyArray<PreferredTerm>, mask: number): void {
  for (const preferred of terms) {
    collector.add(preferred.term, collector.source({ list: 'preferred', platformMask: mask, preferred }));
  }
}

const TONE_LISTS: Array<[keyof ToneProfile, ToneWordKind]> = [
  ['aggressiveWords', 'aggressive'],
  ['blamePhrases', 'blame'],
  ['slang', 'slang'],
  ['hedges', 'hedge'],
];

function addTone(collector: TermCollector, tone: ToneProfile | undefined, mask: number): void {
  if (!tone || mask === 0) return;
  for (const [field, toneKind] of TONE_LISTS) {
    const words = tone[field] as string[] | undefined;
    if (!words?.length) continue;
    // One source per list: a tone hit needs only its kind.
    const id = collector.source({ list: 'tone', platformMask: mask, toneKind });
    for (const word of words) collector.add(word, id);
  }
  for (const [word, weight] of Object.entries(tone.sentimentWords ?? {})) {
    collector.add(
      word,
      collector.source({ list: 'tone', platformMask: mask, toneKind: 'sentiment', weight }),
    );
  }
}

/** Tone lists replace (not extend) the kit-wide ones on a platform that overrides them. */
function toneMaskFor(kit: BrandKit, field: keyof ToneProfile): number {
  let mask = ALL_PLATFORMS;
  for (const platform of PLATFORM_IDS) {
    if (kit.platforms?.[platform]?.tone?.[field] !== undefined) mask &= ~platformBit(platform);
  }
  return mask;
}

function collect(kit: BrandKit, collector: TermCollector): TermCollector {
  addBanned(collector, kit.bannedTerms, ALL_PLATFORMS);
  addPreferred(collector, kit.preferredTerms ?? [], ALL_PLATFORMS);
  for (const [field] of [...TONE_LISTS, ['sentimentWords'] as const]) {
    const only: ToneProfile = { [field]: kit.tone?.[field] };
    addTone(collector, only, toneMaskFor(kit, field));
  }
  for (const platform of PLATFORM_IDS) {
    const settings = kit.platforms?.[platform];
    if (!settings) continue;
    const bit = platformBit(platform);
    addBanned(collector, settings.bannedTerms ?? [], bit);
    addPreferred(collector, settings.preferredTerms ?? [], bit);
    addTone(collector, settings.tone, bit);
  }
  return collector;
}

/** The kit's term sources in the order compileTerms numbers them, without folding a term (compiled-form.ts). */
export function termSources(kit: BrandKit): TermSource[] {
  return collect(kit, new TermCollector(true)).sources;
}

export function compileTerms(kit: BrandKit): CompiledTerms {
  const collector = collect(kit, new TermCollector());
  return {
    automaton: new Automaton(collector.patterns),
    sources: collector.sources,
    patternSource: Int32Array.from(collector.patternSource),
    patternInfo: Int32Array.from(collector.patternInfo),
    repeats: collector.repeats,
    wordBreaks: collector.wordBreaks,
    allow: collector.allow,
    claims: collector.claims,
  };
}
