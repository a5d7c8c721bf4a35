import * as z from 'zod/mini';
import { PlatformId } from '@/lib/platforms/schema';
import { SETTINGS_KEY, SETTINGS_VERSION, type StoredSettings } from './settings-key';

export { SETTINGS_KEY, SETTINGS_VERSION, type StoredSettings };

// Small per-browser preferences. Stored in storage.local under one key as { version, value } through one WXT
// storage item (settings-item.ts); the background migrates at start-up (migrations.ts holds the steps).

export const Settings = z.object({
  locale: z.enum(['auto', 'en', 'zh-CN']),
  myName: z.string().check(z.maxLength(100)),
  /** Supported hosts where the user paused Onbrand from the popup. */
  pausedHosts: z.array(z.string()),
  /** Extra sites switched on from the popup (each one also holds an optional host permission). */
  extraOrigins: z.array(z.string()),
  /** The brand's own handles per platform (v3): their posts get engagement snapshots when opened. */
  ownAccounts: z.partialRecord(PlatformId, z.array(z.string().check(z.maxLength(200)))),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  locale: 'auto',
  myName: '',
  pausedHosts: [],
  extraOrigins: [],
  ownAccounts: {},
};

/** Reads whatever is stored; anything unreadable falls back to defaults field by field, never throws. */
export function parseSettings(stored: StoredSettings | undefined): Settings {
  if (!stored || stored.version !== SETTINGS_VERSION) return DEFAULT_SETTINGS;
  const value = (stored.value ?? {}) as Record<string, unknown>;
  const merged = { ...DEFAULT_SETTINGS, ...value };
  const parsed = Settings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
