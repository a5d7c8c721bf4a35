import { createRoot } from 'react-dom/client';
import { Dashboard, preloadOpenTab } from '@/components/dashboard/Dashboard';
import { DashboardLoading } from '@/components/dashboard/DashboardLoading';
import { startLocaleSync } from '@/components/shared/i18n';
import { matchZodLocale } from '@/components/shared/zod-locale';
import { clearFirstScreenOnChange } from '@/components/popup/first-screen';
import '@/components/shared/base.css';
import '@/components/dashboard/dashboard.css';

preloadOpenTab();
// The popup's saved first screen lives in this origin's localStorage, out of the worker's reach: this page drops it.
clearFirstScreenOnChange();
const root = createRoot(document.getElementById('root')!);
root.render(<DashboardLoading />);
void startLocaleSync(matchZodLocale).finally(() => root.render(<Dashboard />));
