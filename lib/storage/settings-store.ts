import { SETTINGS_VERSION, parseSettings, type Settings } from './settings';
import { settingsItem } from './settings-item';

// Every context reads, writes and watches settings through the one item (settings-item.ts).

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue({ version: SETTINGS_VERSION, value: next });
  return next;
}

export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => listener(parseSettings(stored)));
}
