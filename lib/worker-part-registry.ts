// The service worker's own parts: libraries one feature needs, which Chrome's background.js imports when that
// feature first runs instead of parsing them at every wake-up (lib/background/worker-parts.ts explains the install
// rule). Never injected into a page, so not among the assistant's parts (lib/assistant/part-registry.ts).
// Dependency-free: the stand-ins (lib/team/browser-sync-part.ts, lib/calendar/rrule-part.ts,
// lib/records/reports/report-part.ts, lib/templates/starter-part.ts, lib/kits/kit-file-part.ts,
// lib/background/holidays-in-force-part.ts) and the part scripts (entrypoints/part-*.ts) import it.

export const WORKER_PART_FILES = {
  'team-sync': '/part-team-sync.js',
  rrule: '/part-rrule.js',
  reports: '/part-reports.js',
  'starter-templates': '/part-starter-templates.js',
  'kit-file': '/part-kit-file.js',
  holidays: '/part-holidays.js',
} as const;
export type WorkerPartName = keyof typeof WORKER_PART_FILES;

const registry = (): Partial<Record<WorkerPartName, unknown>> =>
  ((
    globalThis as { __onbrandWorkerParts?: Partial<Record<WorkerPartName, unknown>> }
  ).__onbrandWorkerParts ??= {});

/** Called by a part script when the worker imports it. */
export function registerWorkerPart(name: WorkerPartName, value: unknown): void {
  registry()[name] = value;
}

/** Forgets every registered part (unit tests). */
export function clearWorkerParts(): void {
  for (const name of Object.keys(WORKER_PART_FILES) as WorkerPartName[]) delete registry()[name];
}

/** The part's value, imported now if this worker has not yet; throws outside Chrome's worker without the part. */
export function workerPart<T>(name: WorkerPartName): T {
  const workerImport = (globalThis as { importScripts?: (...urls: string[]) => void }).importScripts;
  if (!registry()[name] && typeof workerImport === 'function') workerImport(WORKER_PART_FILES[name]);
  const loaded = registry()[name];
  if (!loaded) throw new Error(`the worker part ${name} is not loaded`);
  return loaded as T;
}
