import { readLocal, watchLocal } from './local-value';
import { SETTINGS_KEY, SETTINGS_VERSION, type StoredSettings } from './settings-key';

// The page-load script (entrypoints/content.ts) needs one setting, the paused hosts, and must stay a few KB:
// zod (≈7 KB gzip) would be most of it, and so would WXT's storage module (settings-item.ts: 3.7 KB gzip on its
// own, minified with esbuild). So this alone reads the settings item's stored envelope by hand, every other
// reader goes through the item. It errs towards "not paused": a value that is not an array of strings, or
// settings of another version (the background migrates them first), reads as no host paused, as settings.ts's
// full parse does for anything unreadable.
function pausedHostsOf(stored: unknown): string[] {
  const settings = stored as Partial<StoredSettings> | undefined;
  if (!settings || settings.version !== SETTINGS_VERSION) return [];
  const hosts = (settings.value as { pausedHosts?: unknown } | undefined)?.pausedHosts;
  return Array.isArray(hosts) && hosts.every((h) => typeof h === 'string') ? hosts : [];
}

export async function loadPausedHosts(): Promise<string[]> {
  return pausedHostsOf(await readLocal(SETTINGS_KEY));
}

export function onPausedHostsChanged(listener: (pausedHosts: string[]) => void): () => void {
  return watchLocal(SETTINGS_KEY, (stored) => listener(pausedHostsOf(stored)));
}
