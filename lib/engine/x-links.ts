/**
 * The links X counts as 23 characters: http(s) URLs and bare domains with a real TLD. A hand-written scanner
 * rather than one regex: the regex form `\b(?:label\.)+tld\b` retries every dot of a long `a.a.a…` run and took
 * 200–400 ms per check on 20,000 characters. Here every character is looked at a bounded number of times.
 * It finds exactly what that regex found (test/unit/engine/length.test.ts compares them).
 */

// Every country code (twitter-text's list, grouped by first letter) and the generic TLDs drafts actually use.
const COUNTRY_GROUPS =
  'a[defgilmnoqrstuwxz]|b[abdefghijlmnoqrstvwyz]|c[acdfghiklmnoruvwxyz]|d[ejkmoz]|e[ceghrstu]|f[ijkmor]|g[abdefghilmnpqrstuwy]|' +
  'h[kmnrtu]|i[delmnoqrst]|j[emop]|k[eghimnprwyz]|l[abcikrstuvy]|m[acdefghklmnopqrstuvwxyz]|n[acefgilopruz]|o[m]|p[aefghklmnrstwy]|q[a]|' +
  'r[eosuw]|s[abcdeghijklmnorstuvxyz]|t[cdfghjklmnoprtvwz]|u[agkmsyz]|v[aceginu]|w[fs]|y[et]|z[amw]';
/** COUNTRY[first * 26 + second] (letters as 0–25) says whether that two-letter code is a TLD. */
const COUNTRY = new Uint8Array(26 * 26);
for (const group of COUNTRY_GROUPS.split('|')) {
  for (const second of group.slice(2, -1))
    COUNTRY[(group.charCodeAt(0) - 97) * 26 + second.charCodeAt(0) - 97] = 1;
}
/** Tried in this order before the country codes, as the alternation did ("com" before "co"). */
const GENERIC_TLDS = [
  'com',
  'net',
  'org',
  'app',
  'dev',
  'info',
  'biz',
  'xyz',
  'shop',
  'store',
  'online',
  'site',
  'tech',
  'blog',
  'news',
  'live',
];

const isAlnum = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isWord = (c: number) => isAlnum(c) || c === 0x5f;
const isHostChar = (c: number) => isAlnum(c) || c === 0x2d || c === 0x2e;
/** JavaScript's \s (also where a chunk of a draft may end: length.ts). */
export const isSpace = (c: number) =>
  (c >= 0x09 && c <= 0x0d) ||
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;
const isPathChar = (c: number) => !isSpace(c) && c !== 0x3c && c !== 0x3e && c !== 0x22;
/** Not part of a link when it ends one (also the privacy detectors' rule for where a link ends: privacy.ts). */
export const isLinkTrailing = (c: number) =>
  c === 0x2e ||
  c === 0x2c ||
  c === 0x3b ||
  c === 0x3a ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x29 ||
  c === 0x5d ||
  c === 0x7d ||
  c === 0x27 ||
  c === 0x22;

const HTTP = /https?:\/\//gi;
/** Necessary for a bare domain: a label's last letter or digit, the dot, the TLD's first letter. */
const DOMAIN_HINT = /[0-9A-Za-z]\.[A-Za-z]/;

/** Lower-case ASCII letter as 0–25, or -1. */
const letter = (c: number) => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? (c | 0x20) - 0x61 : -1);

/** Length of the TLD at `at` (ASCII, any case) followed by a word boundary, or 0. */
function tldAt(text: string, at: number, tokenEnd: number): number {
  if (tokenEnd - at < 2) return 0;
  const first = letter(text.charCodeAt(at));
  const second = letter(text.charCodeAt(at + 1));
  if (first < 0 || second < 0) return 0;
  const boundaryAfter = (n: number) => at + n <= tokenEnd && !isWord(text.charCodeAt(at + n));
  for (const tld of GENERIC_TLDS) {
    if (tld.charCodeAt(0) - 0x61 !== first || tld.length > tokenEnd - at) continue;
    let same = true;
    for (let k = 1; k < tld.length && same; k++)
      same = letter(text.charCodeAt(at + k)) === tld.charCodeAt(k) - 0x61;
    if (same && boundaryAfter(tld.length)) return tld.length;
  }
  return COUNTRY[first * 26 + second] && boundaryAfter(2) ? 2 : 0;
}

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
  for (let t = 0; t < n - 1; t++) {
    if (best[t] === -1) continue;
    // Starts at the token's beginning or just after a hyphen in it, where \b holds.
    for (let p = starts[t]; p < ends[t]; p++) {
      const prev = p > 0 ? text.charCodeAt(p - 1) : 0;
      if (!isAlnum(text.charCodeAt(p)) || isWord(prev) || !isLabel(text, p, ends[t])) continue;
      let matchEnd = starts[best[t]] + tld[best[t]];
      if (text.charCodeAt(matchEnd) === 0x2f) {
        matchEnd++;
        while (matchEnd < text.length && isPathChar(text.charCodeAt(matchEnd))) matchEnd++;
      }
      return [p, matchEnd];
    }
  }
  return null;
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
      let end = http.index + http[0].length;
      const bodyStart = end;
      while (end < text.length && isPathChar(text.charCodeAt(end))) end++;
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
    while (end > start && isLinkTrailing(text.charCodeAt(end - 1))) end--;
    links.push([start, end]);
    cursor = Math.max(end, start + 1);
  }
  return links;
}
