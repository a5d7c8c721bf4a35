import type { MessageKey } from '@/lib/i18n';
import type { PlatformId } from '@/lib/platforms';
import type { TemplateLanguage } from '@/lib/templates';

export const platformLabel = (platform: PlatformId): MessageKey => `platform.${platform}`;
export const languageLabel = (language: TemplateLanguage): MessageKey => `tpl.lang.${language}`;
