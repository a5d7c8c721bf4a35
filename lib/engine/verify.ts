/**
 * Verifies an automaton hit against the original text: repeat counts, separator gaps, whole-word
 * boundaries, spaced-out spellings, allow-contexts and, for single hanzi, the word segmenter.
 */
import { isHanCode, isLatinCode } from './fold';
import type { FoldedStream } from './normalize';
import type { TermEntry } from './compile-terms';

/** Longest run of skipped characters between two letters of a term: "f . u", an emoji, a zero-width space. */
const MAX_GAP = 3;

let segmenter: Intl.Segmenter | null | undefined;
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
/** Letters that glue onto a Latin term: a–z after folding, or any non-Han letter kept in the stream. */
const gluesToLatin = (code: number) => code !== 0 && (isLatinCode(code) || (code >= 0x30 && code <= 0x39) || (!isHanCode(code) && code > 0x7f));

function hasWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWhitespace(text.charCodeAt(i))) return true;
  return false;
}

/** A Latin term must not be glued to a letter or digit on a side where it starts/ends with one ("class" ≠ "ass"). */
export function wordBoundariesHold(stream: FoldedStream, latinStart: boolean, latinEnd: boolean, first: number, last: number): boolean {
  const { codes, start, end } = stream;
  if (latinStart && first > 0 && end[first - 1] === start[first] && gluesToLatin(codes[first - 1])) return false;
  if (latinEnd && last + 1 < stream.length && start[last + 1] === end[last] && gluesToLatin(codes[last + 1])) return false;
  return true;
}

export function verifyHit(text: string, stream: FoldedStream, entry: TermEntry, first: number, last: number): boolean {
  const { codes, runs, start, end } = stream;
  // Real double letters: "ass" needs two s in the draft, "fuuuck" may have more u than the term.
  for (let k = 0; k < entry.runs.length; k++) if (runs[first + k] < entry.runs[k]) return false;

  let spaced = 0;
  let unexpectedSpace = false;
  for (let k = first; k < last; k++) {
    const gapFrom = end[k];
    const gapTo = start[k + 1];
    if (gapTo - gapFrom > MAX_GAP) return false;
    if (entry.hasLatin && gapTo > gapFrom && hasWhitespace(text, gapFrom, gapTo)) {
      spaced++;
      if (!entry.wordBreaks.has(k - first)) unexpectedSpace = true;
    }
  }
  // "pen is" is not "penis": spaces inside a Latin term are only accepted when every letter stands alone ("f u c k").
  if (unexpectedSpace) {
    if (spaced !== last - first) return false;
    for (let k = first; k <= last; k++) if (runs[k] !== 1 || end[k] - start[k] > 2) return false;
  }

  if (!wordBoundariesHold(stream, entry.latinStart, entry.latinEnd, first, last)) return false;

  for (const context of entry.allow) {
    const from = first - context.offset;
    if (from < 0 || from + context.codes.length > stream.length) continue;
    let same = true;
    for (let k = 0; k < context.codes.length && same; k++) same = codes[from + k] === context.codes[k];
    if (same) return false;
  }

  if (entry.singleHan) return standsAlone(text, start[first], end[last]);
  return true;
}

/** A single hanzi counts only when the segmenter sees it as its own word (靠 yes, 可靠 no). */
function standsAlone(text: string, from: number, to: number): boolean {
  const seg = zhSegmenter();
  if (!seg) return true;
  const windowStart = Math.max(0, from - 8);
  const windowText = text.slice(windowStart, Math.min(text.length, to + 8));
  const offset = from - windowStart;
  // containing() asks for the one segment at the offset instead of walking every segment of the window.
  const part = seg.segment(windowText).containing(offset);
  if (!part) return true;
  return part.index === offset && part.segment.length === to - from;
}
