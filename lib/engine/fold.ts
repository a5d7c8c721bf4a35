/**
 * Character folding: one table lookup per UTF-16 unit turns a disguised character into the plain form the
 * matcher compares (case, full-width, circled/mathematical letters, diacritics, Cyrillic/Greek homoglyphs,
 * traditional → simplified). Built once at module load, by ranges (buildTables).
 *
 * The traditional → simplified pairs may arrive later: in the in-page assistant they are an optional part
 * (lib/assistant/t2s-part.ts), injected only for kits with hanzi. Until they are folded in, a kit term with a
 * hanzi cannot be folded (foldTerm throws), so no compiled kit has one, and a draft's hanzi, folded to itself,
 * can change no finding.
 */
import { t2sTable } from './data/t2s-table';

/** How the normaliser treats a character. */
export const CharClass = {
  /** Punctuation, spaces, emoji, zero-width, combining marks: skipped inside a term. */
  Separator: 0,
  /** Folds to a–z. */
  Latin: 1,
  Digit: 2,
  /** Any other letter (Han, kana, Hangul, non-homoglyph Cyrillic…): kept, no case. */
  Word: 3,
  /** A line break: a term never spans one. */
  Break: 4,
  /**
   * Zero-width and combining characters (U+200B, soft hyphen, variation selectors, diacritics added as marks):
   * skipped like separators, but invisible, so the letters around them still count as touching ("pus\u200bsy").
   */
  Invisible: 5,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

export const FOLD = new Uint16Array(0x10000);
export const CLASS = new Uint8Array(0x10000);
/** Symbol or digit → letter, used only when the character touches a Latin letter ("sh1t", "$h!t"). */
export const LEET = new Uint16Array(0x10000);

/**
 * FOLD, CLASS and a "needs a closer look" flag packed into one word, so the normaliser's common case
 * (plain ASCII, CJK, punctuation) is a single table load: bits 0–15 folded code, bits 16–18 class,
 * INFO_SLOW set on leet candidates and high surrogates.
 */
export const FOLD_INFO = new Int32Array(0x10000);
export const INFO_CLASS_SHIFT = 16;
export const INFO_SLOW = 1 << 19;
/** Zero under this mask = a separator that needs no closer look (class Separator is 0, no INFO_SLOW). */
export const INFO_SKIP_MASK = (7 << INFO_CLASS_SHIFT) | INFO_SLOW;
/** A letter (Latin or Word class) that needs no closer look: the normaliser's straight path. */
export const INFO_PLAIN = 1 << 20;
/** Set together with INFO_PLAIN on letters that fold to a–z. */
export const INFO_LATIN = 1 << 21;

const HOMOGLYPHS: Record<string, string> = {
  // Cyrillic (lower-case; upper-case is lowered first)
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ɡ: 'g',
  ɩ: 'i',
  ո: 'n',
  ս: 'u',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ς: 's',
  ά: 'a',
  έ: 'e',
  ί: 'i',
  ό: 'o',
  ύ: 'u',
  ϲ: 'c',
};
const LEET_MAP: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  $: 's',
  '@': 'a',
  '!': 'i',
  '|': 'l',
  '+': 't',
  '€': 'e',
  '¡': 'i',
};

/**
 * Separators: punctuation, spaces, symbols, arrows, box drawing, combining marks, surrogates, private use, as
 * [from, to] pairs. Ranges, not a predicate: the tables below are filled from them, not asked code by code.
 */
const SEPARATOR_RANGES = [
  0x00, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0xbf, 0xd7, 0xd7, 0xf7, 0xf7, 0x0300, 0x036f, 0x1ab0, 0x1aff,
  0x1dc0, 0x1dff, 0x2000, 0x206f, 0x20a0, 0x20ff, 0x2190, 0x245f, 0x2500, 0x2bff, 0x2e00, 0x2e7f, 0x3000,
  0x3004, 0x3008, 0x3020, 0x30fb, 0x30fb, 0xd800, 0xdfff, 0xe000, 0xf8ff, 0xfe00, 0xfe0f, 0xfe10, 0xfe6f,
  0xfeff, 0xfeff, 0xfff0, 0xffff,
];

/** Zero-width characters, bidi controls, variation selectors and combining marks, as [from, to] pairs. */
const INVISIBLE_RANGES = [
  0xad, 0xad, 0x034f, 0x034f, 0x061c, 0x061c, 0x180e, 0x180e, 0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x206f,
  0xfeff, 0xfeff, 0xfe00, 0xfe0f, 0x0300, 0x036f, 0x1ab0, 0x1aff, 0x1dc0, 0x1dff, 0x20d0, 0x20ff,
];

function fillRanges(table: Uint8Array, ranges: readonly number[], value: number): void {
  for (let i = 0; i < ranges.length; i += 2) table.fill(value, ranges[i], ranges[i + 1] + 1);
}

function foldChar(ch: string): string {
  const cp = ch.charCodeAt(0);
  let s = ch;
  // Compatibility forms: full-width, circled, letter-like symbols; NFD strips diacritics off Latin letters.
  if (
    (cp >= 0xff01 && cp <= 0xff5e) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x2100 && cp <= 0x214f) ||
    (cp >= 0x1d00 && cp <= 0x1dbf)
  ) {
    s = s.normalize('NFKC');
  }
  if (
    (cp >= 0xc0 && cp <= 0x2af) ||
    (cp >= 0x1e00 && cp <= 0x1eff) ||
    (cp >= 0x0370 && cp <= 0x03ff) ||
    (cp >= 0x0400 && cp <= 0x04ff)
  ) {
    s = s.normalize('NFD').charAt(0);
  }
  if (s === 'ß') return 's';
  if (s === 'ø' || s === 'Ø') return 'o';
  if (s === 'ł' || s === 'Ł') return 'l';
  if (s === 'đ' || s === 'Đ') return 'd';
  if (s.length !== 1) return ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  s = s.toLowerCase();
  if (s.length !== 1) return ch;
  return HOMOGLYPHS[s] ?? s;
}

/** Codes whose fold is not themselves (foldChar), [from, to] pairs; every other code folds to itself. */
const FOLD_RANGES = [
  0x41, 0x5a, 0xc0, 0x2af, 0x0370, 0x04ff, 0x0500, 0x058f, 0x1d00, 0x1dbf, 0x1e00, 0x1eff, 0x2100, 0x214f,
  0x2460, 0x24ff, 0xff01, 0xff5e,
];

/** Line breaks: LF, CR, line and paragraph separators. */
const BREAKS: readonly number[] = [0x0a, 0x0d, 0x2028, 0x2029];

/**
 * The tables, filled by ranges: a code that folds to itself gets its class from the ranges above (later fills win,
 * so they are made in the reverse of classify's order); only the ≈2,000 codes of FOLD_RANGES are folded and
 * classified one by one. Code by code over all 65,536 (≈23,000 after skipping CJK) this cost 12–24 ms of a first
 * focus, run cold when the assistant is injected (issue 18, profiled at load 5–16).
 */
function buildTables(): void {
  const separator = new Uint8Array(0x10000);
  fillRanges(separator, SEPARATOR_RANGES, 1);
  const invisible = new Uint8Array(0x10000);
  fillRanges(invisible, INVISIBLE_RANGES, 1);
  // classify, for a code that folds to itself: break, invisible, a–z, digit, "%", separator, else word.
  CLASS.fill(CharClass.Word);
  fillRanges(CLASS, SEPARATOR_RANGES, CharClass.Separator);
  CLASS[0x25] = CharClass.Word; // "%" is part of claims such as "100%"
  CLASS.fill(CharClass.Digit, 0x30, 0x3a);
  CLASS.fill(CharClass.Latin, 0x61, 0x7b);
  fillRanges(CLASS, INVISIBLE_RANGES, CharClass.Invisible);
  for (const cp of BREAKS) CLASS[cp] = CharClass.Break;
  // FOLD_INFO's bits by class (CharClass values are 0–5), for codes that are neither leet nor high surrogates.
  const bits = Array.from({ length: 6 }, (_, charClass) => infoBits(charClass, false));
  for (let cp = 0; cp < 0x10000; cp++) {
    FOLD[cp] = cp;
    FOLD_INFO[cp] = cp | bits[CLASS[cp]];
  }
  for (let i = 0; i < FOLD_RANGES.length; i += 2) {
    for (let cp = FOLD_RANGES[i]; cp <= FOLD_RANGES[i + 1]; cp++) {
      const folded = foldChar(String.fromCharCode(cp)).charCodeAt(0);
      FOLD[cp] = folded;
      CLASS[cp] = classify(cp, folded, separator, invisible);
      FOLD_INFO[cp] = folded | bits[CLASS[cp]];
    }
  }
  for (const [from, to] of Object.entries(LEET_MAP)) {
    LEET[from.charCodeAt(0)] = to.charCodeAt(0);
    setInfo(from.charCodeAt(0));
  }
  // Full-width digits and symbols are leet like their ASCII forms (ｓｈ１ｔ, ａ＄＄).
  for (let cp = 0xff01; cp <= 0xff5e; cp++) {
    if (LEET[FOLD[cp]] !== 0) LEET[cp] = LEET[FOLD[cp]];
    setInfo(cp);
  }
  for (let cp = 0xd800; cp <= 0xdbff; cp++) setInfo(cp);
}

function classify(cp: number, folded: number, separator: Uint8Array, invisible: Uint8Array): CharClass {
  if (BREAKS.includes(cp)) return CharClass.Break;
  if (invisible[cp]) return CharClass.Invisible;
  if (folded >= 0x61 && folded <= 0x7a) return CharClass.Latin;
  if (folded >= 0x30 && folded <= 0x39) return CharClass.Digit;
  if (folded === 0x25) return CharClass.Word; // "%" is part of claims such as "100%"
  if (separator[folded] || separator[cp]) return CharClass.Separator;
  return CharClass.Word;
}

/** FOLD_INFO's bits above the folded code; `slow` for leet candidates and high surrogates. */
function infoBits(charClass: number, slow: boolean): number {
  const letter = !slow && (charClass === CharClass.Latin || charClass === CharClass.Word);
  return (
    (charClass << INFO_CLASS_SHIFT) |
    (slow ? INFO_SLOW : 0) |
    (letter ? INFO_PLAIN : 0) |
    (letter && charClass === CharClass.Latin ? INFO_LATIN : 0)
  );
}

function setInfo(cp: number): void {
  FOLD_INFO[cp] = FOLD[cp] | infoBits(CLASS[cp], LEET[cp] !== 0 || (cp >= 0xd800 && cp <= 0xdbff));
}

let traditionalFolded = false;

/**
 * Folds traditional hanzi to simplified from now on, if the pairs are here (always, outside the in-page
 * assistant). Every pair is a BMP hanzi to a hanzi: the class stays Word, only the folded code changes.
 */
export function foldTraditional(): boolean {
  if (traditionalFolded) return true;
  const table = t2sTable();
  if (table === undefined) return false;
  for (let i = 0; i < table.traditional.length; i++) {
    const cp = table.traditional.charCodeAt(i);
    FOLD[cp] = table.simplified.charCodeAt(i);
    setInfo(cp);
  }
  traditionalFolded = true;
  return true;
}

buildTables();
foldTraditional();

const MIDDLE_FINGER = 0x1f595;

/**
 * Folds an astral code point (mathematical alphanumerics, squared/negative-circled letters, regional
 * indicators, CJK extensions, 🖕). Returns 0 for a separator (other emoji and everything else).
 */
export function foldAstral(cp: number): number {
  if (cp >= 0x1d400 && cp <= 0x1d7ff) {
    const n = String.fromCodePoint(cp).normalize('NFKC').toLowerCase();
    const c = n.charCodeAt(0);
    if (n.length === 1) return HOMOGLYPHS[n] ? HOMOGLYPHS[n].charCodeAt(0) : c;
    return 0;
  }
  if (cp >= 0x1f130 && cp <= 0x1f189) {
    const letter = (cp - 0x1f130) % 0x20;
    return letter < 26 ? 0x61 + letter : 0;
  }
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return 0x61 + (cp - 0x1f1e6);
  // The one emoji that is itself an obscene gesture (profane-words lists it): kept as a word character so a
  // kit can ban it. Every other emoji stays a separator, so "傻😀逼" is still 傻逼.
  if (cp === MIDDLE_FINGER) return cp;
  if (cp >= 0x20000 && cp <= 0x3134f) return cp;
  return 0;
}

/** Sentence punctuation (，。！？；：、… and the ASCII forms) and line breaks: a CJK term never spans one. */
export function isSentenceStop(c: number): boolean {
  switch (c) {
    case 0x2c:
    case 0x2e:
    case 0x21:
    case 0x3f:
    case 0x3b:
    case 0x3a:
    case 0x0a:
    case 0x0d:
    case 0x3001:
    case 0x3002:
    case 0xff0c:
    case 0xff0e:
    case 0xff01:
    case 0xff1f:
    case 0xff1b:
    case 0xff1a:
    case 0x2026:
    case 0x2025:
    case 0xff61:
    case 0xff64:
    case 0x203c:
    case 0x2047:
    case 0x2048:
    case 0x2049:
    case 0x2028:
    case 0x2029:
    case 0xfe50:
    case 0xfe51:
    case 0xfe52:
    case 0xfe54:
    case 0xfe55:
    case 0xfe56:
    case 0xfe57:
      return true;
    default:
      return false;
  }
}

/** Characters people put in place of letters they hide ("f*ck", "b##ch", "f__k"). */
export const isMaskCode = (c: number) =>
  c === 0x2a || c === 0x23 || c === 0x5f || c === 0xff0a || c === 0xff03 || c === 0xff3f || c === 0x2217;

export const isLatinCode = (c: number) => c >= 0x61 && c <= 0x7a;
/** A BMP hanzi: every character the traditional → simplified pairs fold is one. */
export const isBmpHanCode = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
export const isHanCode = (c: number) => isBmpHanCode(c) || (c >= 0x20000 && c <= 0x3134f);
