import { BoxSession, type PublishEvent } from '@/lib/assistant/box-session';
import { textareaStrategy } from '@/lib/editors/textarea';
import { genericAdapter } from '@/lib/sites/generic';
import { buildStarterKit, compileKit } from '@/lib/engine';
import type { SiteAdapter } from '@/lib/sites/types';

/** A kit with one blocking term, "damn", and no pack. */
export const DAMN_KIT = {
  ...buildStarterKit({ name: 'Test', packs: [] }),
  bannedTerms: [{ term: 'damn', category: 'profanity' as const, severity: 'block' as const }],
};

/**
 * A BoxSession on a textarea in a form holding `text` (happy-dom), checked with DAMN_KIT as `adapter`'s site; what
 * it publishes is collected in `published`.
 */
export function textareaSession(text: string, adapter: SiteAdapter = genericAdapter) {
  document.body.innerHTML = '<form><textarea></textarea></form>';
  const area = document.querySelector('textarea')!;
  area.value = text;
  const box = { role: 'post' as const, field: 'body' as const, container: document.querySelector('form')! };
  const published: PublishEvent[] = [];
  const s = new BoxSession(area, area, textareaStrategy, adapter, box, compileKit(DAMN_KIT), (event) =>
    published.push(event),
  );
  return { s, area, published };
}
