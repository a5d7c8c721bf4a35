import { browser } from 'wxt/browser';
import {
  SETTINGS_KEY,
  SETTINGS_VERSION,
  parseSettings,
  type Settings,
  type StoredSettings,
} from './settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as StoredSettings | undefined;
  return parseSettings(stored);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: { version: SETTINGS_VERSION, value: next } });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) {
      listener(parseSettings(changes[SETTINGS_KEY].newValue as StoredSettings | undefined));
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
