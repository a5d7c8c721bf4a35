import { useEffect } from 'react';
import { effect } from '@preact/signals-react';
import type { BoxSession } from '@/lib/assistant/box-session';
import { openCard } from '@/lib/assistant/ui-state';
import { clearHighlights, paintHighlights } from '@/lib/assistant/highlights';

/**
 * Repaints the highlights after each check. A signal effect, not a render: a keystroke's check paints its
 * highlights in the same frame without React reconciling anything.
 */
export function HighlightPainter({
  session,
  onFallback,
}: {
  session: BoxSession;
  onFallback(needed: boolean): void;
}) {
  useEffect(() => {
    let fallback: boolean | undefined;
    const stop = effect(() => {
      const checked = session.checked.value;
      if (!checked) return void clearHighlights(session.root);
      const needed = !paintHighlights(session.root, checked.snapshot, checked.analysis.findings);
      // Told only when it changes: a state update, even to the same value, costs React a pass per keystroke.
      if (needed !== fallback) onFallback((fallback = needed));
      // A card about a finding that no longer exists closes.
      const card = openCard.peek();
      if (
        card &&
        !checked.analysis.findings.some(
          (f) => f.ruleId === card.finding.ruleId && f.start === card.finding.start,
        )
      ) {
        openCard.value = null;
      }
    });
    return () => {
      stop();
      clearHighlights(session.root);
    };
  }, [session, onFallback]);
  return null;
}
