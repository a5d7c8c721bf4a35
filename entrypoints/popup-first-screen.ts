import { FIRST_SCREEN_ID, showFirstScreen } from '@/components/popup/first-screen';

// Run by popup.html before its app (a classic script, so it starts while the app's module is still loading): shows
// the popup's last first screen when it is still current (components/popup/first-screen.ts).
export default defineUnlistedScript(() => {
  const container = document.getElementById(FIRST_SCREEN_ID);
  if (container) void showFirstScreen(container).catch(() => undefined);
});
