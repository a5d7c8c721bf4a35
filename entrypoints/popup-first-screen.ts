import { FIRST_SCREEN_ID, showFirstScreen } from '@/components/popup/first-screen';
import { announceFirstScreen } from '@/components/popup/first-screen-signal';

// Run by popup.html before its app (an async classic script, so it starts while the app's module is still loading):
// shows the popup's last first screen when it is still current (components/popup/first-screen.ts), and tells the app
// when that copy is on screen.
export default defineUnlistedScript(() => {
  const container = document.getElementById(FIRST_SCREEN_ID);
  announceFirstScreen(container ? showFirstScreen(container).catch(() => false) : Promise.resolve(false));
});
