/**
 * The in-page reply-template picker, wired into the page: the library and settings it follows, the keys it takes
 * in a box (before the pre-publish gate), and what re-decides or closes it. It opens by the button, the browser
 * command "open-templates" (Alt+Shift+Y unless changed at chrome://extensions/shortcuts) or the trigger typed in
 * the box. Its pure decisions are template-picker-decisions.ts, its state and transitions
 * template-picker-state.ts, trigger detection template-picker-trigger.ts.
 *
 * Two modes:
 *  - browse: opened by the button or the shortcut; focus moves to the picker's search field, the caret the
 *    manager left in the box is saved and the template goes there (Escape restores focus and that selection).
 *  - trigger: the trigger (";;") was typed in the box; focus STAYS in the box, the text typed after the trigger
 *    filters the list, and Enter/Tab (or space on an exact shortcut) replaces the typed ";;shortcut".
 * A template with values nobody knows yet ({?order number}, an unknown {author}) first shows a small form.
 */
import { effect, untracked } from '@preact/signals-react';
import type { ActivityRecord } from '@/lib/records/schema';
import { resolveLocale, type UiLocale } from '@/lib/i18n';
import { loadSettings, onSettingsChanged } from '@/lib/storage/page-settings';
import { findByShortcut, type TemplateLibrary } from '@/lib/templates';
import { loadTemplates, onTemplatesChanged } from '@/lib/templates/store';
import { isComposing } from '@/lib/editors/composition';
import { starterTemplates, withTemplateParts } from './parts';
import type { BoxSession } from './box-session';
import { activeSession } from './ui-state';
import { deepActiveElement } from './focus';
import { isAssistantUi } from './assistant-ui';
import { editorKeyAction, pickerMatches, replyLanguage } from './template-picker-decisions';
import {
  chooseTemplate,
  moveHighlight,
  myName,
  newState,
  pickerLocale,
  pickerState,
  setTemplateUseSink,
  templateLibrary,
} from './template-picker-state';
import { dismissTrigger, nothingToDecide, syncTrigger } from './template-picker-trigger';

export interface PickerHost {
  /** The reply box an event happened in (null outside boxes, and inside Onbrand's own UI). */
  sessionForEvent(event: Event): BoxSession | null;
  enqueue(record: ActivityRecord): void;
  signal: AbortSignal;
}

/**
 * Listens for the shortcut and the trigger. Call before the pre-publish gate is installed: an Enter that inserts
 * a template is stopped here and must never reach the gate or the site as a submit.
 */
export function installTemplatePicker(host: PickerHost): void {
  setTemplateUseSink(host.enqueue);
  const { signal: abort } = host;
  // The picker gets each library once the parts its search needs are here; a later library wins over an earlier
  // one still waiting for them.
  let revision = 0;
  const offer = (library: TemplateLibrary) => {
    const mine = ++revision;
    void withTemplateParts(library).then(
      (ready) => {
        if (mine === revision) templateLibrary.value = ready;
      },
      (error: unknown) => console.error('Onbrand: the template picker cannot search this library', error),
    );
  };
  void loadTemplates(starterTemplates).then(offer, () => {});
  const stopTemplates = onTemplatesChanged(offer, starterTemplates);
  const applySettings = (settings: { locale: 'auto' | UiLocale; myName: string }) => {
    pickerLocale.value = resolveLocale(settings.locale, navigator.language);
    myName.value = settings.myName;
  };
  void loadSettings().then(applySettings, () => {});
  const stopSettings = onSettingsChanged(applySettings);
  abort.addEventListener('abort', () => {
    stopTemplates();
    stopSettings();
    pickerState.value = null;
  });

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  addEventListener(
    'keydown',
    (event) => {
      // A page script's synthetic keys never open the picker or insert a template.
      if (!event.isTrusted || isComposing(event)) return;
      if (!['Enter', 'Tab', ' ', 'ArrowDown', 'ArrowUp', 'Escape'].includes(event.key)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const session = host.sessionForEvent(event);
      if (!session) return;
      // Re-read now: the last input may not have been synced yet when keys arrive fast.
      const typed = syncTrigger(session);
      const state = pickerState.value;
      const open =
        state?.mode === 'trigger' && state.session === session
          ? { matches: pickerMatches(templateLibrary.value, state), highlighted: state.highlighted }
          : null;
      const library = templateLibrary.value;
      const action = editorKeyAction(event.key, typed?.shortcut ?? null, open, (shortcut) => {
        // Judged only when a shortcut is looked up: it reads the whole draft.
        const language =
          state?.language ?? replyLanguage(session.snapshot().text, undefined, pickerLocale.value);
        return library
          ? findByShortcut(library, shortcut, { platform: session.adapter.id, language })
          : undefined;
      });
      if (!action) return;
      stop(event);
      if (action.kind === 'move') moveHighlight(action.delta);
      else if (action.kind === 'close') {
        if (typed) dismissTrigger(session.root, typed.start);
        pickerState.value = null;
      } else {
        if (!open && typed)
          pickerState.value = newState(session, 'trigger', { query: typed.shortcut, typed });
        void chooseTemplate(action.template);
      }
    },
    { capture: true, signal: abort },
  );

  // The trigger is noticed after each check of the active box, in the frame that paints the keystroke: the text
  // has settled by then. Editors that render their model a little later (Slate) change the DOM again, which asks
  // for another check.
  const stopFollowingChecks = effect(() => {
    const session = activeSession.value;
    if (!session?.checked.value) return;
    untracked(() => {
      if (session.root.isConnected && !session.isComposing) syncTrigger(session);
    });
  });
  abort.addEventListener('abort', stopFollowingChecks);

  // Moving the caret (and editors that settle their selection after rendering, like Slate) re-decides too:
  // the list follows the caret into and out of a typed trigger.
  let selectionFrame = 0;
  document.addEventListener(
    'selectionchange',
    () => {
      const session = activeSession.value;
      // A caret moved by typing is re-decided by the check that keystroke booked, when it runs.
      if (selectionFrame || !session || session.checkPending || nothingToDecide(session)) return;
      selectionFrame = requestAnimationFrame(() => {
        selectionFrame = 0;
        const session = activeSession.value;
        const state = pickerState.value;
        if (
          !session ||
          !session.root.isConnected ||
          session.isComposing ||
          (state && state.mode !== 'trigger')
        )
          return;
        if (!session.root.contains(deepActiveElement())) return;
        syncTrigger(session);
      });
    },
    { signal: abort },
  );

  // Focus or a click moving to something else in the page (not the box, not the picker) closes the picker.
  const closeWhenOutside = (event: Event) => {
    const state = pickerState.value;
    const target = event.composedPath()[0];
    if (!state || isAssistantUi(target)) return;
    if (target instanceof Node && state.session.root.contains(target)) return;
    pickerState.value = null;
  };
  addEventListener('focusin', closeWhenOutside, { capture: true, signal: abort });
  addEventListener('pointerdown', closeWhenOutside, { capture: true, signal: abort });
}
