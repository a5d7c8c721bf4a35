/**
 * The links X counts as 23 characters: http(s) URLs and bare domains with a real TLD. A hand-written scanner
 * rather than one regex: the regex form `\b(?:label\.)+tld\b` retries every dot of a long `a.a.a…` run and took
 * 200–400 ms per check on 20,000 characters. Here every character is looked at a bounded number of times.
 * Where a link starts and ends follows X's own counter (twitter-text 3.1's URL grammar: what may precede a link, where
 * its host, path and query end, and its TLDs: every country code and generic TLD of its list). x-links.test and
 * length.test compare it with twitter-text, and with the old regex for bare domains.
 */

import { isLinkTrailing, isSpace } from './link-chars';
import { X_GENERIC_TLDS, X_IDN_TLDS } from './x-tlds';

// Every country code (twitter-text's list, grouped by first letter).
const COUNTRY_GROUPS =
  'a[cdefgilmnoqrstuwxz]|b[abdefghijlmnoqrstvwyz]|c[acdfghiklmnoruvwxyz]|d[ejkmoz]|e[ceghrstu]|f[ijkmor]|g[abdefghilmnpqrstuwy]|' +
  'h[kmnrtu]|i[delmnoqrst]|j[emop]|k[eghimnprwyz]|l[abcikrstuvy]|m[acdefghklmnopqrstuvwxyz]|n[acefgilopruz]|o[m]|p[aefghklmnrstwy]|q[a]|' +
  'r[eosuw]|s[abcdeghijklmnorstuvxyz]|t[cdfghjklmnoprtvwz]|u[agkmsyz]|v[aceginu]|w[fs]|y[et]|z[amw]';
/** COUNTRY[first * 26 + second] (letters as 0–25) says whether that two-letter code is a TLD. */
const COUNTRY = new Uint8Array(26 * 26);
for (const group of COUNTRY_GROUPS.split('|')) {
  for (const second of group.slice(2, -1))
    COUNTRY[(group.charCodeAt(0) - 97) * 26 + second.charCodeAt(0) - 97] = 1;
}
/** Every generic TLD X knows, by name (lower case). */
const GENERIC = new Set(X_GENERIC_TLDS.split(' '));
/** The TLDs X knows that are not ASCII (中国, 香港, 公司 …). */
const IDN_TLDS = X_IDN_TLDS.split(' ');
/** The longest generic TLD's length: a longer run is none (and is never copied to be looked up). */
let GENERIC_MAX = 0;
for (const tld of GENERIC) GENERIC_MAX = Math.max(GENERIC_MAX, tld.length);

const isAlnum = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isWord = (c: number) => isAlnum(c) || c === 0x5f;
const isHostChar = (c: number) => isAlnum(c) || c === 0x2d || c === 0x2e;
const isPathChar = (c: number) => !isSpace(c) && c !== 0x3c && c !== 0x3e && c !== 0x22;
/** What may stand just before a link (twitter-text 3.1): no letter, digit or _, and none of @ $ # (or ＠ ＃). */
const mayPrecedeLink = (c: number) =>
  !isWord(c) && c !== 0x40 && c !== 0x24 && c !== 0x23 && c !== 0xff20 && c !== 0xff03;
/** Before a bare domain, not - . / either ("-foo.com", "/onbrand.app" and the host of "a@b.com" are text). */
const mayPrecedeDomain = (c: number) => mayPrecedeLink(c) && c !== 0x2d && c !== 0x2e && c !== 0x2f;

const HTTP = /https?:\/\//gi;
/** Necessary for a bare domain: a label's last letter or digit, the dot, the TLD's first letter. */
const DOMAIN_HINT = /[0-9A-Za-z]\.[A-Za-z]/;

const endsNoTld = (c: number) => isAlnum(c) || c === 0x40 || c === 0x2b || c === 0x2d;

/** Lower-case ASCII letter as 0–25, or -1. */
const letter = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? (c | 0x20) - 0x61 : -1);

/** "xn--" (any case) at `at`. */
const isPunycodeStart = (text: string, at: number) =>
  (text.charCodeAt(at) | 0x20) === 0x78 &&
  (text.charCodeAt(at + 1) | 0x20) === 0x6e &&
  text.charCodeAt(at + 2) === 0x2d &&
  text.charCodeAt(at + 3) === 0x2d;

/**
 * Length of the TLD at `at` (ASCII, any case) followed by a word boundary, or 0. X's TLD ends before anything but a
 * letter, a digit, @, + or - ("t.cn_x" is the link t.cn, then "_x"), so the TLD is the whole run of letters and
 * digits from `at`, and at most one TLD can start there.
 */
function tldAt(text: string, at: number, tokenEnd: number): number {
  if (isPunycodeStart(text, at)) {
    // An internationalized TLD in its ASCII form ("xn--fiqs8s"): X takes its run of letters, digits and hyphens.
    let end = at + 4;
    while (end < tokenEnd && (isAlnum(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2d)) end++;
    return end > at + 4 ? end - at : 0;
  }
  let end = at;
  while (end < tokenEnd && isAlnum(text.charCodeAt(end))) end++;
  const length = end - at;
  if (length < 2 || endsNoTld(text.charCodeAt(end))) return 0;
  if (length === 2) {
    const first = letter(text.charCodeAt(at));
    const second = letter(text.charCodeAt(at + 1));
    return first >= 0 && second >= 0 && COUNTRY[first * 26 + second] ? 2 : 0;
  }
  return length <= GENERIC_MAX && GENERIC.has(text.slice(at, end).toLowerCase()) ? length : 0;
}

/** The ASCII characters `set` matches, as a 128-entry table (one read per character of a link, no regex test). */
function asciiTable(set: RegExp): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (set.test(String.fromCharCode(c))) table[c] = 1;
  return table;
}

/** ASCII a link's path may hold as X reads it (twitter-text 3.1: its path characters; "?" starts a query). */
const URL_ASCII = asciiTable(/[A-Za-z0-9!*';:=+,.$/%#[\]\-_~@|&]/);
/**
 * A character of a link's path or query, as X's counter reads it: the ASCII above, the en dash, twitter-text's
 * Latin accents and Cyrillic. Anything else ends the link: a Chinese draft that glues text to a link
 * ("https://t.cn/A6abc电话…", "官网 onbrand.app/zh。欢迎") weighs that text as text, not as part of the 23.
 */
function isUrlPathChar(c: number): boolean {
  if (c < 0x80) return URL_ASCII[c] === 1;
  return (
    c === 0x2013 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    c === 0x253 ||
    c === 0x254 ||
    c === 0x256 ||
    c === 0x257 ||
    c === 0x259 ||
    c === 0x25b ||
    c === 0x263 ||
    c === 0x268 ||
    c === 0x26f ||
    c === 0x272 ||
    c === 0x289 ||
    c === 0x28b ||
    c === 0x2bb ||
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x400 && c <= 0x4ff) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** ASCII a link's query may hold (twitter-text 3.1), parentheses included: no accents, no Cyrillic. */
const URL_QUERY = asciiTable(/[A-Za-z0-9!?*'@();:&=+$/%#[\]\-_.,~|]/);

/** The end of a link's path or query starting at `from` (a "/" or "?"): a path holds only balanced parentheses. */
function pathEnd(text: string, from: number): number {
  let end = from;
  for (; end < text.length; end++) {
    const c = text.charCodeAt(end);
    if (c === 0x3f) return queryEnd(text, end);
    if (c === 0x28) {
      const close = balancedParenEnd(text, end);
      if (close < 0) break;
      end = close - 1;
    } else if (!isUrlPathChar(c)) break;
  }
  return end;
}

/**
 * Just past the ")" that balances the "(" at `at` as X's grammar allows: path characters inside, or one pair nested
 * among them ("(b)", "(b(c)d)", "((b))"); -1 when there is none.
 */
function balancedParenEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && isUrlPathChar(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0x29) return i > at + 1 ? i + 1 : -1;
  if (text.charCodeAt(i) !== 0x28) return -1;
  const inner = closingParen(text, i + 1);
  if (inner < 0) return -1;
  i = inner + 1;
  while (i < text.length && isUrlPathChar(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 0x29 ? i + 1 : -1;
}

/** Where the ")" closing a "(" just before `from` is, with one or more path characters between, or -1. */
function closingParen(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x29) return i > from ? i : -1;
    if (c === 0x28 || !isUrlPathChar(c)) return -1;
  }
  return -1;
}

/** A query ends on one of these (twitter-text 3.1): "?q=(1" of "?q=(1(" is the link. */
const URL_QUERY_END = asciiTable(/[A-Za-z0-9\-_&=#/]/);

function queryEnd(text: string, from: number): number {
  let end = from;
  // A code of 0x80 or more reads undefined: it ends the query.
  while (end < text.length && URL_QUERY[text.charCodeAt(end)] === 1) end++;
  while (end > from + 1 && URL_QUERY_END[text.charCodeAt(end - 1)] !== 1) end--;
  return end;
}

/**
 * The end of a link written with its protocol, from just after "://" (`from` itself when there is none). The host is
 * the longest run of labels (any letter: X takes IDNs) that ends in a TLD, as X's greedy match takes it
 * ("https://onbrand.app欢迎" ends at app, "https://例子.中国电话" at 中国). X's labels are not empty and neither start
 * nor end with "-" or "_", and the one before the TLD holds no "_" ("https://a_b.com" is no link, "https://a_b.c.com"
 * is). Then an optional port, path and query.
 */
function protocolLinkEnd(text: string, from: number): number {
  let runEnd = from;
  for (; runEnd < text.length; runEnd++) {
    const c = text.charCodeAt(runEnd);
    if (c < 0x80 ? !isHostChar(c) && c !== 0x5f : !isPathChar(c)) break;
  }
  let end = from;
  let labelStart = from;
  let underscore = false;
  for (let i = from; i < runEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f) underscore = true;
    if (c !== 0x2e) continue;
    if (i === labelStart || !isLabelEdge(text.charCodeAt(labelStart)) || !isLabelEdge(text.charCodeAt(i - 1)))
      break;
    if (!underscore) {
      const tld = text.charCodeAt(i + 1) >= 0x80 ? idnTldAt(text, i + 1, runEnd) : tldAt(text, i + 1, runEnd);
      if (tld > 0) end = i + 1 + tld;
    }
    labelStart = i + 1;
    underscore = false;
  }
  if (end === from) return from;
  return afterHost(text, end, true);
}

const isLabelEdge = (c: number) => c !== 0x2d && c !== 0x5f;

/** Length of the longest non-ASCII TLD X knows (中国, 公司, 嘉里大酒店 …) at `at`, followed by a word boundary, or 0. */
function idnTldAt(text: string, at: number, runEnd: number): number {
  let longest = 0;
  for (const tld of IDN_TLDS) {
    if (
      tld.length > longest &&
      at + tld.length <= runEnd &&
      text.startsWith(tld, at) &&
      !endsNoTld(text.charCodeAt(at + tld.length))
    )
      longest = tld.length;
  }
  return longest;
}

/**
 * The end of a link whose host ends at `end`: an optional port, then a path (or, after a protocol, a query). Without
 * its protocol X keeps a port only before a path ("a.com:80" is the link a.com, "a.com:80/x" all of it).
 */
function afterHost(text: string, end: number, protocol: boolean): number {
  let port = end;
  if (text.charCodeAt(end) === 0x3a && isDigit(text.charCodeAt(end + 1))) {
    port++;
    while (isDigit(text.charCodeAt(port))) port++;
  }
  const c = text.charCodeAt(port);
  if (c === 0x2f || (protocol && c === 0x3f)) return pathEnd(text, port);
  return protocol ? port : end;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** A DNS label: 1–63 letters, digits and hyphens, starting and ending with a letter or digit. */
function isLabel(text: string, start: number, end: number): boolean {
  return (
    end - start >= 1 &&
    end - start <= 63 &&
    isAlnum(text.charCodeAt(start)) &&
    isAlnum(text.charCodeAt(end - 1))
  );
}

/** The first bare domain (and its path) in a run of host characters [from, runEnd), as [start, end). */
function domainIn(text: string, from: number, runEnd: number): [number, number] | null {
  // Tokens are the dot-separated parts of the run: starts[t], ends[t].
  let n = 1;
  // A TLD starts with a letter right after a dot: without one ("today." before a space) there is no domain.
  let letterAfterDot = false;
  for (let i = from; i < runEnd; i++) {
    if (text.charCodeAt(i) !== 0x2e) continue;
    n++;
    if (i + 1 < runEnd && letter(text.charCodeAt(i + 1)) >= 0) letterAfterDot = true;
  }
  if (!letterAfterDot) return null;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let t = 0, s = from; t < n; t++) {
    let e = s;
    while (e < runEnd && text.charCodeAt(e) !== 0x2e) e++;
    starts[t] = s;
    ends[t] = e;
    s = e + 1;
  }
  // best[t]: for a chain of labels starting at token t, the furthest token that can be the TLD (-1: none).
  const tld = new Int32Array(n);
  for (let t = 1; t < n; t++) tld[t] = tldAt(text, starts[t], ends[t]);
  const best = new Int32Array(n).fill(-1);
  for (let t = n - 2; t >= 0; t--) {
    const next = t + 1;
    const chainGoesOn = next < n - 1 && isLabel(text, starts[next], ends[next]);
    best[t] = chainGoesOn && best[next] !== -1 ? best[next] : tld[next] > 0 ? next : -1;
  }
  // X starts a bare domain only where its run of host characters starts, after a character that may precede one.
  if (best[0] === -1 || !isLabel(text, from, ends[0])) return null;
  if (from > 0 && !mayPrecedeDomain(text.charCodeAt(from - 1))) return null;
  const matchEnd = starts[best[0]] + tld[best[0]];
  return [from, afterHost(text, matchEnd, false)];
}

/** Whether the ")" at `at` closes a "(" of the link from `start` (kept, as in /wiki/Primer_(film)). */
function closesParen(text: string, start: number, at: number): boolean {
  if (text.charCodeAt(at) !== 0x29) return false;
  let open = 0;
  for (let i = start; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) open++;
    else if (c === 0x29 && open > 0) open--;
  }
  return open > 0;
}

/** The first bare domain at or after `from` and before `limit`, or null. */
function nextDomain(text: string, from: number, limit: number): [number, number] | null {
  let i = from;
  while (i < limit) {
    if (!isHostChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < text.length && isHostChar(text.charCodeAt(runEnd))) runEnd++;
    const found = domainIn(text, i, runEnd);
    if (found && found[0] < limit) return found;
    i = runEnd;
  }
  return null;
}

/** Every link X weighs as 23, in order, as [start, end) with trailing punctuation left out. */
export function findXLinks(text: string): Array<[number, number]> {
  const links: Array<[number, number]> = [];
  // A bare domain has a letter or digit, a dot and a letter in a row ("x.co"): most drafts have none, and a
  // native search for that saves walking every word.
  const domains = DOMAIN_HINT.test(text);
  let cursor = 0;
  HTTP.lastIndex = 0;
  let http = HTTP.exec(text);
  while (cursor < text.length) {
    while (http && http.index < cursor) {
      HTTP.lastIndex = http.index + 1;
      http = HTTP.exec(text);
    }
    const httpStart = http ? http.index : text.length;
    const domain = domains ? nextDomain(text, cursor, httpStart) : null;
    let match: [number, number] | null = null;
    if (domain) match = domain;
    else if (http) {
      const bodyStart = http.index + http[0].length;
      const end =
        http.index > 0 && !mayPrecedeLink(text.charCodeAt(http.index - 1))
          ? bodyStart
          : protocolLinkEnd(text, bodyStart);
      if (end > bodyStart) match = [http.index, end];
      else {
        HTTP.lastIndex = http.index + 1;
        http = HTTP.exec(text);
        continue;
      }
    }
    if (!match) break;
    const start = match[0];
    let end = match[1];
    while (end > start && isLinkTrailing(text.charCodeAt(end - 1)) && !closesParen(text, start, end - 1))
      end--;
    links.push([start, end]);
    cursor = Math.max(end, start + 1);
  }
  return links;
}
