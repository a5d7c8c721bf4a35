import { FIRST_SCREEN_ID, showFirstScreen } from '@/components/popup/first-screen';
import { startApp } from '@/components/popup/app-entry';

// Run by popup.html while it is parsed (a classic script): shows the popup's last first screen at once when it is
// still today's (components/popup/first-screen.ts), then starts the app after that copy's frame, or at once when
// there is no copy (components/popup/app-entry.ts).
export default defineUnlistedScript(() => {
  const container = document.getElementById(FIRST_SCREEN_ID);
  let shown = false;
  try {
    shown = !!container && showFirstScreen(container).shown;
  } catch {
    // No localStorage (a policy may block site data): the app renders as if there were no copy.
  }
  startApp(shown);
});
