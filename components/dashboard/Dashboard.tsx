import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '../shared/i18n';
import { StorageNotice } from './StorageNotice';
import { DashboardLoading } from './DashboardLoading';
import { PauseSwitch } from '../shared/PauseSwitch';
import { requestPauseSwitch } from '../shared/pause-request';
import { useCalendarZone } from '../shared/useCalendarZone';
import { PAUSE_OFFER_PARAM } from '@/lib/pause/offer';

// The dashboard's sections; the URL hash (#kit, #reports …) selects one so links and reloads land on it. Each tab's
// code is its own chunk, loaded when the tab opens: opening #members or #reports parses that tab only, not the
// calendar's, the kit editor's and the rest (the whole dashboard was one 667 KB chunk).
const TABS: { id: string; label: MessageKey; load: () => Promise<{ default: ComponentType }> }[] = [
  {
    id: 'kit',
    label: 'dash.tab.kit',
    load: () => import('./tabs/KitTab').then((m) => ({ default: m.KitTab })),
  },
  {
    id: 'templates',
    label: 'dash.tab.templates',
    load: () => import('./tabs/TemplatesTab').then((m) => ({ default: m.TemplatesTab })),
  },
  {
    id: 'calendar',
    label: 'dash.tab.calendar',
    load: () => import('./tabs/CalendarTab').then((m) => ({ default: m.CalendarTab })),
  },
  {
    id: 'reports',
    label: 'dash.tab.reports',
    load: () => import('./tabs/ReportsTab').then((m) => ({ default: m.ReportsTab })),
  },
  {
    id: 'members',
    label: 'dash.tab.members',
    load: () => import('./members/MembersTab').then((m) => ({ default: m.MembersTab })),
  },
  {
    id: 'team',
    label: 'dash.tab.team',
    load: () => import('./team/TeamTab').then((m) => ({ default: m.TeamTab })),
  },
  {
    id: 'settings',
    label: 'dash.tab.settings',
    load: () => import('./tabs/SettingsTab').then((m) => ({ default: m.SettingsTab })),
  },
];

const COMPONENTS = new Map(TABS.map((tab) => [tab.id, lazy(tab.load)]));

/** Starts loading the open tab's code at once, while the page still reads its language (main.tsx). */
export function preloadOpenTab(): void {
  void TABS.find((tab) => tab.id === tabFromHash())?.load();
}

function tabFromHash(): string {
  const id = location.hash.slice(1).split('/')[0];
  return TABS.some((tab) => tab.id === id) ? id : 'kit';
}

/** Where each key moves in the tab list (WAI-ARIA tabs pattern; the list is vertical, so both arrow pairs work). */
function tabAfterKey(key: string, index: number): number | null {
  if (key === 'ArrowDown' || key === 'ArrowRight') return (index + 1) % TABS.length;
  if (key === 'ArrowUp' || key === 'ArrowLeft') return (index - 1 + TABS.length) % TABS.length;
  if (key === 'Home') return 0;
  if (key === 'End') return TABS.length - 1;
  return null;
}

export function Dashboard() {
  const t = useT();
  const [active, setActive] = useState(tabFromHash);
  const tabRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const zone = useCalendarZone();
  // Opened by a page's offer (lib/pause/offer.ts): the pause's switch opens, nothing is switched.
  useEffect(() => {
    if (!new URLSearchParams(location.search).has(PAUSE_OFFER_PARAM)) return;
    requestPauseSwitch();
    // Once: a reload or a link copied from here does not open it again.
    history.replaceState(history.state, '', location.pathname + location.hash);
  }, []);
  useEffect(() => {
    const onHash = () => setActive(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const Component = COMPONENTS.get(active)!;
  // Tabs activate on focus (automatic activation): the hash changes, so reloads and links keep working.
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = tabAfterKey(event.key, index);
    if (next === null) return;
    event.preventDefault();
    tabRefs.current[next]?.focus();
    location.hash = TABS[next].id;
  };
  return (
    <div className="dash" data-testid="dashboard">
      <nav className="dash-nav" aria-label={t('dash.title')}>
        <h1 data-testid="dashboard-title">{t('app.name')}</h1>
        <div role="tablist" aria-orientation="vertical" aria-label={t('dash.title')} className="dash-tabs">
          {TABS.map((tab, index) => (
            <a
              key={tab.id}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              role="tab"
              id={`tab-${tab.id}`}
              href={`#${tab.id}`}
              aria-selected={tab.id === active}
              aria-controls={tab.id === active ? `panel-${tab.id}` : undefined}
              tabIndex={tab.id === active ? 0 : -1}
              onKeyDown={(event) => onKeyDown(event, index)}
              data-testid={`tab-${tab.id}`}
              className={tab.id === active ? 'active' : undefined}
            >
              {t(tab.label)}
            </a>
          ))}
        </div>
      </nav>
      <main className="dash-main">
        <StorageNotice />
        {/* The crisis pause on every tab (its one instance): switched from wherever the manager is when it is
            needed, in the calendar's zone like the popup's. */}
        {zone && <PauseSwitch timeZone={zone} />}
        <div
          role="tabpanel"
          id={`panel-${active}`}
          aria-labelledby={`tab-${active}`}
          data-testid={`panel-${active}`}
        >
          <Suspense fallback={<DashboardLoading />}>
            <Component />
          </Suspense>
        </div>
      </main>
    </div>
  );
}
