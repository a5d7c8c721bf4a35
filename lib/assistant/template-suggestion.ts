import { signal } from '@preact/signals-react';
import { send } from '../messaging/client';
import type { Suggestion } from '../community/reminders/suggestion';

// The template a reminder suggests on the page it opened (a welcome for a newcomer, birthday wishes): asked of
// the background once when the assistant starts; only the tab the reminder opened has one. Shown next to the box
// (Badge) and put first in the picker; nothing is inserted until the manager chooses it.

export const templateSuggestion = signal<Suggestion | null>(null);

export function startTemplateSuggestion(signal: AbortSignal): void {
  void send('community.suggestion', {}).then(
    ({ suggestion }) => {
      if (!signal.aborted) templateSuggestion.value = suggestion;
    },
    () => undefined,
  );
}
