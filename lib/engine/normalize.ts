/**
 * Turns a draft into the folded stream the matcher scans: separators dropped, every character folded,
 * leetspeak resolved only next to letters, repeated characters collapsed into one entry with a count,
 * and for every entry the UTF-16 range it came from so findings point at the original text.
 */
import {
  CLASS,
  CharClass,
  FOLD,
  FOLD_INFO,
  INFO_CLASS_SHIFT,
  INFO_LATIN,
  INFO_PLAIN,
  INFO_SKIP_MASK,
  INFO_SLOW,
  LEET,
  foldAstral,
  foldTraditional,
  isBmpHanCode,
  isMaskCode,
} from './fold';

export interface FoldedStream {
  length: number;
  /** Folded code points; 0 marks a line break (never part of a term). */
  codes: Int32Array;
  /** How many identical characters this entry stands for ("fuuuck" → u × 3). */
  runs: Uint16Array;
  /** Original UTF-16 start of the entry's first character. */
  start: Int32Array;
  /**
   * UTF-16 units from the entry's start to the end of its last character (entryEnd): 1 for nearly every entry,
   * so the fold fills it in bulk instead of writing an end per character.
   */
  width: Int32Array;
  /** ENTRY_GLUED / ENTRY_LONE bits per entry. */
  flags: Uint8Array;
}

/** The entry touches the previous one: nothing visible between them ("ab", "a\u200bb"). */
export const ENTRY_GLUED = 1;
/** A Latin letter standing alone between separators ("f u c k", "a.s.s"), possibly several merged ("s s"). */
export const ENTRY_LONE = 2;
/** Longest run of skipped characters between two letters of a term: "f . u", an emoji, a zero-width space. */
export const MAX_GAP = 3;

export function createStream(capacity = 256): FoldedStream {
  return {
    length: 0,
    codes: new Int32Array(capacity),
    runs: new Uint16Array(capacity),
    start: new Int32Array(capacity),
    width: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
  };
}

/** Original UTF-16 end (exclusive) of entry k's last character. */
export const entryEnd = (stream: FoldedStream, k: number) => stream.start[k] + stream.width[k];

function ensureCapacity(stream: FoldedStream, size: number): FoldedStream {
  if (stream.codes.length >= size) return stream;
  return createStream(Math.max(size, stream.codes.length * 2));
}

const isLatinAt = (text: string, i: number) =>
  i < text.length && CLASS[text.charCodeAt(i)] === CharClass.Latin;
/** Is a letter or digit (of any script) at i? Used to tell a lone letter ("f u c k") from part of a word. */
function wordCharAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const cls = CLASS[text.charCodeAt(i)];
  return cls === CharClass.Latin || cls === CharClass.Word || cls === CharClass.Digit;
}

/**
 * Two or more mask characters between two lone letters stand for hidden letters ("b**b", "t**t"), not for a
 * separator between spelled-out ones ("a.s.s", "a*s*s"): such letters are not merged into one.
 */
function hidesLetters(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let k = from; k < to; k++) if (!isMaskCode(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Leet applies when the symbol touches a letter: "sh1t", "$h!t", "a$$" — never inside "2024" or a phone number.
 * Sentence punctuation ("!", "|", "+") counts only before a letter, so "stupid!!!" stays "stupid".
 */
const isLeetPunctuation = (c: number) => {
  const plain = FOLD[c];
  return plain === 0x21 || plain === 0x7c || plain === 0x2b;
};

function leetApplies(text: string, i: number, c: number, prevRawLatin: boolean): boolean {
  // The run of leet characters from i (at most four): a letter right after it makes them all letters ("@$$hole").
  let j = i + 1;
  let symbol = !isLeetPunctuation(c);
  while (j < text.length && j - i < 4 && LEET[text.charCodeAt(j)] !== 0) {
    if (!isLeetPunctuation(text.charCodeAt(j))) symbol = true;
    j++;
  }
  if (isLatinAt(text, j)) return true;
  // After a letter, "!" "|" "+" count only beside another leet character ("cl!tor!$"), so "stupid!!!" stays "stupid".
  return prevRawLatin && symbol;
}

/**
 * State of one fold that the rare characters' path (foldRare) reads and updates: the straight path keeps it in
 * locals and hands it over only when a rare character comes.
 */
interface FoldState {
  n: number;
  prevRawLatin: boolean;
  /** Folded code of the previous entry (0 = line break, -1 = none yet). */
  last: number;
  /** Where the previous entry's touching run ended. */
  lastEnd: number;
}
const foldState: FoldState = { n: 0, prevRawLatin: false, last: -1, lastEnd: -1 };

/**
 * Fills (or replaces, when too small) `into` with the folded form of `text`; returns the stream used.
 * Repeats collapse when they touch ("fuuuck", "pus\u200bsy") or when each is a lone letter between
 * separators ("a.s.s", "p u s s y"), never across a word ("is secure" keeps its two s apart).
 *
 * The loop itself handles plain letters, hanzi and plain separators, nearly every character of a draft; the
 * rest (digits, leet, line breaks, invisible marks, astral characters, a lone letter repeated) goes through
 * foldRare. Kept apart, the hot loop stays small: kit terms exercise every rare path while compiling, and
 * with all of it inline the engine's optimised loop ran about half as fast on plain drafts afterwards.
 */
export function foldInto(text: string, into: FoldedStream, collapseRepeats = true): FoldedStream {
  const stream = ensureCapacity(into, text.length + 1);
  const { codes, runs, start, width, flags } = stream;
  const info = FOLD_INFO;
  const len = text.length;
  const state = foldState;
  let n = 0;
  let prevRawLatin = false;
  let last = -1;
  let lastEnd = -1;
  // The common entry (one letter, touching the previous one) is the default, set in bulk: the loop below then
  // writes only its code and range (two typed-array stores fewer per character).
  runs.fill(1, 0, len + 1);
  width.fill(1, 0, len + 1);
  flags.fill(ENTRY_GLUED, 0, len + 1);
  for (let i = 0; i < len; i++) {
    const bits = info[text.charCodeAt(i)];
    const plain = (bits & INFO_PLAIN) !== 0;
    const folded = bits & 0xffff;
    // A lone letter again after a separator ("a.s.s") takes the rare path, which decides whether it merges.
    const loneAgain =
      plain && folded === last && collapseRepeats && lastEnd !== i && (flags[n - 1] & ENTRY_LONE) !== 0;
    // Straight path for a plain letter or hanzi, by far the most common character.
    if (plain && !loneAgain) {
      if (folded === last && collapseRepeats && lastEnd === i && runs[n - 1] < 0xffff) {
        runs[n - 1]++;
        width[n - 1] = i + 1 - start[n - 1];
        flags[n - 1] &= ~ENTRY_LONE;
      } else {
        const glued = lastEnd === i;
        if (glued && n > 0) flags[n - 1] &= ~ENTRY_LONE;
        codes[n] = folded;
        start[n] = i;
        // Lone until a touching letter follows (which clears it): no look-ahead on the straight path.
        flags[n] = glued ? ENTRY_GLUED : (bits & INFO_LATIN) !== 0 ? ENTRY_LONE : 0;
        n++;
        last = folded;
      }
      // The rest of the word: letters that touch the previous one need no gap, lone-letter or separator test,
      // and the entry before them stops being lone once. Most of a draft goes through this loop.
      let lastBits = bits;
      let nextBits = i + 1 < len ? info[text.charCodeAt(i + 1)] : 0;
      if ((nextBits & INFO_PLAIN) !== 0) {
        flags[n - 1] &= ~ENTRY_LONE;
        do {
          i++;
          lastBits = nextBits;
          const code = nextBits & 0xffff;
          if (code === last && collapseRepeats && runs[n - 1] < 0xffff) {
            runs[n - 1]++;
            width[n - 1] = i + 1 - start[n - 1];
          } else {
            codes[n] = code;
            start[n] = i;
            n++;
            last = code;
          }
          nextBits = i + 1 < len ? info[text.charCodeAt(i + 1)] : 0;
        } while ((nextBits & INFO_PLAIN) !== 0);
      }
      prevRawLatin = (lastBits & INFO_LATIN) !== 0;
      lastEnd = i + 1;
      continue;
    }
    // Plain separators (spaces, punctuation, emoji parts) are skipped without a closer look.
    if (!plain && (bits & INFO_SKIP_MASK) === 0) {
      prevRawLatin = false;
      continue;
    }
    state.n = n;
    state.prevRawLatin = prevRawLatin;
    state.last = last;
    state.lastEnd = lastEnd;
    i = foldRare(text, stream, i, bits, collapseRepeats, state);
    n = state.n;
    prevRawLatin = state.prevRawLatin;
    last = state.last;
    lastEnd = state.lastEnd;
  }
  stream.length = n;
  return stream;
}

/**
 * One character off the straight path (see foldInto): a letter that may merge with a lone one before it, a
 * digit, a leet symbol, a line break, an invisible mark or an astral character. Returns the index of the last
 * UTF-16 unit it consumed.
 */
function foldRare(
  text: string,
  stream: FoldedStream,
  i: number,
  bits: number,
  collapseRepeats: boolean,
  state: FoldState,
): number {
  const { codes, runs, start, width, flags } = stream;
  const len = text.length;
  const c = text.charCodeAt(i);
  const n = state.n;
  let folded = bits & 0xffff;
  let cls = (bits >>> INFO_CLASS_SHIFT) & 7;
  let units = 1;
  // One flag test keeps the common case (letters, hanzi, punctuation) on the straight path.
  if ((bits & INFO_SLOW) !== 0) {
    if (c >= 0xd800 && c <= 0xdbff) {
      const low = i + 1 < len ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        units = 2;
        folded = foldAstral(((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        cls =
          folded === 0 ? 0 /* Separator */ : folded >= 0x61 && folded <= 0x7a ? 1 /* Latin */ : 3; /* Word */
      }
      // A lone high surrogate keeps its table entry: itself, a separator.
    } else if (
      (cls === 2 /* Digit */ || cls === 0) /* Separator */ &&
      leetApplies(text, i, c, state.prevRawLatin)
    ) {
      folded = LEET[c];
      cls = 1; /* Latin */
    }
  }
  if (cls === 5 /* Invisible */) {
    // Transparent: the letters on either side still touch.
    if (state.lastEnd === i) state.lastEnd = i + 1;
    return i;
  }
  state.prevRawLatin = cls === 1; /* Latin */
  if (cls === 0 /* Separator */) return i + units - 1;
  if (cls === 4 /* Break */) {
    if (state.last !== 0) {
      codes[n] = 0;
      runs[n] = 1;
      start[n] = i;
      width[n] = 1;
      flags[n] = 0;
      state.n = n + 1;
      state.last = 0;
    }
    state.lastEnd = -1;
    return i;
  }
  const next = i + units;
  if (collapseRepeats && folded === state.last && cls !== 2 /* Digit */ && runs[n - 1] < 0xffff) {
    // Only touching repeats collapse: "is secure" must not merge into one s.
    if (state.lastEnd === i) {
      runs[n - 1]++;
      width[n - 1] = next - start[n - 1];
      flags[n - 1] &= ~ENTRY_LONE;
      state.lastEnd = next;
      return next - 1;
    }
    if (
      cls === 1 &&
      (flags[n - 1] & ENTRY_LONE) !== 0 &&
      i - (start[n - 1] + width[n - 1]) <= MAX_GAP &&
      !wordCharAt(text, next) &&
      !hidesLetters(text, start[n - 1] + width[n - 1], i)
    ) {
      runs[n - 1]++;
      width[n - 1] = next - start[n - 1];
      state.lastEnd = next;
      return next - 1;
    }
  }
  const glued = state.lastEnd === i;
  if (glued && n > 0) flags[n - 1] &= ~ENTRY_LONE;
  codes[n] = folded;
  runs[n] = 1;
  start[n] = i;
  width[n] = units;
  flags[n] = glued ? ENTRY_GLUED : cls === 1 ? ENTRY_LONE : 0;
  state.n = n + 1;
  state.last = folded;
  state.lastEnd = next;
  return next - 1;
}

function hasBmpHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isBmpHanCode(text.charCodeAt(i))) return true;
  return false;
}

/** Folds a kit term the same way as drafts: returns the collapsed code points and their run counts. */
let termScratch = createStream(128);

const NO_BREAKS: ReadonlySet<number> = new Set();

export function foldTerm(term: string): { codes: number[]; runs: number[]; wordBreaks: ReadonlySet<number> } {
  if (!foldTraditional() && hasBmpHan(term))
    throw new Error('the traditional → simplified table is not loaded in this page');
  // Fold a flat copy, not the term itself: kit terms are mostly interned literals, whose string maps (one- and
  // two-byte) drafts never have. Folded as they are, they made foldInto's feedback megamorphic and every later
  // draft fold 2–7× slower (12 µs → 28–90 µs on 2,000 English characters; test/bench/README.md, round 9).
  termScratch = foldInto((term + ' ').slice(0, -1), termScratch);
  const stream = termScratch;
  const codes: number[] = [];
  const runs: number[] = [];
  let wordBreaks: Set<number> | null = null;
  for (let k = 0; k < stream.length; k++) {
    if (stream.codes[k] === 0) continue;
    // A space in the term ("you people") is a legitimate word break between entries k-1 and k.
    if (
      codes.length > 0 &&
      stream.start[k] > entryEnd(stream, k - 1) &&
      /\s/.test(term.slice(entryEnd(stream, k - 1), stream.start[k]))
    ) {
      (wordBreaks ??= new Set()).add(codes.length - 1);
    }
    codes.push(stream.codes[k]);
    runs.push(stream.runs[k]);
  }
  return { codes, runs, wordBreaks: wordBreaks ?? NO_BREAKS };
}

const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
/** Characters of a word written in leetspeak: ASCII letters, digits and the symbols that stand for letters. */
const isLeetWordChar = (c: number) =>
  isAsciiLetter(c) ||
  (c >= 0x30 && c <= 0x39) ||
  c === 0x40 ||
  c === 0x24 ||
  c === 0x21 ||
  c === 0x7c ||
  c === 0x2b;

/**
 * The second reading of a draft whose words are already in leetspeak: a final "!" of a word that also has "@" or
 * "$" ("p@k!", "hent@!", "n@w@$h!") may be an i as well as an exclamation mark. The fold reads it as the mark
 * (so "$hit!" stays "shit"); the checker also scans this reading for banned terms. Same length as the draft, so
 * offsets carry over; null when no word qualifies (no "!", most drafts).
 * Also read here: a word of three or four "@" and "$" alone, both present ("@$$"): no letter touches its symbols,
 * so the fold leaves them symbols. A plain word's final "!" or "*" stays a mark: read as a letter, 8 and 44 words
 * of an-array-of-english-words spell a term ("pack!" packi, "all*" alla; test/bench/README.md).
 */
export function leetSecondReading(text: string): string | null {
  let chars: string[] | null = null;
  for (let at = text.indexOf('!'); at !== -1; at = text.indexOf('!', at + 1)) {
    // A mark at the very start has no word before it (charCodeAt(-1) is NaN: no leet character); the later ones count.
    const before = text.charCodeAt(at - 1);
    const after = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
    if (before === 0x21 || !isLeetWordChar(before) || (after !== 0x21 && isLeetWordChar(after))) continue;
    let letters = false;
    let symbol = false;
    // A word, not a run of symbols: the look back is bounded, so "a$!!a$!!…" stays linear.
    for (let k = at - 1; k >= 0 && at - k <= MAX_LEET_WORD && isLeetWordChar(text.charCodeAt(k)); k--) {
      const c = text.charCodeAt(k);
      if (isAsciiLetter(c)) letters = true;
      else if (c === 0x40 || c === 0x24) symbol = true;
    }
    if (!letters || !symbol) continue;
    (chars ??= text.split(''))[at] = 'i';
  }
  for (let at = text.indexOf('$'); at !== -1; at = text.indexOf('$', at + 1)) {
    let from = at;
    while (from > 0 && isMoneyOrAt(text.charCodeAt(from - 1))) from--;
    let to = at + 1;
    while (to < text.length && isMoneyOrAt(text.charCodeAt(to))) to++;
    const edges =
      (from === 0 || !isLeetWordChar(text.charCodeAt(from - 1))) &&
      (to === text.length || !isLeetWordChar(text.charCodeAt(to)));
    if (edges && to - from >= 3 && to - from <= 4 && text.slice(from, to).includes('@')) {
      chars ??= text.split('');
      for (let k = from; k < to; k++) chars[k] = text.charCodeAt(k) === 0x40 ? 'a' : 's';
    }
    at = to;
  }
  return chars ? chars.join('') : null;
}
const isMoneyOrAt = (c: number) => c === 0x24 || c === 0x40;
const MAX_LEET_WORD = 40;
