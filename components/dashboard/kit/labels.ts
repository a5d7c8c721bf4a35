import { SEVERITIES, TERM_CATEGORIES, type Severity } from '@/lib/engine';
import type { Translate } from '../../shared/i18n';

export type Category = (typeof TERM_CATEGORIES)[number];

export const severityOptions = (t: Translate) =>
  SEVERITIES.map((value) => ({ value, label: t(`kit.severity.${value}`) }));
export const categoryOptions = (t: Translate) =>
  TERM_CATEGORIES.map((value) => ({ value, label: t(`kit.category.${value}`) }));
export type { Severity };
