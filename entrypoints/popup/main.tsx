import { firstScreenSettled } from '@/components/popup/first-screen-signal';

// The app (Preact, the UI strings, the calendar's schema and rules: most of the popup's JS) is imported only once the
// saved first screen is on screen, or at once when there is none: evaluating it is a long task that would otherwise
// run before that copy's first frame.
document.documentElement.dataset.scriptStartMs = performance.now().toFixed(1);
void firstScreenSettled()
  .then(() => import('./app'))
  .then(({ startPopup }) => startPopup());
