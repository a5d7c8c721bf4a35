import type { BrandKit } from '@/lib/engine/schema';
import { COMPILED_FORM_VERSION } from '@/lib/engine/compiled-form-version';
import { KIT_VERSION } from '@/lib/engine/kit-version';
import { fnv1a } from '../fnv1a';
import { knownKitKeys } from './known-kit-keys';

/**
 * The kit's identity: a SHA-256 of its whole JSON (the browser's, ≈1 ms for the starter kit's 300,000 characters
 * where two FNV-1a passes took 10 ms); two independent FNV-1a where Web Crypto is missing (an http: page). A kit
 * whose key was computed where it was made (known-kit-keys.ts: the starter part's at build time, a saved library's
 * when it was saved, checked-library.ts) is not hashed.
 */
export async function kitKey(kit: BrandKit): Promise<string> {
  const known = knownKitKeys.get(kit);
  if (known) return known;
  const json = JSON.stringify(kit);
  const version = `${COMPILED_FORM_VERSION}.${KIT_VERSION}.${json.length}`;
  if (!globalThis.crypto?.subtle) {
    return `${version}.${fnv1a(json)}.${fnv1a(json, 0x01000193 ^ 0x5bd1e995, 0x5bd1e995)}`;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json)));
  return `${version}.${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
