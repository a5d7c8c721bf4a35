// Where and at which version settings are stored: kept apart from settings.ts (zod) so the page-load script can
// read them without the schema library (see paused-hosts.ts).
export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 3;

export interface StoredSettings {
  version: number;
  value: unknown;
}
