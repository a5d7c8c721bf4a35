import { useEffect, useState, type ComponentType } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '../shared/i18n';
import { KitTab } from './tabs/KitTab';
import { TemplatesTab } from './tabs/TemplatesTab';
import { CalendarTab } from './tabs/CalendarTab';
import { ReportsTab } from './tabs/ReportsTab';
import { SettingsTab } from './tabs/SettingsTab';

// The dashboard's sections; the URL hash (#kit, #reports …) selects one so links and reloads land on it.
const TABS: { id: string; label: MessageKey; Component: ComponentType }[] = [
  { id: 'kit', label: 'dash.tab.kit', Component: KitTab },
  { id: 'templates', label: 'dash.tab.templates', Component: TemplatesTab },
  { id: 'calendar', label: 'dash.tab.calendar', Component: CalendarTab },
  { id: 'reports', label: 'dash.tab.reports', Component: ReportsTab },
  { id: 'settings', label: 'dash.tab.settings', Component: SettingsTab },
];

function tabFromHash(): string {
  const id = location.hash.slice(1).split('/')[0];
  return TABS.some((tab) => tab.id === id) ? id : 'kit';
}

export function Dashboard() {
  const t = useT();
  const [active, setActive] = useState(tabFromHash);
  useEffect(() => {
    const onHash = () => setActive(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const { Component } = TABS.find((tab) => tab.id === active)!;
  return (
    <div className="dash" data-testid="dashboard">
      <nav className="dash-nav" role="tablist" aria-label={t('dash.title')}>
        <h1 data-testid="dashboard-title">{t('app.name')}</h1>
        {TABS.map((tab) => (
          <a
            key={tab.id}
            role="tab"
            href={`#${tab.id}`}
            aria-selected={tab.id === active}
            data-testid={`tab-${tab.id}`}
            className={tab.id === active ? 'active' : undefined}
          >
            {t(tab.label)}
          </a>
        ))}
      </nav>
      <main className="dash-main" role="tabpanel" data-testid={`panel-${active}`}>
        <Component />
      </main>
    </div>
  );
}
