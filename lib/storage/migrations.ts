import { SETTINGS_KEY, SETTINGS_VERSION, DEFAULT_SETTINGS, type StoredSettings } from './settings';

/** Each step turns the value stored at version N into version N+1. Never delete a step. */
export const SETTINGS_MIGRATIONS: Record<
  number,
  (value: Record<string, unknown>) => Record<string, unknown>
> = {
  // v1 stored the UI language as `language: 'en' | 'zh' | 'system'`; v2 names it `locale` with BCP 47 tags.
  2: ({ language, ...rest }) => ({
    ...rest,
    locale: language === 'zh' ? 'zh-CN' : language === 'en' ? 'en' : 'auto',
  }),
  // v3 adds the brand's own handles per platform (engagement snapshots of own posts); none known yet.
  3: (value) => ({ ...value, ownAccounts: {} }),
};

export function migrateSettingsValue(stored: StoredSettings | undefined): StoredSettings {
  if (!stored || typeof stored.version !== 'number')
    return { version: SETTINGS_VERSION, value: DEFAULT_SETTINGS };
  let value = (stored.value ?? {}) as Record<string, unknown>;
  for (let v = stored.version + 1; v <= SETTINGS_VERSION; v++)
    value = SETTINGS_MIGRATIONS[v]?.(value) ?? value;
  return { version: SETTINGS_VERSION, value: { ...DEFAULT_SETTINGS, ...value } };
}

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Run by the background on install, update and start-up. */
export async function runStorageMigrations(area: KeyValueArea): Promise<void> {
  const current = (await area.get(SETTINGS_KEY))[SETTINGS_KEY] as StoredSettings | undefined;
  if (current?.version === SETTINGS_VERSION) return;
  await area.set({ [SETTINGS_KEY]: migrateSettingsValue(current) });
}
