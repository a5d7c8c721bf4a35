import { useT } from './i18n';
import { requestPauseSwitch } from './pause-request';
import { useActivePause } from './useActivePause';

/**
 * Where the crisis signal is seen firing (the popup's notice, the reports' crisis section): what fired, and an
 * action that opens the page's one pause switch (pause-request.ts). Nothing while a pause is in force (the
 * switch shows that one).
 */
export function PauseOffer({ text, testId }: { text: string; testId: string }) {
  const t = useT();
  if (useActivePause()) return null;
  return (
    <p role="alert" className="pause-offer" data-testid={testId}>
      {text}{' '}
      <button
        type="button"
        className="ob-primary"
        data-testid="pause-offer-open"
        onClick={requestPauseSwitch}
      >
        {t('pause.offer.open')}
      </button>
    </p>
  );
}
