import { PART_FILES } from '@/lib/assistant/part-registry';
import { WORKER_PART_FILES } from '@/lib/worker-part-registry';

// Chrome's service worker parses only what every wake-up needs; a library one feature uses is a part script the
// worker imports when that feature first runs: the RE2 engine (re2js, ≈48 KB gzip) when a kit's pattern first
// compiles (lib/assistant/re2js-part.ts), team sync (yjs, Hocuspocus, lib0) when a team server is connected
// (lib/team/browser-sync-part.ts), rrule (≈14 KB) when a recurring slot is expanded or edited
// (lib/calendar/rrule-part.ts), the report's sections when a report is asked for
// (lib/records/reports/report-part.ts), the starter templates when a team's templates join a library never
// saved (lib/templates/starter-part.ts), the kit file reader when a managed kit is read
// (lib/kits/kit-file-part.ts) and the holiday list in force at the morning holiday check
// (lib/background/holidays-in-force-part.ts). A service worker may importScripts() a script after its installation
// only if it imported that script while installing (Chrome removed imports of new scripts after install in M71;
// extension workers cannot import() at all): so each part is imported once here, at install. Firefox's event page
// has no importScripts and keeps them bundled (wxt.config.ts aliases them for Chrome's worker only).

/** Registers the install-time import; call synchronously at the worker's top level. */
export function importPartsAtInstall(): void {
  const scope = globalThis as {
    importScripts?: (...urls: string[]) => void;
    addEventListener?: (type: string, listener: () => void) => void;
  };
  if (typeof scope.importScripts !== 'function' || typeof scope.addEventListener !== 'function') return;
  const importScripts = scope.importScripts;
  scope.addEventListener('install', () =>
    importScripts(PART_FILES.re2js, ...Object.values(WORKER_PART_FILES)),
  );
}
