/**
 * The template library in storage.local under 'templates'. Nothing stored yet means the starter set, which the
 * caller supplies (starter.ts's starterLibrary, or the in-page assistant's starter part: it is not imported here so
 * the page does not carry it).
 */
import { readLocal, watchLocal, writeLocal } from '@/lib/storage/local-value';
import { parseTemplateLibrary, type TemplateLibrary } from './schema';

/**
 * The one key of the library. The document carries its own format version (schema.ts parses every version it
 * knows), so it needs no WXT item (no version, no fallback: absent means the caller's starter set), and the
 * in-page template picker reads and counts uses through these functions without WXT's storage module.
 */
export const TEMPLATES_KEY = 'templates';

/** Gives the starter library (`now` = 0: its dates are not a change the person made). */
export type StarterTemplates = (now: number) => TemplateLibrary | Promise<TemplateLibrary>;

/** What storage holds → a library; absent or unreadable yields the starter set (an empty saved list stays empty). */
export async function libraryFromStored(
  stored: unknown,
  starter: StarterTemplates,
): Promise<TemplateLibrary> {
  const parsed = stored === undefined || stored === null ? undefined : parseTemplateLibrary(stored);
  return parsed?.ok ? parsed.library : starter(0);
}

export async function loadTemplates(starter: StarterTemplates): Promise<TemplateLibrary> {
  return libraryFromStored(await readLocal(TEMPLATES_KEY), starter);
}

/** Validates before writing, so storage never holds a library the parser would reject. */
export async function saveTemplates(library: TemplateLibrary): Promise<void> {
  const parsed = parseTemplateLibrary(library);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  await writeLocal(TEMPLATES_KEY, parsed.library);
}

/** Counts one insertion (for "most used" ranking); the activity record itself is written by the caller. */
export async function recordUse(id: string, starter: StarterTemplates, now = Date.now()): Promise<void> {
  const library = await loadTemplates(starter);
  if (!library.templates.some((t) => t.id === id)) return;
  const previous = library.usage[id]?.count ?? 0;
  await saveTemplates({
    ...library,
    usage: { ...library.usage, [id]: { count: previous + 1, lastUsed: now } },
  });
}

/** Calls back with each new library, in the order of the changes (a starter fallback may take a moment). */
export function onTemplatesChanged(
  listener: (library: TemplateLibrary) => void,
  starter: StarterTemplates,
): () => void {
  let latest = 0;
  return watchLocal(TEMPLATES_KEY, (stored) => {
    const mine = ++latest;
    void libraryFromStored(stored, starter).then(
      (library) => mine === latest && listener(library),
      () => {},
    );
  });
}
