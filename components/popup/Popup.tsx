import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { CalendarSnapshot } from '@/lib/calendar/store';
import { onCalendarChanged } from '@/components/shared/calendar-client';
import { LanguagePicker } from '../shared/LanguagePicker';
import { uiLocale, useT } from '../shared/i18n';
import { SiteStatus } from './SiteStatus';
import { TodayView } from './TodayView';
import { ReplyQueue } from './ReplyQueue';
import { useFirstScreen } from './useFirstScreen';
import { PauseSwitch } from '../shared/PauseSwitch';
import { CrisisNotice } from './CrisisNotice';
import { useActivePause } from '../shared/useActivePause';

/**
 * The toolbar popup. `initial` is read from storage before the first render (one read), so today's slots
 * appear in the first paint; later changes (a publish matched in the background) arrive through storage events.
 */
export function Popup({ initial }: { initial: CalendarSnapshot }) {
  const t = useT();
  const [snapshot, setSnapshot] = useState(initial);
  const [now, setNow] = useState(Date.now);
  useEffect(() => onCalendarChanged(setSnapshot), []);
  useEffect(() => {
    // Keeps the now-line and the overdue/next states current while the popup stays open.
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const pause = useActivePause(now);
  const main = useRef<HTMLElement>(null);
  useFirstScreen(main, snapshot.revision, snapshot.calendar.settings.timeZone, uiLocale.value);
  useEffect(() => {
    document.documentElement.dataset.firstRenderMs = performance.now().toFixed(1);
  }, []);
  return (
    <main className="popup" data-testid="popup" ref={main}>
      <header className="popup-header">
        <h1 data-testid="popup-title">{t('app.name')}</h1>
        <button
          className="ob-primary"
          data-testid="open-dashboard"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popup.openDashboard')}
        </button>
      </header>
      {/* The site switch first: it must stay reachable without scrolling however many slots today has. */}
      <SiteStatus />
      {/* Shown once the worker answers, only while the crisis signal fires: it opens the switch below. */}
      <CrisisNotice now={now} />
      <PauseSwitch timeZone={snapshot.calendar.settings.timeZone} />
      <ReplyQueue now={now} />
      <TodayView snapshot={snapshot} now={now} pause={pause} />
      <LanguagePicker />
    </main>
  );
}
