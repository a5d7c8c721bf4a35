import { isLinkTrailing } from './link-chars';

/**
 * The one set of personal-data detectors: the checker warns with them in the draft and the activity log masks
 * what they find before anything is stored (lib/records/mask.ts). Hand-written scanners, linear in the text and
 * without regex backtracking, for e-mail addresses, phone numbers (CN mobile and landline, international "+…",
 * North American), Chinese resident ID (18 characters, ISO 7064 checksum, a real birth date) and bank cards
 * (13–19 digits, Luhn). Digits may be full-width (１３８…) and grouped by spaces, `-` `.` `(` `)` `/` or their
 * full-width forms; CJK text glued to a number or a link does not hide it. Digits inside links (post ids) are
 * not personal data, but an address in a link's user part (http://john.doe@example.com) is.
 */
export type PrivacyKind = 'email' | 'phone' | 'cn-id' | 'bank-card';

export interface PrivacyHit {
  kind: PrivacyKind;
  start: number;
  end: number;
}

/** 0–9 for an ASCII or full-width digit, -1 otherwise. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
const isDigit = (c: number) => digitValue(c) >= 0;
const isAsciiAlnum = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/** Letters and digits, ASCII or full-width: a number glued to one is part of a code, not a phone. */
const isAlnum = (c: number) =>
  isAsciiAlnum(c) ||
  (c >= 0xff10 && c <= 0xff19) ||
  (c >= 0xff21 && c <= 0xff3a) ||
  (c >= 0xff41 && c <= 0xff5a);
const isLocalChar = (c: number) =>
  isAsciiAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
const isDomainChar = (c: number) => isAsciiAlnum(c) || c === 0x2d || c === 0x2e;
const isPlus = (c: number) => c === 0x2b || c === 0xff0b;
const isOpenParen = (c: number) => c === 0x28 || c === 0xff08;
const isX = (c: number) => c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xff58;

/** Separators people put between digit groups: space, - . ( ) / and their full-width forms, the ideographic space. */
function isGroupSeparator(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0x2f ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xff0d ||
    c === 0xff0e ||
    c === 0xff08 ||
    c === 0xff09 ||
    c === 0xff0f ||
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0x2013
  );
}
const isSpaceSeparator = (c: number) =>
  c === 0x20 || c === 0xa0 || c === 0x3000 || c === 0x2f || c === 0xff0f;

/** Characters a link runs over: printable ASCII without quotes and angle brackets. CJK text ends it. */
const isUrlChar = (c: number) =>
  c > 0x20 && c < 0x7f && c !== 0x22 && c !== 0x27 && c !== 0x3c && c !== 0x3e && c !== 0x60;
const URL_START = /https?:\/\//gi;

/** Where the http(s) links of a text are, as [start, end) pairs in order. */
export function findUrls(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
    const scanned = end;
    while (end > m.index + m[0].length && isLinkTrailing(text.charCodeAt(end - 1))) end--;
    spans.push([m.index, end]);
    URL_START.lastIndex = scanned;
  }
  return spans;
}

export function findEmails(text: string, into: PrivacyHit[]): void {
  let from = 0;
  /** End of the last address found: the next one cannot start inside it. */
  let floor = 0;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', from)) {
    from = at + 1;
    let s = at;
    while (s > floor && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && text.charCodeAt(e - 1) === 0x2e) e--; // sentence-final dot
    // A local part that starts with a dot is the tail of something else (a link's host, a file name).
    while (s < at && text.charCodeAt(s) === 0x2e) s++;
    if (s === at || e === at + 1) continue;
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    if (dot <= 0 || !/^[a-z]{2,}$/i.test(domain.slice(dot + 1))) continue;
    into.push({ kind: 'email', start: s, end: e });
    from = floor = e;
  }
}

/** An ASCII or full-width digit anywhere. */
const ANY_DIGIT = /[0-9\uff10-\uff19]/;

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643: 17 digits, a check character (ISO 7064 MOD 11-2) and a real birth date (YYYYMMDD at 7–14). */
export function isValidCnId(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  if (ID_CHECK[sum % 11] !== id[17].toUpperCase()) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The most digits a personal number has (a 19-digit card); a longer run is read as several numbers or none. */
const MAX_NUMBER_DIGITS = 19;
/** The fewest digits a personal number has (an international number without its country code). */
const MIN_NUMBER_DIGITS = 8;
/** The most space-separated groups one number is written in ("+86 138 0013 8000", "6222 0212 3456 7890 128"). */
const MAX_NUMBER_PARTS = 6;

interface NumberRun {
  start: number;
  end: number;
  /** Where each digit (or the X check character) of the run sits in the text. */
  offsets: number[];
  plus: boolean;
  /** Digit counts at which a space-like separator splits the run into parts, with 0 and digits.length. */
  cuts: number[];
}

/** Reads the grouped digit run that starts at `start` (a digit, a '+' or an opening parenthesis before a digit). */
function readRun(text: string, start: number, plus: boolean): NumberRun {
  const len = text.length;
  const offsets: number[] = [];
  const cuts = [0];
  let j = plus ? start + 1 : start;
  let end = j;
  while (j < len) {
    const c = text.charCodeAt(j);
    const d = digitValue(c);
    if (d >= 0) {
      offsets.push(j);
      j++;
      end = j;
    } else if (isX(c) && cuts.some((cut) => offsets.length - cut === 17)) {
      // The check character after 17 digits, however they were grouped ("110105 19491231 002X").
      offsets.push(j);
      end = j + 1;
      break;
    } else if (isGroupSeparator(c)) {
      // At most two separators in a row ("(415) 555", "138- 0013"), or one between two spaces ("138 - 0013"), and
      // only when digits follow.
      let k = j + 1;
      if (k < len && isGroupSeparator(text.charCodeAt(k)) && !isGroupSeparator(text.charCodeAt(k + 1))) k++;
      else if (
        isSpaceSeparator(c) &&
        isGroupSeparator(text.charCodeAt(k)) &&
        !isSpaceSeparator(text.charCodeAt(k)) &&
        isSpaceSeparator(text.charCodeAt(k + 1)) &&
        !isGroupSeparator(text.charCodeAt(k + 2))
      )
        k += 2;
      const next = k < len ? text.charCodeAt(k) : 0;
      if (!isDigit(next) && !(isOpenParen(next) && isDigit(text.charCodeAt(k + 1)))) break;
      // A space-like separator, or an opening parenthesis after digits ("440304199001011233（138）…": an ID then
      // a number whose area code is in parentheses), starts a new part.
      let spaced = false;
      for (let s = j; s < k; s++)
        spaced ||= isSpaceSeparator(text.charCodeAt(s)) || isOpenParen(text.charCodeAt(s));
      if (spaced && offsets.length > 0) cuts.push(offsets.length);
      j = k;
    } else break;
  }
  cuts.push(offsets.length);
  return { start, end, offsets, plus, cuts };
}

/** The ASCII digits (and X) of a run's digits from..to. */
function digitsOf(text: string, offsets: number[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(offsets[k]);
    out += isX(c) ? 'X' : String.fromCharCode(0x30 + digitValue(c));
  }
  return out;
}

/** Whether a number of this length and first digit could be one classifyNumber accepts (a cheap first test). */
function plausible(first: number, count: number, plus: boolean, grouped: boolean): boolean {
  if (plus) return count <= 15;
  if (first >= 2 && first <= 6 && count >= 13) return true; // cards (2: Mastercard's 2221–2720)
  if (
    count === 18 ||
    (count === 11 && first === 1) ||
    (count === 13 && first === 8) ||
    (count === 15 && first === 0)
  )
    return true;
  return (
    grouped && ((first === 0 && count >= 10 && count <= 12) || count === 10 || (count === 11 && first === 1))
  );
}

/** Mastercard's 2-series, 2221–2720 (16 digits): the only cards whose first digit is 2. */
const MASTERCARD_2_SERIES = /^2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}$/;

function classifyNumber(digits: string, plus: boolean, grouped: boolean): PrivacyKind | undefined {
  if (digits.length < MIN_NUMBER_DIGITS || digits.length > MAX_NUMBER_DIGITS) return undefined;
  if (plus) {
    if (/^861[3-9]\d{9}$/.test(digits)) return 'phone';
    return digits.length <= 15 && /^\d+$/.test(digits) ? 'phone' : undefined;
  }
  if (/^(?:0086|86)?1[3-9]\d{9}$/.test(digits)) return 'phone';
  if (digits.length === 18 && isValidCnId(digits)) return 'cn-id';
  if (digits.length >= 13 && /^[3-6]\d+$/.test(digits) && isLuhnValid(digits)) return 'bank-card';
  if (digits.length === 16 && MASTERCARD_2_SERIES.test(digits) && isLuhnValid(digits)) return 'bank-card';
  // Landlines and North American numbers look like any number until they are written grouped.
  if (grouped && /^0[1-9]\d{8,10}$/.test(digits)) return 'phone';
  if (grouped && /^1?[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return 'phone';
  return undefined;
}

/**
 * Digit runs that may be grouped ("138 0013 8000", "+86-138-0013-8000", "(138)0013-8000", "４１１１．１１１１…").
 * A run holding several numbers ("2024-05-01 13800138000", two cards in a row) is read as the longest numbers
 * its space-separated parts make, from the left; each part is tried a bounded number of times.
 */
export function findNumbers(text: string, into: PrivacyHit[], knownUrls?: Array<[number, number]>): void {
  // Every number starts with a digit: a native search skips the scan (and the link search) for most drafts.
  if (!ANY_DIGIT.test(text)) return;
  const urls = knownUrls ?? findUrls(text);
  const len = text.length;
  let url = 0;
  let i = 0;
  while (i < len) {
    while (url < urls.length && urls[url][1] <= i) url++;
    if (url < urls.length && urls[url][0] <= i) {
      i = urls[url][1];
      continue;
    }
    const c = text.charCodeAt(i);
    const plus = isPlus(c) && i + 1 < len && isDigit(text.charCodeAt(i + 1));
    const paren = isOpenParen(c) && i + 1 < len && isDigit(text.charCodeAt(i + 1));
    if (!isDigit(c) && !plus && !paren) {
      i++;
      continue;
    }
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    const run = readRun(text, i, plus);
    i = Math.max(run.end, i + 1);
    // A link glued after the number ("…002Xhttps://…") ends it like a space would.
    while (url < urls.length && urls[url][1] <= run.end) url++;
    const linkAfter = url < urls.length && urls[url][0] === run.end;
    const after = run.end < len && !linkAfter ? text.charCodeAt(run.end) : 0;
    // Letters glued to the first or last part make it part of a code, not a number.
    const firstOk = paren || !isAlnum(before);
    const lastOk = !isAlnum(after);
    const { cuts, offsets } = run;
    const parts = cuts.length - 1;
    for (let p = 0; p < parts;) {
      let taken = 0;
      if (p > 0 || firstOk) {
        for (let q = Math.min(parts, p + MAX_NUMBER_PARTS); q > p && !taken; q--) {
          const count = cuts[q] - cuts[p];
          if ((q === parts && !lastOk) || count > MAX_NUMBER_DIGITS || count < MIN_NUMBER_DIGITS) continue;
          const start = p === 0 ? run.start : offsets[cuts[p]];
          const end = offsets[cuts[q] - 1] + 1;
          const plusHere = p === 0 && run.plus;
          const grouped = end - (plusHere ? start + 1 : start) > cuts[q] - cuts[p];
          if (!plausible(digitValue(text.charCodeAt(offsets[cuts[p]])), count, plusHere, grouped)) continue;
          const kind = classifyNumber(digitsOf(text, offsets, cuts[p], cuts[q]), plusHere, grouped);
          if (kind) {
            into.push({ kind, start, end });
            taken = q - p;
          }
        }
      }
      p += taken || 1;
    }
  }
}

/** Every built-in personal-data hit of a text, in order and without overlaps. */
export function findPersonalData(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  findEmails(text, hits);
  findNumbers(text, hits);
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PrivacyHit[] = [];
  for (const hit of hits) if (!kept.length || hit.start >= kept[kept.length - 1].end) kept.push(hit);
  return kept;
}

const isMaskable = (c: number) =>
  digitValue(c) >= 0 || c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xff58;

/**
 * The masked form of one hit: what the log stores and what the draft's finding offers as its fix, so both agree.
 * Numbers keep their last four digits (enough to tell two apart) and every separator; an address keeps its first
 * letter and its domain.
 */
export function maskPersonalValue(kind: PrivacyKind | 'custom', value: string): string {
  if (kind === 'email') return `${value[0]}***${value.slice(value.indexOf('@'))}`;
  if (kind === 'custom') return maskCustomValue(value);
  let significant = 0;
  for (let i = 0; i < value.length; i++) if (isMaskable(value.charCodeAt(i))) significant++;
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++)
    out += isMaskable(value.charCodeAt(i)) && ++seen <= significant - 4 ? '*' : value[i];
  return out;
}

/** The fewest letters and digits a kit-defined match needs before its last four may stay readable (8 stay hidden). */
const CUSTOM_KEEP_FROM = 12;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A kit's own detector (an employee number, a member ID) can match anything, so every letter and digit is
 * masked; a long value keeps its last four like a number does, a short one keeps nothing.
 */
function maskCustomValue(value: string): string {
  const chars = Array.from(value);
  const significant = chars.filter((c) => LETTER_OR_DIGIT.test(c)).length;
  const hidden = significant >= CUSTOM_KEEP_FROM ? significant - 4 : significant;
  let seen = 0;
  return chars.map((c) => (LETTER_OR_DIGIT.test(c) && ++seen <= hidden ? '*' : c)).join('');
}
