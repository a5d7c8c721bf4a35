import { useEffect, useState } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { activeSession, openCard } from '@/lib/assistant/ui-state';
import { clearHighlights, paintHighlights } from '@/lib/assistant/highlights';
import { Badge } from './Badge';
import { FindingCard } from './FindingCard';
import { GateDialog } from './GateDialog';
import { FeedbackTagger } from './FeedbackTagger';
import { TemplatePicker } from './TemplatePicker';
import { FallbackMarks } from './FallbackMarks';
import { isDarkAround } from './useLayout';
import { useFindingPointer } from './useFindingPointer';

/** Root of the in-page UI, rendered in the assistant's shadow root. */
export function AssistantOverlay() {
  useSignals();
  const session = activeSession.value;
  const checked = session?.checked.value ?? null;
  const [needsFallback, setNeedsFallback] = useState(false);

  useEffect(() => {
    if (!session || !checked) return clearHighlights();
    setNeedsFallback(!paintHighlights(session.root, checked.snapshot, checked.analysis.findings));
    // A card about a finding that no longer exists closes.
    const card = openCard.value;
    if (card && !checked.analysis.findings.some((f) => f.ruleId === card.finding.ruleId && f.start === card.finding.start)) {
      openCard.value = null;
    }
  }, [session, checked]);
  useFindingPointer(session);

  return (
    <div className="ob-root" data-theme={isDarkAround(session?.root) ? 'dark' : 'light'}>
      {session && <FallbackMarks session={session} enabled={needsFallback} />}
      {session && <Badge session={session} />}
      {session && <FindingCard session={session} />}
      <TemplatePicker />
      <FeedbackTagger />
      <GateDialog />
    </div>
  );
}
