import { useEffect } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import type { BoxSession } from '@/lib/assistant/box-session';
import { openCard } from '@/lib/assistant/ui-state';
import { clearHighlights, paintHighlights } from '@/lib/assistant/highlights';

/**
 * Repaints the highlights after each check. Its own component so that only it (not the whole overlay)
 * re-renders on every keystroke's check.
 */
export function HighlightPainter({ session, onFallback }: { session: BoxSession; onFallback(needed: boolean): void }) {
  useSignals();
  const checked = session.checked.value;
  useEffect(() => {
    if (!checked) return clearHighlights();
    onFallback(!paintHighlights(session.root, checked.snapshot, checked.analysis.findings));
    // A card about a finding that no longer exists closes.
    const card = openCard.value;
    if (card && !checked.analysis.findings.some((f) => f.ruleId === card.finding.ruleId && f.start === card.finding.start)) {
      openCard.value = null;
    }
  }, [session, checked, onFallback]);
  useEffect(() => () => clearHighlights(), [session]);
  return null;
}
