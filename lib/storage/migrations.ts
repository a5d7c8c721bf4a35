import { SETTINGS_VERSION, DEFAULT_SETTINGS, type StoredSettings } from './settings';

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

/** Any stored envelope → the current one (a current one is returned as it is). */
export function migrateSettingsValue(stored: StoredSettings | undefined | null): StoredSettings {
  if (stored?.version === SETTINGS_VERSION) return stored;
  if (!stored || typeof stored.version !== 'number')
    return { version: SETTINGS_VERSION, value: DEFAULT_SETTINGS };
  let value = (stored.value ?? {}) as Record<string, unknown>;
  for (let v = stored.version + 1; v <= SETTINGS_VERSION; v++)
    value = SETTINGS_MIGRATIONS[v]?.(value) ?? value;
  return { version: SETTINGS_VERSION, value: { ...DEFAULT_SETTINGS, ...value } };
}
