/**
 * Masked spellings of Latin kit terms: "f*ck", "f**k", "sh*t", "b***h". A mask character stands for one letter
 * inside a word; the first letter is never masked and at least two letters are shown, and the masked word
 * must have the term's exact length (whole words only). Masks are rare, so this runs only when the draft
 * has one, and the length/first-letter index of the kit's Latin terms is built on first use.
 */
import { CLASS, CharClass, isLatinCode } from './fold';
import { ENTRY_GLUED, foldTerm, type FoldedStream } from './normalize';
import { PATTERN_HAS_HAN, PATTERN_PINYIN, PATTERN_WORD_BREAKS, type CompiledTerms } from './compile-terms';

const MASK_TEST = /[*#_＊＃＿∗]/;
const isMask = (c: number) => c === 0x2a || c === 0x23 || c === 0x5f || c === 0xff0a || c === 0xff03 || c === 0xff3f || c === 0x2217;
const WILDCARD = -1;

export const hasMask = (text: string) => MASK_TEST.test(text);

export interface MaskIndex {
  /** (length << 8 | first letter) → patterns whose spelled-out letters have that length and first letter. */
  byShape: Map<number, Array<{ pattern: number; letters: string }>>;
}

const shapeKey = (length: number, firstLetter: number) => (length << 8) | (firstLetter - 0x60);

export function buildMaskIndex(terms: CompiledTerms): MaskIndex {
  const byShape: MaskIndex['byShape'] = new Map();
  terms.patternSource.forEach((sourceId, pattern) => {
    const banned = terms.sources[sourceId].banned;
    if (!banned || (terms.patternInfo[pattern] & (PATTERN_HAS_HAN | PATTERN_PINYIN | PATTERN_WORD_BREAKS)) !== 0) return;
    const folded = foldTerm(banned.term);
    let letters = '';
    for (let k = 0; k < folded.codes.length; k++) {
      if (!isLatinCode(folded.codes[k])) return;
      letters += String.fromCharCode(folded.codes[k]).repeat(folded.runs[k]);
    }
    if (letters.length < 3) return;
    const key = shapeKey(letters.length, letters.charCodeAt(0));
    const list = byShape.get(key);
    if (list) list.push({ pattern, letters });
    else byShape.set(key, [{ pattern, letters }]);
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
export function findMasked(text: string, stream: FoldedStream, index: MaskIndex, onMatch: (pattern: number, start: number, end: number) => void): void {
  const { codes, runs, start, end, flags } = stream;
  const letters: number[] = [];
  let k = 0;
  while (k < stream.length) {
    const gluedToWord = (flags[k] & ENTRY_GLUED) !== 0 && k > 0 && (isLatinCode(codes[k - 1]) || (codes[k - 1] >= 0x30 && codes[k - 1] <= 0x39));
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
      const masks = maskCount(text, end[k], start[next]);
      if (masks <= 0) break;
      for (let m = 0; m < masks; m++) letters.push(WILDCARD);
      masked = true;
      k = next;
    }
    const wordEnd = end[k];
    k++;
    if (!masked || shown < 2) continue;
    // Whole words only: no mask right before the first letter or after the last ("*uck", "fu**").
    if ((start[first] > 0 && isMask(text.charCodeAt(start[first] - 1))) || (wordEnd < text.length && isMask(text.charCodeAt(wordEnd)))) continue;
    const candidates = index.byShape.get(shapeKey(letters.length, letters[0]));
    if (!candidates) continue;
    for (const { pattern, letters: spelled } of candidates) {
      let fits = true;
      for (let i = 1; i < letters.length && fits; i++) fits = letters[i] === WILDCARD || letters[i] === spelled.charCodeAt(i);
      if (fits) onMatch(pattern, start[first], wordEnd);
    }
  }
}
