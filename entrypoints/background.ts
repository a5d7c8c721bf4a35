import { browser } from 'wxt/browser';
import { createHandlers, database } from '@/lib/background/handlers';
import { registerReminderListeners, reminderBackground } from '@/lib/background/reminder-listeners';
import { dispatch } from '@/lib/messaging/receiver';
import { runStorageMigrations } from '@/lib/storage/settings-item';
import { onSettingsChanged } from '@/lib/storage/settings-store';
import { syncGenericSiteRegistration } from '@/lib/background/generic-sites';
import { calendarBackground, registerCalendarListeners } from '@/lib/background/calendar-listeners';
import { registerInPageEntryPoints } from '@/lib/background/in-page-entry-points';
import { registerTeamListeners, teamBackground } from '@/lib/team/background';
import { importPartsAtInstall } from '@/lib/background/worker-parts';
import { restoreLibraryAfterUpdate } from '@/lib/kits/kits-item';

// MV3 service worker (Firefox: event page). Every listener is registered synchronously in main(): a worker
// woken by an event only sees listeners added before its first await.
export default defineBackground({
  // Firefox MV2: an event page that unloads when idle, like Chrome's service worker.
  persistent: false,
  main() {
    // The RE2 engine is imported when a pattern first compiles, which Chrome allows for scripts imported at install.
    importPartsAtInstall();
    const handlers = createHandlers();
    const ownOrigin = browser.runtime.getURL('/');
    const migrations = runStorageMigrations();

    browser.runtime.onMessage.addListener((message, sender) =>
      migrations.then(() => dispatch(message, sender, browser.runtime.id, ownOrigin, handlers)),
    );

    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install') void browser.runtime.openOptionsPage();
      // The library as this version stores it, so no page checks it again at its first focus.
      if (reason === 'update') void restoreLibraryAfterUpdate().catch(() => {});
    });

    // Extra sites: the registration follows the optional host permissions the user grants or revokes.
    const syncSites = () => void migrations.then(syncGenericSiteRegistration);
    browser.permissions.onAdded.addListener(syncSites);
    browser.permissions.onRemoved.addListener(syncSites);
    // And the setting itself: a host granted before (no onAdded then) is registered when it is switched on.
    onSettingsChanged(syncSites);
    browser.runtime.onStartup.addListener(syncSites);

    // Content calendar: reminders, missed slots and the badge (alarms survive the worker sleeping).
    registerCalendarListeners(calendarBackground(), migrations);

    // Community reminders: welcome newcomers, birthdays and holidays (notifications that open the right page).
    registerReminderListeners(reminderBackground(database), migrations);

    // Keyboard commands and the context menu ("Insert template…", "Check this selection with Onbrand").
    registerInPageEntryPoints();

    // Team mode (lib/team): a sync loop only while a team server is connected; otherwise nothing at all.
    registerTeamListeners(teamBackground(calendarBackground().writer), migrations);
  },
});
