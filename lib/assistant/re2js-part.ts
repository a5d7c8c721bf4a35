import type { RE2JS as RealRE2JS } from 're2js';
import { loadedPart, PART_FILES } from './part-registry';

// Stands in for the `re2js` package inside content-scripts/assistant.js and Chrome's background.js (wxt.config.ts
// aliases it there only): the engine's user-pattern.ts calls these statics, which reach the real RE2JS of the
// re2js part (entrypoints/part-re2js.ts, ≈48 KB gzip). In the page the background injects the part; Chrome's
// service worker imports it itself on the first compile (it was imported once at install, which a later
// importScripts() needs: lib/background/worker-parts.ts). Without the part a compile fails with this error,
// which the kit parser reports.

/** A worker's importScripts(), or undefined in a page. */
const workerImport = (globalThis as { importScripts?: (...urls: string[]) => void }).importScripts;

function real(): typeof RealRE2JS {
  if (!loadedPart('re2js') && typeof workerImport === 'function') workerImport(PART_FILES.re2js);
  const loaded = loadedPart<typeof RealRE2JS>('re2js');
  if (!loaded) throw new Error('the pattern engine (re2js) is not loaded in this page');
  return loaded;
}

export const RE2JS = {
  get CASE_INSENSITIVE() {
    return real().CASE_INSENSITIVE;
  },
  compile: (...args: Parameters<typeof RealRE2JS.compile>) => real().compile(...args),
} as unknown as typeof RealRE2JS;
