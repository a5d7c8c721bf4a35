import { createRoot } from 'react-dom/client';
import { Dashboard, preloadOpenTab } from '@/components/dashboard/Dashboard';
import { startLocaleSync } from '@/components/shared/i18n';
import { matchZodLocale } from '@/components/shared/zod-locale';
import '@/components/shared/base.css';
import '@/components/dashboard/dashboard.css';

preloadOpenTab();
void startLocaleSync(matchZodLocale).finally(() =>
  createRoot(document.getElementById('root')!).render(<Dashboard />),
);
