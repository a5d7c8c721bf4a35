/**
 * Length in each platform's own unit. X uses twitter-text's v3 weighting, re-implemented here because the
 * twitter-text package pulls a ~150 KB TLD regex into every page; unit tests compare both on many drafts.
 * v3: code points in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F, U+2032–U+2037 weigh 1, everything else 2;
 * an emoji sequence weighs 2 as a whole; a URL weighs 23 (lib/engine/x-links.ts finds them); text is NFC-normalised first.
 */
import { codePointAt, emojiEnd } from './emoji';
import { isSpace } from './link-chars';
import { findXLinks } from './x-links';
import type { LengthUnit } from './types';

const URL_WEIGHT = 23;
function isLight(cp: number): boolean {
  return (
    cp <= 0x10ff ||
    (cp >= 0x2000 && cp <= 0x200d) ||
    (cp >= 0x2010 && cp <= 0x201f) ||
    (cp >= 0x2032 && cp <= 0x2037)
  );
}

/** A unit outside the loop's first fast path below (U+00A9 and up, digits, # and *, which may start an emoji). */
const NOT_LIGHT_ASCII = /[#*0-9\u00a9-\uffff]/;

function weightOfPlain(text: string): number {
  // Text made only of such units (most English drafts) weighs its length: one native search instead of the walk.
  if (!NOT_LIGHT_ASCII.test(text)) return text.length;
  let weight = 0;
  for (let i = 0; i < text.length;) {
    // Most of a draft: a code unit below U+00A9 (the first emoji) that cannot start a keycap weighs 1.
    const c = text.charCodeAt(i);
    if (c < 0xa9 && (c < 0x30 || c > 0x39) && c !== 0x23 && c !== 0x2a) {
      weight++;
      i++;
      continue;
    }
    // CJK, Hangul and the rest up to the surrogates weigh 2 and start no emoji.
    if (c >= 0x3400 && c < 0xd800) {
      weight += 2;
      i++;
      continue;
    }
    const end = emojiEnd(text, i);
    if (end > i) {
      weight += 2;
      i = end;
      continue;
    }
    const cp = codePointAt(text, i);
    weight += isLight(cp) ? 1 : 2;
    i += cp > 0xffff ? 2 : 1;
  }
  return weight;
}

/** X's weighted length (280 is the limit). */
export function xWeightedLength(draft: string): number {
  const text = draft.normalize('NFC');
  let weight = 0;
  let lastEnd = 0;
  for (const [start, end] of findXLinks(text)) {
    weight += weightOfPlain(text.slice(lastEnd, start)) + URL_WEIGHT;
    lastEnd = end;
  }
  return weight + weightOfPlain(text.slice(lastEnd));
}

export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (
      c >= 0xd800 &&
      c <= 0xdbff &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function measure(text: string, unit: LengthUnit): number {
  if (unit === 'weighted') return xWeightedLength(text);
  if (unit === 'bytes') return utf8Length(text);
  return codePointLength(text);
}

/**
 * Where a draft goes over `max` (UTF-16 offset): the overflow is what a length finding marks, the way the sites'
 * own counters do, instead of the whole draft. Found by bisecting prefixes (every unit only grows with the text).
 */
export function overflowStart(text: string, unit: LengthUnit, max: number): number {
  let fits = 0;
  let over = text.length;
  while (over - fits > 1) {
    let mid = (fits + over) >>> 1;
    // Never measure (or cut) half a surrogate pair: its lone half weighs more than the pair.
    if (isHighSurrogate(text.charCodeAt(mid - 1)) && ++mid >= over) break;
    if (measure(text.slice(0, mid), unit) <= max) fits = mid;
    else over = mid;
  }
  return fits > 0 && isHighSurrogate(text.charCodeAt(fits - 1)) ? fits - 1 : fits;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * overflowStart for a draft being typed: each prefix is measured on its own and only grows with the text, so the
 * answer depends on the text up to just past it; typing after the cut keeps the last answer without measuring.
 */
export class OverflowTracker {
  private last: { unit: LengthUnit; max: number; start: number; prefix: string } | null = null;

  start(text: string, unit: LengthUnit, max: number): number {
    const last = this.last;
    if (last && last.unit === unit && last.max === max && text.startsWith(last.prefix)) return last.start;
    const start = overflowStart(text, unit, max);
    // The bisection decided between prefixes of up to start + 2 units (start may step back off a surrogate).
    this.last = { unit, max, start, prefix: text.slice(0, start + 2) };
    return start;
  }
}

/** Cut a draft into chunks of about this many UTF-16 units (at the first whitespace after it). */
const CHUNK_UNITS = 64;

/**
 * X's weighted length of a draft being typed, re-measuring only the chunks an edit touched. A chunk ends just after
 * a whitespace character, and the weighted length is additive over such cuts: no link, emoji sequence or surrogate
 * pair spans whitespace, and NFC neither composes nor reorders across it (a whitespace character is a starter that
 * combines with nothing). So the sum of the chunks' xWeightedLength is the draft's: unit tests compare the two on
 * random edits. A chunk is reused when the text holds it at the same distance from the start or from the end.
 */
export class WeightedLengthTracker {
  private chunks: Array<{ text: string; weight: number }> = [];

  measure(text: string): number {
    const old = this.chunks;
    // Leading chunks the text still starts with: each ends in whitespace, so the cut after it is still a cut.
    let head = 0;
    let from = 0;
    while (head < old.length && endsInSpace(old[head].text) && text.startsWith(old[head].text, from)) {
      from += old[head].text.length;
      head++;
    }
    // Trailing chunks the text still ends with, each starting where the text has a cut (after whitespace or at 0).
    let tail = old.length;
    let to = text.length;
    while (tail > head) {
      const chunk = old[tail - 1].text;
      const start = to - chunk.length;
      if (start < from || !text.endsWith(chunk, to) || (start > 0 && !isSpace(text.charCodeAt(start - 1))))
        break;
      to = start;
      tail--;
    }
    const middle: Array<{ text: string; weight: number }> = [];
    for (let start = from; start < to;) {
      let end = Math.min(start + CHUNK_UNITS, to);
      while (end < to && !isSpace(text.charCodeAt(end - 1))) end++;
      const chunk = text.slice(start, end);
      middle.push({ text: chunk, weight: xWeightedLength(chunk) });
      start = end;
    }
    this.chunks = old.slice(0, head).concat(middle, old.slice(tail));
    let weight = 0;
    for (const chunk of this.chunks) weight += chunk.weight;
    return weight;
  }
}

const endsInSpace = (chunk: string) => chunk.length > 0 && isSpace(chunk.charCodeAt(chunk.length - 1));
