/**
 * Verifies an automaton hit against the original text: repeat counts, separator gaps, sentence stops,
 * whole-word boundaries, spelled-out words, allow-contexts and, for single hanzi, the word segmenter.
 */
import { CLASS, CharClass, isHanCode, isLatinCode, isSentenceStop } from './fold';
import { ENTRY_GLUED, ENTRY_LONE, MAX_GAP, entryEnd, type FoldedStream } from './normalize';
import {
  PATTERN_ALLOW,
  PATTERN_CLAIM,
  PATTERN_DOUBLES,
  PATTERN_E_END,
  PATTERN_HAS_HAN,
  PATTERN_HAS_LATIN,
  PATTERN_INFLECT,
  PATTERN_LATIN_END,
  PATTERN_LATIN_START,
  PATTERN_REPEATS,
  PATTERN_SINGLE_HAN,
  PATTERN_STEM,
  PATTERN_WORD_BREAKS,
  type AllowContext,
  type ClaimRule,
  type CompiledTerms,
} from './compile-terms';
import { MAX_SUFFIX, isSuffix } from './inflect';
import { standsAlone } from './han-words';

const isWhitespace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
/** Letters that glue onto a Latin term: a–z after folding, or any non-Han letter kept in the stream. */
const gluesToLatin = (code: number) =>
  code !== 0 && (isLatinCode(code) || (code >= 0x30 && code <= 0x39) || (!isHanCode(code) && code > 0x7f));

function hasWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWhitespace(text.charCodeAt(i))) return true;
  return false;
}

function hasSentenceStop(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSentenceStop(text.charCodeAt(i))) return true;
  return false;
}

/** A Latin term must not be glued to a letter or digit on a side where it starts/ends with one ("class" ≠ "ass"). */
export function wordBoundariesHold(
  stream: FoldedStream,
  latinStart: boolean,
  latinEnd: boolean,
  first: number,
  last: number,
): boolean {
  const { codes, flags } = stream;
  if (latinStart && first > 0 && (flags[first] & ENTRY_GLUED) !== 0 && gluesToLatin(codes[first - 1]))
    return false;
  if (
    latinEnd &&
    last + 1 < stream.length &&
    (flags[last + 1] & ENTRY_GLUED) !== 0 &&
    gluesToLatin(codes[last + 1])
  )
    return false;
  return true;
}

/**
 * The draft's repeats may stretch a term ("fuuuck", 王八八蛋) but a Latin double letter is a different word:
 * "good" is not "god", "add" not "ad", "boob" not "bob". Three or more is an elongation of either.
 */
function runsFit(
  stream: FoldedStream,
  termRuns: ReadonlyArray<number> | undefined,
  first: number,
  last: number,
  lastDoubled: boolean,
): boolean {
  const { codes, runs } = stream;
  // A doubled last consonant before a suffix ("shitting") was judged by inflectionEnd.
  const upTo = lastDoubled ? last - first - 1 : last - first;
  for (let k = 0; k <= upTo; k++) {
    const t = termRuns ? termRuns[k] : 1;
    const d = runs[first + k];
    if (d === t) continue;
    if (d < t || (d < 3 && isLatinCode(codes[first + k]))) return false;
  }
  return true;
}

/**
 * A lone letter right next to a spelled-out match continues the word ("S C U N T H O R P E" is not "cunt"),
 * except the English one-letter words before it ("what a p u s s y", "I f u c k e d up" reads "I" + word).
 */
function continuesSpelledWord(stream: FoldedStream, outer: number, inner: number): boolean {
  if ((stream.flags[outer] & ENTRY_LONE) === 0 || stream.runs[outer] !== 1) return false;
  if (outer < inner && (stream.codes[outer] === 0x61 || stream.codes[outer] === 0x69)) return false;
  const gap =
    outer < inner
      ? stream.start[inner] - entryEnd(stream, outer)
      : stream.start[outer] - entryEnd(stream, inner);
  return gap <= MAX_GAP;
}

function spelledOut(stream: FoldedStream, first: number, last: number): boolean {
  if (last === first) return false;
  for (let k = first; k <= last; k++) if ((stream.flags[k] & ENTRY_LONE) === 0) return false;
  return true;
}

function allowedByContext(
  text: string,
  stream: FoldedStream,
  contexts: ReadonlyArray<AllowContext>,
  first: number,
): boolean {
  const { codes, runs, start } = stream;
  for (const context of contexts) {
    const from = first - context.offset;
    const length = context.codes.length;
    if (from < 0 || from + length > stream.length) continue;
    let same = true;
    for (let k = 0; k < length && same; k++) {
      same =
        codes[from + k] === context.codes[k] &&
        runs[from + k] >= context.runs[k] &&
        (k === 0 || !hasSentenceStop(text, entryEnd(stream, from + k - 1), start[from + k]));
    }
    if (same) return true;
  }
  return false;
}

const NO_BREAKS: ReadonlySet<number> = new Set();

/** Encodes inflectionEnd's answer: the entry where the word ends, and whether the term's last letter was doubled. */
const DOUBLED = 1;

/**
 * For a pattern of an inflecting term: where the matched word ends, as (entry << 1 | DOUBLED?), or -1 when the
 * letters glued after the term are no inflection of it ("fuckwit" is another word, "rapt" is not "rap" + e).
 */
export function inflectionEnd(stream: FoldedStream, info: number, termLastRun: number, last: number): number {
  const { codes, runs, flags } = stream;
  let suffix = '';
  let k = last + 1;
  for (; k < stream.length && (flags[k] & ENTRY_GLUED) !== 0; k++) {
    const code = codes[k];
    if (!isLatinCode(code)) {
      // A digit or another script's letter glued on: the word goes on, as the plain boundary rule says.
      if (gluesToLatin(code)) return -1;
      break;
    }
    // Elongated suffixes ("fuckinggg") count once per letter.
    suffix += String.fromCharCode(code).repeat(runs[k] >= 3 ? 1 : runs[k]);
    if (suffix.length > MAX_SUFFIX) return -1;
  }
  const end = k - 1;
  const extra = runs[last] - termLastRun;
  // Two copies of a single letter is another word ("good" vs "god") unless the term doubles it before a suffix.
  const doubled = extra === 1 && runs[last] === 2 && isLatinCode(codes[last]);
  if (suffix === '') return (info & PATTERN_STEM) !== 0 || doubled ? -1 : last << 1;
  if (doubled)
    return (info & PATTERN_DOUBLES) !== 0 && isSuffix('stem', suffix, codes[last])
      ? (end << 1) | DOUBLED
      : -1;
  const set = (info & PATTERN_STEM) !== 0 ? 'stem' : (info & PATTERN_E_END) !== 0 ? 'e' : 'word';
  return isSuffix(set, suffix, codes[last]) ? end << 1 : -1;
}

export const inflectedEntry = (answer: number) => answer >> 1;
export const lastLetterDoubled = (answer: number) => (answer & DOUBLED) !== 0;

const followsAt = (codes: Int32Array, at: number, word: Int32Array, length: number) => {
  if (at < 0 || at + word.length > length) return false;
  for (let k = 0; k < word.length; k++) if (codes[at + k] !== word[k]) return false;
  return true;
};

/** Particles that may close a claim ("销量第一的", "最好了"). */
const isClosingParticle = (c: number) =>
  c === 0x7684 /* 的 */ ||
  c === 0x4e86 /* 了 */ ||
  c === 0x5566 /* 啦 */ ||
  c === 0x5440 /* 呀 */ ||
  c === 0x554a /* 啊 */ ||
  c === 0x5427 /* 吧 */ ||
  c === 0x54e6; /* 哦 */

/**
 * Does a claim word stand where it claims? After one of the scope words (世界第一), before one of the claim
 * words (第一品牌), or closing a phrase that something precedes in the same clause (销量第一。, 我们第一的): a
 * clause-opening enumerator (第一，…) and an ordinal (第一次, 第一人民医院) are not claims.
 */
function claimHolds(
  text: string,
  stream: FoldedStream,
  rule: ClaimRule,
  first: number,
  last: number,
): boolean {
  const { codes, start, flags } = stream;
  const n = stream.length;
  for (const word of rule.precededBy) {
    const at = first - word.length;
    if (followsAt(codes, at, word, n) && !hasSentenceStop(text, entryEnd(stream, at), start[first]))
      return true;
  }
  for (const word of rule.followedBy) {
    if (
      followsAt(codes, last + 1, word, n) &&
      !hasSentenceStop(text, entryEnd(stream, last), start[last + word.length])
    )
      return true;
  }
  if (!rule.closesPhrase) return false;
  const before = first - 1;
  if (before < 0 || codes[before] === 0 || (flags[first] & ENTRY_GLUED) === 0) return false;
  const after = last + 1;
  if (after >= n || codes[after] === 0 || (flags[after] & ENTRY_GLUED) === 0) return true;
  return isClosingParticle(codes[after]);
}

export function verifyHit(
  text: string,
  stream: FoldedStream,
  terms: CompiledTerms,
  pattern: number,
  first: number,
  last: number,
  lastDoubled = false,
): boolean {
  const { codes, start } = stream;
  const info = terms.patternInfo[pattern];
  if (
    !runsFit(
      stream,
      (info & PATTERN_REPEATS) !== 0 ? terms.repeats.get(pattern) : undefined,
      first,
      last,
      lastDoubled,
    )
  )
    return false;

  const hasHan = (info & PATTERN_HAS_HAN) !== 0;
  const hasLatin = (info & PATTERN_HAS_LATIN) !== 0;
  const latinStart = (info & PATTERN_LATIN_START) !== 0;
  // An inflecting term's end was judged by inflectionEnd (a suffix may follow it).
  const latinEnd = (info & PATTERN_LATIN_END) !== 0 && (info & PATTERN_INFLECT) === 0;
  const wordBreaks = (info & PATTERN_WORD_BREAKS) !== 0 ? terms.wordBreaks.get(pattern)! : NO_BREAKS;
  let spaced = 0;
  let unexpectedSpace = false;
  for (let k = first; k < last; k++) {
    const gapFrom = entryEnd(stream, k);
    const gapTo = start[k + 1];
    if (gapTo === gapFrom) continue;
    if (gapTo - gapFrom > MAX_GAP) return false;
    // "问了他妈，的确" is not 他妈的: a CJK term never spans sentence punctuation.
    if (hasHan && (isHanCode(codes[k]) || isHanCode(codes[k + 1])) && hasSentenceStop(text, gapFrom, gapTo))
      return false;
    if (hasLatin && hasWhitespace(text, gapFrom, gapTo)) {
      spaced++;
      if (!wordBreaks.has(k - first)) unexpectedSpace = true;
    }
  }
  // "pen is" is not "penis": spaces inside a Latin term are only accepted when every letter stands alone ("f u c k").
  const spelled = spelledOut(stream, first, last);
  if (unexpectedSpace && (spaced !== last - first || !spelled)) return false;
  // A spelled-out word is matched whole: its neighbours must not be lone letters too.
  if (spelled && latinStart && first > 0 && continuesSpelledWord(stream, first - 1, first)) return false;
  if (spelled && latinEnd && last + 1 < stream.length && continuesSpelledWord(stream, last + 1, last))
    return false;

  if (!wordBoundariesHold(stream, latinStart, latinEnd, first, last)) return false;
  if ((info & PATTERN_ALLOW) !== 0 && allowedByContext(text, stream, terms.allow.get(pattern)!, first))
    return false;
  if ((info & PATTERN_CLAIM) !== 0 && !claimHolds(text, stream, terms.claims.get(pattern)!, first, last))
    return false;
  if ((info & PATTERN_SINGLE_HAN) !== 0) return standsAlone(text, start[first], entryEnd(stream, last));
  return true;
}

/** Skips `count` characters (and the invisible marks between them) from `pos`: one run entry's copies. */
function skipChars(text: string, pos: number, count: number): number {
  for (let n = 0; n < count && pos < text.length; n++) {
    const c = text.charCodeAt(pos);
    pos += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    while (pos < text.length && CLASS[text.charCodeAt(pos)] === CharClass.Invisible) pos++;
  }
  return pos;
}

/**
 * Where a verified hit starts in the draft. A CJK term has no word edges, so extra copies of its first
 * character lie outside it: 妈的 in 爸爸妈妈的 starts at the second 妈.
 */
export function hitStart(
  text: string,
  stream: FoldedStream,
  termRuns: ReadonlyArray<number> | undefined,
  first: number,
  last: number,
): number {
  const extra = stream.runs[first] - (termRuns ? termRuns[0] : 1);
  if (extra <= 0 || first === last || isLatinCode(stream.codes[first])) return stream.start[first];
  return skipChars(text, stream.start[first], extra);
}

/** Where a verified hit ends: extra copies of a CJK term's last character lie after it. */
export function hitEnd(
  text: string,
  stream: FoldedStream,
  termRuns: ReadonlyArray<number> | undefined,
  first: number,
  last: number,
): number {
  const t = termRuns ? termRuns[last - first] : 1;
  if (stream.runs[last] <= t || first === last || isLatinCode(stream.codes[last]))
    return entryEnd(stream, last);
  let end = stream.start[last];
  for (let n = 0; n < t; n++) {
    const c = text.charCodeAt(end);
    end += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    if (n + 1 < t) while (end < text.length && CLASS[text.charCodeAt(end)] === CharClass.Invisible) end++;
  }
  return end;
}
