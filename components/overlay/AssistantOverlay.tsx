import { useMemo, useState } from 'react';
import { useSignals } from '@preact/signals-react/runtime';
import { activeSession } from '@/lib/assistant/ui-state';
import { Badge } from './Badge';
import { FindingCard } from './FindingCard';
import { FindingsList } from './FindingsList';
import { SelectionCheck } from './SelectionCheck';
import { GateDialog } from './GateDialog';
import { CommunityUi } from './CommunityUi';
import { TemplatePickerSlot } from './TemplatePickerSlot';
import { FallbackMarks } from './FallbackMarks';
import { HighlightPainter } from './HighlightPainter';
import { isDarkAround } from './dark-mode';
import { useFindingPointer } from './useFindingPointer';

/**
 * Root of the in-page UI, rendered in the assistant's shadow root. It reads only which box is active; the parts
 * that change with every check (badge, highlights, marks) subscribe to the check themselves.
 */
export function AssistantOverlay() {
  useSignals();
  const session = activeSession.value;
  const [needsFallback, setNeedsFallback] = useState(false);
  // The site's theme is judged once per box, not on every keystroke (getComputedStyle forces style work).
  const dark = useMemo(() => isDarkAround(session?.root), [session]);
  useFindingPointer(session);

  return (
    <div className="ob-root" data-theme={dark ? 'dark' : 'light'}>
      {session && <HighlightPainter session={session} onFallback={setNeedsFallback} />}
      {session && <FallbackMarks session={session} enabled={needsFallback} />}
      {session && <Badge session={session} />}
      {session && <FindingsList session={session} />}
      {session && <FindingCard session={session} />}
      <SelectionCheck />
      <TemplatePickerSlot />
      <CommunityUi />
      <GateDialog />
    </div>
  );
}
