import { useEffect, useState } from 'react';
import { send } from '@/lib/messaging/client';
import { useT } from '../../shared/i18n';

export function ReportsTab() {
  const t = useT();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => void send('records.count', {}).then(({ count }) => setCount(count)), []);
  return (
    <section data-testid="reports-tab">
      <h2>{t('dash.tab.reports')}</h2>
      <p className="ob-muted">{t('dash.reports.intro')}</p>
      {count !== null && <p data-testid="records-total">{t('dash.reports.total', { count })}</p>}
    </section>
  );
}
