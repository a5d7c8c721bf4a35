// Masks personal data in text before it is stored in the activity log or exported. It uses the engine's
// detectors (lib/engine/privacy.ts), the ones that warn in the draft, so what the checker flags is what gets
// masked. Links keep their digits (post ids), but not an address in their user part.
import { digitValue, findPersonalData, type PrivacyKind } from '../engine/privacy';

export type PersonalDataKind = PrivacyKind;

export interface MaskResult {
  text: string;
  found: Partial<Record<PersonalDataKind, number>>;
}

const isMaskable = (c: number) => digitValue(c) >= 0 || c === 0x58 || c === 0x78 || c === 0xff38 || c === 0xff58;

/** Keeps the last four digits (enough to tell two numbers apart) and every separator. */
function maskDigits(value: string): string {
  let significant = 0;
  for (let i = 0; i < value.length; i++) if (isMaskable(value.charCodeAt(i))) significant++;
  let seen = 0;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    out += isMaskable(value.charCodeAt(i)) && ++seen <= significant - 4 ? '*' : value[i];
  }
  return out;
}

function maskEmail(value: string): string {
  const at = value.indexOf('@');
  return `${value[0]}***${value.slice(at)}`;
}

export function maskPersonalData(text: string): MaskResult {
  const hits = findPersonalData(text);
  if (hits.length === 0) return { text, found: {} };
  const found: MaskResult['found'] = {};
  let out = '';
  let cursor = 0;
  for (const hit of hits) {
    const value = text.slice(hit.start, hit.end);
    out += text.slice(cursor, hit.start) + (hit.kind === 'email' ? maskEmail(value) : maskDigits(value));
    cursor = hit.end;
    found[hit.kind] = (found[hit.kind] ?? 0) + 1;
  }
  return { text: out + text.slice(cursor), found };
}
