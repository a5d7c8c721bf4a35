/** The template library in storage.local under 'templates'. Nothing stored yet means the starter set. */
import { browser } from 'wxt/browser';
import { parseTemplateLibrary, type TemplateLibrary } from './schema';
import { starterLibrary } from './starter';

export const TEMPLATES_KEY = 'templates';

/** What storage holds → a library; absent or unreadable yields the starter set (an empty saved list stays empty). */
export function libraryFromStored(stored: unknown): TemplateLibrary {
  if (stored === undefined || stored === null) return starterLibrary(0);
  const parsed = parseTemplateLibrary(stored);
  return parsed.ok ? parsed.library : starterLibrary(0);
}

export async function loadTemplates(): Promise<TemplateLibrary> {
  const stored = (await browser.storage.local.get(TEMPLATES_KEY))[TEMPLATES_KEY];
  return libraryFromStored(stored);
}

/** Validates before writing, so storage never holds a library the parser would reject. */
export async function saveTemplates(library: TemplateLibrary): Promise<void> {
  const parsed = parseTemplateLibrary(library);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  await browser.storage.local.set({ [TEMPLATES_KEY]: parsed.library });
}

/** Counts one insertion (for "most used" ranking); the activity record itself is written by the caller. */
export async function recordUse(id: string, now = Date.now()): Promise<void> {
  const library = await loadTemplates();
  if (!library.templates.some((t) => t.id === id)) return;
  const previous = library.usage[id]?.count ?? 0;
  await saveTemplates({
    ...library,
    usage: { ...library.usage, [id]: { count: previous + 1, lastUsed: now } },
  });
}

export function onTemplatesChanged(listener: (library: TemplateLibrary) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && TEMPLATES_KEY in changes)
      listener(libraryFromStored(changes[TEMPLATES_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
