import type { Finding } from '@/lib/engine';
import { useT } from '../shared/i18n';

/**
 * The match as a person would say it: the kit's term, and how the draft spelled it when that differs
 * ("“shit”, written as “sh1t”").
 */
export function FindingWording({ finding }: { finding: Finding }) {
  const t = useT();
  const { term, text } = finding;
  if (term && term.toLowerCase() !== text.toLowerCase())
    return <>{t('assistant.card.writtenAs', { term, text })}</>;
  return <>{t('assistant.card.matched', { text })}</>;
}
