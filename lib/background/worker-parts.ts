import { PART_FILES } from '@/lib/assistant/part-registry';

// Chrome's service worker loads the RE2 engine (re2js, ≈48 KB gzip) only when a kit's pattern first compiles
// (lib/assistant/re2js-part.ts) instead of parsing it at every wake-up. A service worker may importScripts() a
// script after its installation only if it imported that script while installing (Chrome removed imports of new
// scripts after install in M71; extension workers cannot import() at all): so the part is imported once here,
// at install. Firefox's event page has no importScripts and keeps re2js in its bundle.

/** Registers the install-time import; call synchronously at the worker's top level. */
export function importPartsAtInstall(): void {
  const scope = globalThis as {
    importScripts?: (...urls: string[]) => void;
    addEventListener?: (type: string, listener: () => void) => void;
  };
  if (typeof scope.importScripts !== 'function' || typeof scope.addEventListener !== 'function') return;
  const importScripts = scope.importScripts;
  scope.addEventListener('install', () => importScripts(PART_FILES.re2js));
}
