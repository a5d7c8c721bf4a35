import type { MessageKey } from '../i18n';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "2 h 10 min", "45 min", "3 d 4 h": the age of a waiting comment, rounded down to the minute. */
export function ageLabel(t: Translate, ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return t('community.age.minutes', { m: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('community.age.hours', { h: hours, m: minutes % 60 });
  return t('community.age.days', { d: Math.floor(hours / 24), h: hours % 24 });
}
