import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { startLocaleSync } from '@/components/shared/i18n';
import { matchZodLocale } from '@/components/shared/zod-locale';
import { loadCalendar } from '@/components/shared/calendar-client';
import { clearFirstScreenOnChange } from '@/components/popup/first-screen';

/** The popup's app: the language and today's calendar are read in parallel, then it renders once with both. */
export function startPopup(): void {
  const calendar = loadCalendar();
  clearFirstScreenOnChange();
  void startLocaleSync(matchZodLocale)
    .catch(() => undefined)
    .then(() => calendar)
    .then((initial) => createRoot(document.getElementById('root')!).render(<Popup initial={initial} />));
}
