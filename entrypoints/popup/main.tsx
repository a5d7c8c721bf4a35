import { startPopup } from './app';

// The app (Preact, the UI strings, the calendar's schema and rules: most of the popup's JS). In the build,
// popup-first-screen.js inserts this module after the saved first screen's frame, or at once when there is none
// (components/popup/app-entry.ts); under the dev server popup.html's own module script runs it.
document.documentElement.dataset.scriptStartMs = performance.now().toFixed(1);
startPopup();
