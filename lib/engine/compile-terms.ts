/**
 * Turns the kit's word lists (banned, preferred, tone lexicons, pinyin variants, per-platform additions) into
 * one automaton plus, for each automaton pattern, what to verify on the original text when it matches.
 */
import { PLATFORM_IDS, type PlatformId } from '@/lib/records/schema';
import { Automaton } from './automaton';
import { isHanCode, isLatinCode } from './fold';
import { foldTerm } from './normalize';
import { pinyinVariants } from './pinyin-variants';
import type { BannedTerm, BrandKit, PreferredTerm, ToneProfile } from './schema';

export type ToneWordKind = 'aggressive' | 'blame' | 'slang' | 'hedge' | 'sentiment';

export interface TermEntry {
  list: 'banned' | 'preferred' | 'tone';
  /** The spelling as written in the kit (or the pinyin variant). */
  term: string;
  ruleId: string;
  runs: Uint16Array;
  wordBreaks: ReadonlySet<number>;
  /** First/last folded code is a Latin letter or digit: whole-word boundaries apply on that side. */
  latinStart: boolean;
  latinEnd: boolean;
  hasLatin: boolean;
  /** Some folded code is a hanzi: the term never spans sentence punctuation. */
  hasHan: boolean;
  /** A single hanzi (靠, 操): needs a word boundary from the segmenter. */
  singleHan: boolean;
  allow: Array<{ codes: Int32Array; runs: Uint16Array; offset: number }>;
  /** Bit i set = active on PLATFORM_IDS[i]. */
  platformMask: number;
  banned?: BannedTerm;
  preferred?: PreferredTerm;
  pinyinOf?: string;
  toneKind?: ToneWordKind;
  weight?: number;
}

export const ALL_PLATFORMS = (1 << PLATFORM_IDS.length) - 1;
export const platformBit = (platform: PlatformId) => 1 << PLATFORM_IDS.indexOf(platform);

export interface CompiledTerms {
  automaton: Automaton;
  entries: TermEntry[];
  /**
   * Per pattern, what the checker needs to reject most raw hits (wrong platform or list, glued to a
   * longer word) from one compact array, without reaching the scattered entry objects: see PATTERN_*.
   */
  patternInfo: Int32Array;
}

/** patternInfo bits: whole-word boundary applies at the start / end (TermEntry.latinStart / latinEnd). */
export const PATTERN_LATIN_START = 1 << 0;
export const PATTERN_LATIN_END = 1 << 1;
/** patternInfo bits 2–3: index of the entry's list in PATTERN_LISTS. */
export const PATTERN_LIST_SHIFT = 2;
export const PATTERN_LISTS = ['banned', 'preferred', 'tone'] as const;
/** patternInfo bits 4 and up: the entry's platformMask. */
export const PATTERN_PLATFORM_SHIFT = 4;

function patternInfoOf(entry: TermEntry): number {
  return (
    (entry.latinStart ? PATTERN_LATIN_START : 0) |
    (entry.latinEnd ? PATTERN_LATIN_END : 0) |
    (PATTERN_LISTS.indexOf(entry.list) << PATTERN_LIST_SHIFT) |
    (entry.platformMask << PATTERN_PLATFORM_SHIFT)
  );
}

const isWordCode = (c: number) => isLatinCode(c) || (c >= 0x30 && c <= 0x39);

type EntryBase = Pick<TermEntry, 'list' | 'ruleId' | 'platformMask'> & Partial<Pick<TermEntry, 'banned' | 'preferred' | 'pinyinOf' | 'toneKind' | 'weight'>>;

class TermCollector {
  readonly patterns: Int32Array[] = [];
  readonly entries: TermEntry[] = [];

  add(term: string, base: EntryBase, allowContexts: ReadonlyArray<string> = []): void {
    const folded = foldTerm(term);
    const length = folded.codes.length;
    if (length === 0) return;
    const codes = Int32Array.from(folded.codes);
    const allow: TermEntry['allow'] = [];
    for (const context of allowContexts) {
      const ctx = foldTerm(context);
      const offset = indexOfCodes(ctx.codes, folded.codes);
      if (offset >= 0) allow.push({ codes: Int32Array.from(ctx.codes), runs: Uint16Array.from(ctx.runs), offset });
    }
    let hasLatin = false;
    let hasHan = false;
    for (let k = 0; k < length; k++) {
      hasLatin ||= isLatinCode(codes[k]);
      hasHan ||= isHanCode(codes[k]);
    }
    this.patterns.push(codes);
    this.entries.push({
      list: base.list,
      ruleId: base.ruleId,
      platformMask: base.platformMask,
      banned: base.banned,
      preferred: base.preferred,
      pinyinOf: base.pinyinOf,
      toneKind: base.toneKind,
      weight: base.weight,
      term,
      runs: Uint16Array.from(folded.runs),
      wordBreaks: folded.wordBreaks,
      latinStart: isWordCode(codes[0]),
      latinEnd: isWordCode(codes[length - 1]),
      hasLatin,
      hasHan,
      singleHan: length === 1 && folded.runs[0] === 1 && isHanCode(codes[0]),
      allow,
    });
  }
}

function indexOfCodes(haystack: number[], needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function addBanned(collector: TermCollector, terms: ReadonlyArray<BannedTerm>, mask: number): void {
  for (const banned of terms) {
    const ruleId = `banned:${banned.id ?? banned.term}`;
    collector.add(banned.term, { list: 'banned', ruleId, platformMask: mask, banned }, banned.allowContexts);
    if (banned.pinyin) {
      for (const variant of pinyinVariants(banned.term)) {
        collector.add(variant, { list: 'banned', ruleId, platformMask: mask, banned, pinyinOf: banned.term }, banned.allowContexts);
      }
    }
  }
}

function addPreferred(collector: TermCollector, terms: ReadonlyArray<PreferredTerm>, mask: number): void {
  for (const preferred of terms) {
    collector.add(preferred.term, { list: 'preferred', ruleId: `preferred:${preferred.id ?? preferred.term}`, platformMask: mask, preferred });
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
    for (const word of words ?? []) collector.add(word, { list: 'tone', ruleId: `tone:${toneKind}`, platformMask: mask, toneKind });
  }
  for (const [word, weight] of Object.entries(tone.sentimentWords ?? {})) {
    collector.add(word, { list: 'tone', ruleId: 'tone:sentiment', platformMask: mask, toneKind: 'sentiment', weight });
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

export function compileTerms(kit: BrandKit): CompiledTerms {
  const collector = new TermCollector();
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
  const patternInfo = Int32Array.from(collector.entries, patternInfoOf);
  return { automaton: new Automaton(collector.patterns), entries: collector.entries, patternInfo };
}
