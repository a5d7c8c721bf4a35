import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { startLocaleSync } from '@/components/shared/i18n';
import { matchZodLocale } from '@/components/shared/zod-locale';
import { loadCalendar } from '@/components/shared/calendar-client';
import '@/components/shared/base.css';
import '@/components/popup/popup.css';

// The language and today's calendar are read in parallel, then the popup renders once with both.
document.documentElement.dataset.scriptStartMs = performance.now().toFixed(1);
const calendar = loadCalendar();
void startLocaleSync(matchZodLocale)
  .catch(() => undefined)
  .then(() => calendar)
  .then((initial) => createRoot(document.getElementById('root')!).render(<Popup initial={initial} />));
