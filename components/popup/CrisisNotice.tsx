import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import type { CrisisSignal } from '@/lib/records/reports/crisis';
import { useT } from '../shared/i18n';
import { PauseOffer } from '../shared/PauseOffer';

/**
 * The popup's crisis notice: while the crisis signal fires (the reports' own function, asked of the worker after
 * the first screen is drawn), what fired and an action that opens the popup's pause switch. Nothing otherwise.
 */
export function CrisisNotice({ now }: { now: number }) {
  const t = useT();
  const [signal, setSignal] = useState<CrisisSignal | null>(null);
  useEffect(() => {
    let live = true;
    // After the first frame: the log's read must not compete with the popup's first render.
    const timer = setTimeout(
      () =>
        void send('records.crisis', { now }).then(
          (answer) => live && setSignal(answer),
          (error: unknown) => console.warn('Onbrand: crisis signal not read', error),
        ),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [now]);
  if (!signal?.raised) return null;
  const text = signal.reasons.includes('spike')
    ? t('pause.popup.spike', { count: signal.last24h })
    : t('pause.popup.tagged', { count: signal.crisisTagged });
  return (
    <div className="popup-crisis" data-testid="popup-crisis" data-last24h={signal.last24h}>
      <PauseOffer text={text} testId="popup-crisis-offer" />
    </div>
  );
}
