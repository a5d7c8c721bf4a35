import { computed, type ReadonlySignal } from '@preact/signals-react';
import type { BoxSession } from '@/lib/assistant/box-session';
import type { LengthUnit, ToneSummary } from '@/lib/engine';
import { translate } from '@/lib/i18n';
import { uiLocale } from '../shared/i18n';
import { COUNT_LABEL, TONE_LABEL } from './labels';

export type BadgeState = 'block' | 'warn' | 'info' | 'ok';
type ToneLabel = ToneSummary['label'];

/**
 * What the badge shows, derived from a box's checks as separate values. Each one notifies only when it really
 * changes, so a keystroke that only moves the length counter re-renders nothing: the counter's text is bound
 * to its signal and drawn on a canvas (see LengthCounter).
 */
export interface BadgeView {
  checked: ReadonlySignal<boolean>;
  state: ReadonlySignal<BadgeState>;
  /** "2 warnings · 1 note", localized; empty when clean. */
  counts: ReadonlySignal<string>;
  /** The platform's length unit, or null when the platform has no limit. */
  lengthUnit: ReadonlySignal<LengthUnit | null>;
  lengthText: ReadonlySignal<string>;
  /** Room for the counter up to a hundred times the limit, so its box keeps one size while typing. */
  lengthWidthCh: ReadonlySignal<number>;
  lengthOver: ReadonlySignal<boolean>;
  toneLabel: ReadonlySignal<ToneLabel>;
  tone: ReadonlySignal<string>;
}

export function badgeView(session: BoxSession): BadgeView {
  const analysis = computed(() => session.checked.value?.analysis ?? null);
  let lastTally = { block: 0, warn: 0, info: 0 };
  // The same object while the counts stay: what is derived from them is not recomputed on every keystroke.
  const tally = computed(() => {
    const counts = { block: 0, warn: 0, info: 0 };
    for (const finding of analysis.value?.findings ?? []) counts[finding.severity]++;
    if (counts.block !== lastTally.block || counts.warn !== lastTally.warn || counts.info !== lastTally.info)
      lastTally = counts;
    return lastTally;
  });
  const toneLabel = computed<ToneLabel>(() => analysis.value?.tone.label ?? 'neutral');
  return {
    checked: computed(() => analysis.value !== null),
    state: computed(() => {
      const { block, warn, info } = tally.value;
      return block ? 'block' : warn ? 'warn' : info ? 'info' : 'ok';
    }),
    counts: computed(() =>
      (['block', 'warn', 'info'] as const)
        .filter((severity) => tally.value[severity])
        .map((severity) => translate(uiLocale.value, COUNT_LABEL[severity], { count: tally.value[severity] }))
        .join(' · '),
    ),
    lengthUnit: computed(() => {
      const length = analysis.value?.length;
      return length?.max !== undefined ? length.unit : null;
    }),
    lengthText: computed(() => {
      const length = analysis.value?.length;
      return length?.max !== undefined
        ? translate(uiLocale.value, 'assistant.length', { used: length.used, max: length.max })
        : '';
    }),
    lengthWidthCh: computed(() => {
      const max = analysis.value?.length.max;
      return max === undefined
        ? 0
        : translate(uiLocale.value, 'assistant.length', { used: max * 100, max }).length + 1;
    }),
    lengthOver: computed(() => {
      const length = analysis.value?.length;
      return length?.max !== undefined && length.used > length.max;
    }),
    toneLabel,
    tone: computed(() =>
      translate(uiLocale.value, 'assistant.tone', {
        label: translate(uiLocale.value, TONE_LABEL[toneLabel.value]),
      }),
    ),
  };
}
