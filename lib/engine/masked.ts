/**
 * Masked spellings of Latin kit terms: "f*ck", "f**k", "sh*t", "b***h". A mask character stands for one letter
 * inside a word; the first letter is never masked and at least two letters are shown, and the masked word
 * must have the term's exact length (whole words only). Masks are rare, so this runs only when the draft
 * has one, and the length/first-letter index of the kit's Latin terms is built on first use.
 */
import { CLASS, CharClass, isLatinCode, isMaskCode } from './fold';
import { ENTRY_GLUED, entryEnd, foldTerm, type FoldedStream } from './normalize';
import {
  PATTERN_E_END,
  PATTERN_HAS_HAN,
  PATTERN_INFLECT,
  PATTERN_PINYIN,
  PATTERN_STEM,
  type CompiledTerms,
} from './compile-terms';
import { MAX_SUFFIX, isSuffix, type SuffixSet } from './inflect';

const MASK_TEST = /[*#_＊＃＿∗]/;
const isMask = isMaskCode;
const WILDCARD = -1;

export const hasMask = (text: string) => MASK_TEST.test(text);

export interface MaskIndex {
  /** (length << 8 | first letter) → patterns whose spelled-out letters have that length and first letter. */
  byShape: Map<
    number,
    Array<{ pattern: number; letters: string; inflect: boolean; stem: boolean; suffixes: SuffixSet }>
  >;
}

const shapeKey = (length: number, firstLetter: number) => (length << 8) | (firstLetter - 0x60);

export function buildMaskIndex(terms: CompiledTerms): MaskIndex {
  const byShape: MaskIndex['byShape'] = new Map();
  terms.patternSource.forEach((sourceId, pattern) => {
    const banned = terms.sources[sourceId].banned;
    const info = terms.patternInfo[pattern];
    // A phrase ("blow job") is masked as one word ("bl*wjob"). A stem ("rap" of "rape") only with a suffix: "r*ping".
    if (!banned || (info & (PATTERN_HAS_HAN | PATTERN_PINYIN)) !== 0) return;
    const stem = (info & PATTERN_STEM) !== 0;
    const folded = foldTerm(banned.term);
    let letters = '';
    // The stem pattern is the term without its final e, as compile-terms builds it.
    for (let k = 0; k < folded.codes.length - (stem ? 1 : 0); k++) {
      if (!isLatinCode(folded.codes[k])) return;
      letters += String.fromCharCode(folded.codes[k]).repeat(folded.runs[k]);
    }
    if (letters.length < 3) return;
    const key = shapeKey(letters.length, letters.charCodeAt(0));
    const list = byShape.get(key);
    const entry = {
      pattern,
      letters,
      inflect: (info & PATTERN_INFLECT) !== 0,
      stem,
      // "p*nties", "r*pes": a term ending in e takes the suffixes that follow an e; its stem those after a stem.
      suffixes: stem ? ('stem' as const) : (info & PATTERN_E_END) !== 0 ? ('e' as const) : ('word' as const),
    };
    if (list) list.push(entry);
    else byShape.set(key, [entry]);
  });
  return { byShape };
}

/** The gap [from, to) holds only mask characters (and invisible marks); returns how many masks, or -1. */
function maskCount(text: string, from: number, to: number): number {
  let masks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isMask(c)) masks++;
    else if (CLASS[c] !== CharClass.Invisible) return -1;
  }
  return masks;
}

/** Calls onMatch(pattern, start, end) for every masked word of the stream that spells a kit term. */
export function findMasked(
  text: string,
  stream: FoldedStream,
  index: MaskIndex,
  onMatch: (pattern: number, start: number, end: number) => void,
): void {
  const { codes, runs, start, flags } = stream;
  const letters: number[] = [];
  let k = 0;
  while (k < stream.length) {
    const gluedToWord =
      (flags[k] & ENTRY_GLUED) !== 0 &&
      k > 0 &&
      (isLatinCode(codes[k - 1]) || (codes[k - 1] >= 0x30 && codes[k - 1] <= 0x39));
    if (!isLatinCode(codes[k]) || gluedToWord) {
      k++;
      continue;
    }
    // A word starts here: follow glued letters and mask-only gaps.
    const first = k;
    letters.length = 0;
    let masked = false;
    let shown = 0;
    for (;;) {
      for (let r = 0; r < runs[k]; r++) letters.push(codes[k]);
      shown += runs[k];
      const next = k + 1;
      if (next >= stream.length || !isLatinCode(codes[next])) break;
      if ((flags[next] & ENTRY_GLUED) !== 0) {
        k = next;
        continue;
      }
      const masks = maskCount(text, entryEnd(stream, k), start[next]);
      if (masks <= 0) break;
      for (let m = 0; m < masks; m++) letters.push(WILDCARD);
      masked = true;
      k = next;
    }
    const wordEnd = entryEnd(stream, k);
    k++;
    if (!masked || shown < 2) continue;
    // Whole words only: no mask right before the first letter or after the last ("*uck", "fu**").
    if (
      (start[first] > 0 && isMask(text.charCodeAt(start[first] - 1))) ||
      (wordEnd < text.length && isMask(text.charCodeAt(wordEnd)))
    )
      continue;
    // The whole word, then (for inflecting terms) the word less a shown suffix: "f*cking" is "f*ck" + "ing".
    for (let cut = 0; cut <= MAX_SUFFIX && letters.length - cut >= 3; cut++) {
      let suffix = '';
      for (let i = letters.length - cut; i < letters.length && suffix !== null; i++)
        suffix = letters[i] === WILDCARD ? '' : suffix + String.fromCharCode(letters[i]);
      if (cut > 0 && suffix.length !== cut) break;
      const candidates = index.byShape.get(shapeKey(letters.length - cut, letters[0]));
      if (!candidates) continue;
      let matched = false;
      for (const { pattern, letters: spelled, inflect, stem, suffixes } of candidates) {
        if (
          cut === 0 ? stem : !inflect || !isSuffix(suffixes, suffix, spelled.charCodeAt(spelled.length - 1))
        )
          continue;
        let fits = true;
        for (let i = 1; i < letters.length - cut && fits; i++)
          fits = letters[i] === WILDCARD || letters[i] === spelled.charCodeAt(i);
        if (fits) {
          onMatch(pattern, start[first], wordEnd);
          matched = true;
        }
      }
      if (matched) break;
    }
  }
}
