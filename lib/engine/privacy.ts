/**
 * Built-in privacy detectors: hand-written scanners (linear, no regex backtracking) for e-mail addresses,
 * phone numbers (CN mobile, international "+…"), Chinese resident ID (18 digits, ISO 7064 checksum) and
 * bank cards (13–19 digits, Luhn).
 */
export type PrivacyKind = 'email' | 'phone' | 'cn-id' | 'bank-card';

export interface PrivacyHit {
  kind: PrivacyKind;
  start: number;
  end: number;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isAlnum = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLocalChar = (c: number) => isAlnum(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d;
const isDomainChar = (c: number) => isAlnum(c) || c === 0x2d || c === 0x2e;

export function findEmails(text: string, into: PrivacyHit[]): void {
  let from = 0;
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', from)) {
    from = at + 1;
    let s = at;
    while (s > 0 && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && isDomainChar(text.charCodeAt(e))) e++;
    while (e > at + 1 && text.charCodeAt(e - 1) === 0x2e) e--; // sentence-final dot
    if (s === at || e === at + 1) continue;
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    if (dot <= 0 || !/^[a-z]{2,}$/i.test(domain.slice(dot + 1))) continue;
    into.push({ kind: 'email', start: s, end: e });
    from = e;
  }
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isValidCnId(id: string): boolean {
  if (!/^\d{17}[\dX]$/i.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (id.charCodeAt(i) - 48) * ID_WEIGHTS[i];
  if (ID_CHECK[sum % 11] !== id[17].toUpperCase()) return false;
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
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

const isGroupSeparator = (c: number) => c === 0x20 || c === 0x2d || c === 0x2e || c === 0x28 || c === 0x29;

/** Digit runs that may contain single separators ("138 0013 8000", "+86-138-0013-8000", "4111-1111-…"). */
export function findNumbers(text: string, into: PrivacyHit[]): void {
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    const plus = c === 0x2b && i + 1 < len && isDigit(text.charCodeAt(i + 1));
    if (!isDigit(c) && !plus) {
      i++;
      continue;
    }
    const start = i;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    let digits = '';
    let j = plus ? i + 1 : i;
    let end = j;
    while (j < len && digits.length <= 24) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        digits += text[j];
        j++;
        end = j;
      } else if ((d === 0x58 || d === 0x78) && digits.length === 17) {
        digits += 'X';
        j++;
        end = j;
        break;
      } else if (isGroupSeparator(d) && j + 1 < len && (isDigit(text.charCodeAt(j + 1)) || text.charCodeAt(j + 1) === 0x28)) {
        j++;
      } else break;
    }
    i = Math.max(end, start + 1);
    const after = end < len ? text.charCodeAt(end) : 0;
    if (isAlnum(before) || isAlnum(after)) continue;
    const kind = classifyNumber(digits, plus);
    if (kind) into.push({ kind, start, end });
  }
}

function classifyNumber(digits: string, plus: boolean): PrivacyKind | undefined {
  const national = plus && digits.startsWith('86') ? digits.slice(2) : digits;
  if (/^1[3-9]\d{9}$/.test(national)) return 'phone';
  if (plus) return digits.length >= 8 && digits.length <= 15 ? 'phone' : undefined;
  if (digits.length === 18 && isValidCnId(digits)) return 'cn-id';
  if (digits.length >= 13 && digits.length <= 19 && /^[3-6]/.test(digits) && isLuhnValid(digits)) return 'bank-card';
  return undefined;
}
