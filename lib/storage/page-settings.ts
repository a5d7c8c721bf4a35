import { readLocal, watchLocal } from './local-value';
import { migrateSettingsValue } from './migrations';
import { SETTINGS_KEY, parseSettings, type Settings, type StoredSettings } from './settings';

// Settings as the in-page assistant (and the UI language of every page) reads them: the same key and envelope
// as the item (settings-key.ts), without WXT's storage module. Reading never writes: an envelope of an older
// version is brought up to date in memory by the item's own steps (migrations.ts), as the item's migration
// (run by the background) will store it. Writers go through settings-store.ts.

function settingsOf(stored: unknown): Settings {
  return parseSettings(migrateSettingsValue(stored as StoredSettings | undefined));
}

export async function loadSettings(): Promise<Settings> {
  return settingsOf(await readLocal(SETTINGS_KEY));
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return watchLocal(SETTINGS_KEY, (stored) => listener(settingsOf(stored)));
}
