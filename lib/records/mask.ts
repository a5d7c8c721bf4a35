// Masks personal data in text before it is stored in the activity log: e-mail addresses, phone numbers,
// mainland Chinese resident ID numbers and bank card numbers. Deliberately small and self-contained (the
// brand-check engine has its own detectors); each detector validates what it can (ID checksum, Luhn) so
// order numbers and dates are left alone. Links are never touched: post ids in URLs are long digit runs.

export type PersonalDataKind = 'email' | 'phone' | 'cn-id' | 'bank-card';

export interface MaskResult {
  text: string;
  found: Partial<Record<PersonalDataKind, number>>;
}

interface Span {
  start: number;
  end: number;
  kind: PersonalDataKind;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'，。、）)]+/gi;
const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** 17 digits and a check character, not part of a longer digit run. */
const CN_ID_PATTERN = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
/** 13–19 digits, optionally grouped by single spaces or hyphens (as printed on cards). */
const CARD_PATTERN = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])/g;
const PHONE_PATTERNS = [
  // Mainland mobile, optionally +86 / 86 and separated 3-4-4.
  /(?<![\d+])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g,
  // Mainland landline with area code: 010-12345678, (0755) 1234 5678.
  /(?<!\d)(?:\(0\d{2,3}\)|0\d{2,3}-)[ ]?\d{3,4}[ -]?\d{4}(?!\d)/g,
  // International format with a leading +: +44 20 7946 0958, +1 (415) 555-0100.
  /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?!\d)/g,
  // North American style: (415) 555-0100, 415-555-0100, 415.555.0100.
  /(?<!\d)(?:\(\d{3}\)[ ]?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)/g,
];

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 checksum plus a plausible birth date (YYYYMMDD at positions 7–14). */
export function isChineseId(candidate: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(candidate)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(candidate[i]) * ID_WEIGHTS[i];
  if (ID_CHECK[sum % 11] !== candidate[17].toUpperCase()) return false;
  const year = Number(candidate.slice(6, 10));
  const month = Number(candidate.slice(10, 12));
  const day = Number(candidate.slice(12, 14));
  return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function collect(text: string, pattern: RegExp, kind: PersonalDataKind, accept: (match: string) => boolean, into: Span[]) {
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (!accept(match[0])) continue;
    if (into.some((s) => start < s.end && end > s.start)) continue; // an earlier, stricter detector owns it
    into.push({ start, end, kind });
  }
}

/** Where personal data sits in `text`, strictest detectors first; URLs are reserved and never reported. */
export function findPersonalData(text: string): Span[] {
  const reserved: Span[] = [];
  collect(text, URL_PATTERN, 'email', () => true, reserved);
  const spans: Span[] = [...reserved];
  collect(text, EMAIL_PATTERN, 'email', () => true, spans);
  collect(text, CN_ID_PATTERN, 'cn-id', isChineseId, spans);
  collect(text, CARD_PATTERN, 'bank-card', (m) => passesLuhn(m.replace(/[ -]/g, '')), spans);
  for (const pattern of PHONE_PATTERNS) {
    collect(text, pattern, 'phone', (m) => m.replace(/\D/g, '').length >= 7, spans);
  }
  return spans.filter((s) => !reserved.includes(s)).sort((a, b) => a.start - b.start);
}

/** Keeps the last four digits (enough to tell two numbers apart) and every separator. */
function maskDigits(value: string): string {
  const significant = value.replace(/[^\dXx]/g, '').length;
  let seen = 0;
  return value.replace(/[\dXx]/g, (ch) => (++seen > significant - 4 ? ch : '*'));
}

function maskEmail(value: string): string {
  const at = value.indexOf('@');
  return `${value[0]}***${value.slice(at)}`;
}

export function maskPersonalData(text: string): MaskResult {
  const spans = findPersonalData(text);
  if (spans.length === 0) return { text, found: {} };
  const found: MaskResult['found'] = {};
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    const value = text.slice(span.start, span.end);
    out += text.slice(cursor, span.start) + (span.kind === 'email' ? maskEmail(value) : maskDigits(value));
    cursor = span.end;
    found[span.kind] = (found[span.kind] ?? 0) + 1;
  }
  return { text: out + text.slice(cursor), found };
}
