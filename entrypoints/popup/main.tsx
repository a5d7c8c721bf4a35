import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { startLocaleSync } from '@/components/shared/i18n';
import '@/components/shared/base.css';
import '@/components/popup/popup.css';

void startLocaleSync().finally(() => createRoot(document.getElementById('root')!).render(<Popup />));
