// Masks personal data in text before it is stored in the activity log or exported. It uses the engine's
// detectors (lib/engine/privacy.ts), the ones that warn in the draft, so what the checker flags is what gets
// masked. Links keep their digits (post ids), but not an address in their user part.
import { findPersonalData, maskPersonalValue, type PrivacyKind } from '../engine/privacy';

export type PersonalDataKind = PrivacyKind;

export interface MaskResult {
  text: string;
  found: Partial<Record<PersonalDataKind, number>>;
}

export function maskPersonalData(text: string): MaskResult {
  const hits = findPersonalData(text);
  if (hits.length === 0) return { text, found: {} };
  const found: MaskResult['found'] = {};
  let out = '';
  let cursor = 0;
  for (const hit of hits) {
    const value = text.slice(hit.start, hit.end);
    out += text.slice(cursor, hit.start) + maskPersonalValue(hit.kind, value);
    cursor = hit.end;
    found[hit.kind] = (found[hit.kind] ?? 0) + 1;
  }
  return { text: out + text.slice(cursor), found };
}
