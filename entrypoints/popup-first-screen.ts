import { FIRST_SCREEN_ID, showFirstScreen } from '@/components/popup/first-screen';
import { announceFirstScreen } from '@/components/popup/first-screen-signal';

// Run by popup.html before its app (a classic script, so it runs while the app's module is still loading): shows the
// popup's last first screen at once when it is still today's (components/popup/first-screen.ts), and tells the app
// when that copy is on screen.
export default defineUnlistedScript(() => {
  const container = document.getElementById(FIRST_SCREEN_ID);
  let shown = false;
  try {
    shown = !!container && showFirstScreen(container).shown;
  } catch {
    // No localStorage (a policy may block site data): the app renders as if there were no copy.
  }
  announceFirstScreen(Promise.resolve(shown));
});
