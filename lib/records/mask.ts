// Masks personal data in text before it is stored in the activity log or exported. It uses the engine's
// detectors (lib/engine/privacy.ts), the ones that warn in the draft, so what the checker flags is what gets
// masked — the kit's own detectors (privacy.custom) included. Links keep their digits (post ids), but not an
// address in their user part.
import type { RE2JS } from 're2js';
import type { BrandKit } from '../engine/schema';
import { findPersonalData, maskPersonalValue, type PrivacyHit, type PrivacyKind } from '../engine/privacy';
import { compileUserPattern, scanUserPattern } from '../engine/user-pattern';

export type PersonalDataKind = PrivacyKind | 'custom';

export interface MaskResult {
  text: string;
  found: Partial<Record<PersonalDataKind, number>>;
}

/** A kit's custom privacy detectors, compiled once: what masking adds to the built-in ones. */
export type CustomMaskers = readonly RE2JS[];

/**
 * Every custom detector of these kits (kit-wide and per platform, since a record may come from any site), compiled
 * as the checker compiles them; a pattern the checker would refuse is skipped here too.
 */
export function customMaskersOf(kits: ReadonlyArray<BrandKit | null | undefined>): CustomMaskers {
  const sources = new Set<string>();
  for (const kit of kits) {
    if (!kit) continue;
    for (const detector of kit.privacy?.custom ?? []) sources.add(detector.pattern);
    for (const settings of Object.values(kit.platforms ?? {})) {
      for (const detector of settings?.privacy?.custom ?? []) sources.add(detector.pattern);
    }
  }
  const maskers: RE2JS[] = [];
  for (const source of sources) {
    const compiled = compileUserPattern(source, false);
    if (compiled.ok) maskers.push(compiled.regex);
  }
  return maskers;
}

type MaskHit = Omit<PrivacyHit, 'kind'> & { kind: PersonalDataKind };

/** Time a record's custom detectors share (off the keystroke path: a write or an export). */
const CUSTOM_MASK_BUDGET_MS = 200;

/** Built-in hits and custom-detector hits in order, without overlaps (the earlier, then the longer, wins). */
function hitsOf(text: string, custom: CustomMaskers): MaskHit[] {
  const builtIn: MaskHit[] = findPersonalData(text);
  if (custom.length === 0) return builtIn;
  const all = [...builtIn];
  // Every match, not the checker's first 200: masking must not stop part-way through a long text. A detector
  // that runs out of its budget on hostile text masks everything it could not read instead of leaving it bare.
  const deadline = performance.now() + CUSTOM_MASK_BUDGET_MS;
  for (const regex of custom) {
    const scanned = scanUserPattern(regex, text, { limit: text.length, deadline });
    for (const [start, end] of scanned.matches) all.push({ kind: 'custom', start, end });
    if (scanned.stoppedAt !== undefined)
      all.push({ kind: 'custom', start: scanned.stoppedAt, end: text.length });
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MaskHit[] = [];
  for (const hit of all) if (!kept.length || hit.start >= kept[kept.length - 1].end) kept.push(hit);
  return kept;
}

export function maskPersonalData(text: string, custom: CustomMaskers = []): MaskResult {
  const hits = hitsOf(text, custom);
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
