import { refreshReviewRequired, reviewNotice, reviewRequiredFor, reviewStateOf } from './review';
import { effect } from '@preact/signals-react';
import { send } from '@/lib/messaging/client';
import { browser } from 'wxt/browser';
import { createOutbox, storageAreaOutboxStore, type Outbox } from '@/lib/records/outbox';
import { senderMasking } from '@/lib/records/record-masking';
import { customMaskersOf, type CustomMaskers } from '@/lib/records/mask';
import type { ActivityRecord } from '@/lib/records/schema';
import { detectEditor } from '@/lib/editors';
import { adapterForHost } from '@/lib/sites/registry';
import { siteHostname } from '@/lib/sites/hosts';
import { genericAdapter } from '@/lib/sites/generic';
import { nearestPublishControl } from '@/lib/sites/publish-control';
import type { SiteAdapter } from '@/lib/sites/types';
import { watchActiveChecker } from '@/lib/kits/kit-source';
import { ensurePartsForStoredKits, ensureSitePart, starterKits } from './parts';
import type { Checker } from '@/lib/engine';
import { BoxSession, type PublishEvent } from './box-session';
import {
  deepActiveElement,
  editableFromEvent,
  isEditableElement,
  loadedFor,
  watchUserGestures,
} from './focus';
import { gateDecision, gateModeOf, installGate } from './gate';
import { overrideRecord, recordsForPublish } from './publish-records';
import { startSiteHealth } from './site-health-watch';
import { watchSubmitControl } from './submit-control-watch';
import { watchReplyTarget } from './reply-target';
import { startEngagementSnapshots } from './engagement';
import { startFeedbackTagging } from './feedback';
import { startReplyQueue } from './reply-queue';
import { watchPause } from './pause-watch';
import { withPauseTerms } from '@/lib/pause/pause-terms';
import { startTemplateSuggestion } from './template-suggestion';
import { installTemplatePicker } from './template-picker';
import { closePicker, openPicker, pickerState } from './template-picker-state';
import { isAssistantUi } from './assistant-ui';
import { startFeatures, type Feature } from './features';
import { reportDraftFindings } from './draft-findings-report';
import { installEscape, listenForInPageCommands, openFindingsFromKeyboard } from './keyboard';
import { keepOnePanel } from './panels';
import { composedContains } from './replay';
import {
  selectionCheck,
  activeSession,
  currentKit,
  currentPause,
  currentResolvedKit,
  layoutFollowed,
  layoutTick,
  openCard,
} from './ui-state';

/** What the in-page features of one frame share. */
interface AssistantContext {
  siteAdapter: SiteAdapter;
  health: ReturnType<typeof startSiteHealth>;
  sessions: Map<HTMLElement, BoxSession>;
  checker: Checker | undefined;
  /** The kit's own privacy detectors: records are masked with them too before the outbox keeps them. */
  maskers: CustomMaskers;
  outbox: Outbox | undefined;
  enqueue(record: ActivityRecord): void;
  /** The reply box an event happened in (null outside boxes, and inside Onbrand's own UI). */
  sessionForEvent(event: Event): BoxSession | null;
  /** The box whose publish control `node` is (or is inside). */
  sessionForControl(node: Element): BoxSession | null;
  /** The session of an editable box (created on first use). */
  attach(editable: HTMLElement): BoxSession | null;
}

/**
 * The in-page assistant of one frame: the features below, each started with its own error isolation (features.ts).
 * Order matters where two listen to the same key: the picker's Enter (inserting a template) is consumed before
 * the gate sees a submit, and its trigger-mode Escape before the overlay's Escape.
 */
export async function startAssistant(signal: AbortSignal): Promise<void> {
  // In the built assistant the site's adapter is an optional part (wxt.config.ts): usually injected with it.
  await ensureSitePart(siteHostname());
  const siteAdapter = adapterForHost(siteHostname());
  const context: AssistantContext = {
    siteAdapter,
    health: startSiteHealth(siteAdapter, siteHostname(), document),
    sessions: new Map(),
    checker: undefined,
    maskers: [],
    outbox: undefined,
    enqueue: (record) => void context.outbox?.enqueue(record),
    sessionForEvent: () => null,
    sessionForControl: () => null,
    attach: () => null,
  };
  await startFeatures(FEATURES, context, signal);
}

const always = () => true;

const FEATURES: Feature<AssistantContext>[] = [
  {
    // Publish records (and gate overrides, template uses, engagement) go through an outbox in extension storage
    // (never the site's) until the background acknowledges them: a closed tab or a sleeping worker loses nothing;
    // another tab adopts a stale outbox. They are masked first.
    id: 'publish',
    applies: always,
    init(signal, context) {
      const outbox = createOutbox({
        transport: (records) => send('records.put', { records }),
        store: storageAreaOutboxStore(browser.storage.local, crypto.randomUUID()),
        prepare: senderMasking(browser.storage.local, () => context.maskers),
      });
      context.outbox = outbox;
      signal.addEventListener('abort', () => outbox.stop());
    },
  },
  {
    // The crisis pause in force: the badge's banner, the gate's hold on every post, the topic terms' findings.
    id: 'pause',
    applies: always,
    init: (signal) => watchPause(signal),
  },
  { id: 'check', applies: always, init: startChecking },
  {
    id: 'picker',
    applies: always,
    init(signal, context) {
      installTemplatePicker({ sessionForEvent: context.sessionForEvent, enqueue: context.enqueue, signal });
    },
  },
  {
    id: 'gate',
    applies: always,
    init(signal, context) {
      installGate({
        sessionForControl: context.sessionForControl,
        sessionForKey: context.sessionForEvent,
        kit: () => currentKit.value,
        pause: () => currentPause.value,
        onOverride: (session, reason, ruleIds) =>
          context.enqueue(overrideRecord(session, reason, ruleIds, location.href)),
        review: {
          required: reviewRequiredFor,
          state: reviewStateOf,
          held: (session, state, postWithoutReview) =>
            (reviewNotice.value = { session, state, postWithoutReview }),
        },
        signal,
      });
      // Which boxes need a team reviewer's approval: asked as each box becomes the active one.
      signal.addEventListener(
        'abort',
        effect(() => {
          const session = activeSession.value;
          if (session) void refreshReviewRequired(session).catch(() => undefined);
        }),
      );
    },
  },
  {
    // One panel at a time, Escape from anywhere, the browser's commands and context-menu choices.
    id: 'keyboard',
    applies: always,
    init(signal, context) {
      signal.addEventListener('abort', keepOnePanel());
      installEscape({
        activeSession: () => activeSession.value,
        sessionForEvent: context.sessionForEvent,
        signal,
      });
      listenForInPageCommands({
        openFindings: () => openFindingsFromKeyboard(focusedSession(context)),
        openTemplates: () => {
          if (pickerState.value?.mode === 'browse') return closePicker(true);
          const session = focusedSession(context);
          if (session) openPicker(session);
        },
        checkSelection: (text) => checkSelection(context, text),
        signal,
      });
    },
  },
  {
    // The log's in-page inputs besides publishing: counts of the brand's own posts, tagged comments.
    id: 'engagement',
    applies: always,
    init(signal, context) {
      startEngagementSnapshots(
        context.siteAdapter,
        (record) => context.outbox?.enqueue(record) ?? Promise.resolve(),
        signal,
        context.health.engagement,
      );
    },
  },
  {
    // Comments on the brand's own posts still waiting for an answer, with their age against the target.
    id: 'reply-queue',
    applies: always,
    init(signal, context) {
      startReplyQueue(context.siteAdapter, signal);
    },
  },
  {
    // A page a reminder opened: its suggested template (welcome, birthday, holiday) first in the picker.
    id: 'template-suggestion',
    applies: always,
    init(signal) {
      startTemplateSuggestion(signal);
    },
  },
  {
    id: 'feedback',
    applies: (context) => Boolean(context.siteAdapter.comments && context.siteAdapter.commentContext),
    init(signal, context) {
      startFeedbackTagging(
        {
          adapter: context.siteAdapter,
          document,
          enqueue: (record) => context.outbox?.enqueue(record) ?? Promise.resolve(),
        },
        signal,
      );
    },
  },
];

/**
 * The box a command applies to: the one with focus in this frame, else the active one. A command is the person's
 * own key or menu click (the browser delivers it), so it may make the focused box active like a click would.
 */
function focusedSession(context: AssistantContext): BoxSession | null {
  const focused = deepActiveElement();
  if (isEditableElement(focused) && !isAssistantUi(focused)) {
    let editable: HTMLElement = focused;
    while (editable.parentElement?.isContentEditable) editable = editable.parentElement;
    const session = context.attach(editable);
    if (session) {
      activeSession.value = session;
      return session;
    }
  }
  return activeSession.value?.root.isConnected ? activeSession.value : null;
}

/** "Check this selection with Onbrand": the selected text with the kit in force here, shown beside the selection. */
function checkSelection(context: AssistantContext, text: string): void {
  const checker = context.checker;
  if (!checker) return;
  const selection = getSelection();
  const anchor = selection?.rangeCount
    ? selection.getRangeAt(0).getBoundingClientRect()
    : new DOMRect(innerWidth / 2, 80, 0, 0);
  const findings = checker.analyze(text, { platform: context.siteAdapter.id }).findings;
  selectionCheck.value = { text, findings, anchor };
}

/**
 * Tells the background how many findings this draft has shown (for the popup's "caught" today) as that changes
 * (throttled), 0 once it is published. Only the count and platform leave the page's frame; a failed message is not
 * retried (the next change sends the whole count again).
 */
function reportSessionFindings(session: BoxSession): void {
  const draft = crypto.randomUUID();
  reportDraftFindings(session.shownFindings, session.signal, (count) => {
    void send('records.draftFindings', { draft, platform: session.adapter.id, count }).catch(() => undefined);
  });
}

/** Tracks focused boxes, keeps one BoxSession per box (pruned when the site removes the box), checks as they type. */
async function startChecking(signal: AbortSignal, context: AssistantContext): Promise<void> {
  const { siteAdapter, health, sessions } = context;
  // The kit's checker, with the crisis pause's topic terms added while a pause with terms is in force.
  let kitChecker: Checker | undefined;
  let termsKey = '';
  const install = () => {
    if (!kitChecker) return;
    const next = withPauseTerms(kitChecker, currentPause.peek()?.terms ?? []);
    context.checker = next;
    for (const session of sessions.values()) session.setChecker(next);
  };
  const stopWatching = await watchActiveChecker(
    (next, kit, resolved) => {
      kitChecker = next;
      context.maskers = customMaskersOf([kit]);
      currentKit.value = kit;
      currentResolvedKit.value = resolved;
      install();
    },
    { beforeLoad: ensurePartsForStoredKits, starter: starterKits, compiledStore: true },
  );
  signal.addEventListener(
    'abort',
    effect(() => {
      const key = (currentPause.value?.terms ?? []).join('\n');
      if (key !== termsKey) {
        termsKey = key;
        install();
      }
    }),
  );
  signal.addEventListener('abort', () => {
    stopWatching();
    for (const session of sessions.values()) session.dispose();
  });

  // Boxes the site removed (sent, closed, navigated away from) stop observing; one still publishing is kept
  // until its publish resolves (a box that vanishes is how some sites say "sent").
  const prune = () => {
    for (const [root, session] of sessions) {
      if (root.isConnected || session.publishPending) continue;
      session.dispose();
      sessions.delete(root);
      if (activeSession.peek() === session) activeSession.value = null;
    }
  };

  const replyTarget = watchReplyTarget(siteAdapter, signal);

  // Every keydown asks which box it is in: answer from a cache before fingerprinting the editor again.
  const byEditable = new WeakMap<HTMLElement, BoxSession>();
  const attach = (editable: HTMLElement): BoxSession | null => {
    const known = byEditable.get(editable);
    if (known?.root.isConnected && sessions.has(known.root)) return known;
    const editor = detectEditor(editable);
    const checker = context.checker;
    if (!editor || !checker) return null;
    const existing = sessions.get(editor.root);
    if (existing) {
      byEditable.set(editable, existing);
      return existing;
    }
    prune();
    // A supported site whose markup changed (or a variant no adapter knows) still gets checks, and its publish
    // control is found structure-first by the fallback, so its posts are still gated and recorded.
    let adapter: SiteAdapter = siteAdapter;
    let box = siteAdapter.matchBox(editor.root);
    const recognised = Boolean(box) && siteAdapter !== genericAdapter;
    if (siteAdapter !== genericAdapter) health.box(recognised);
    if (!box && siteAdapter !== genericAdapter) {
      adapter = { ...genericAdapter, id: siteAdapter.id };
      box = genericAdapter.matchBox(editor.root);
    }
    if (!box) return null;
    // The adapter's own control first; a recognised box whose button moved still gets one found structure-first.
    const ownControl = adapter.submitControl(box, editor.root);
    if (!ownControl && recognised) {
      adapter = {
        ...siteAdapter,
        submitControl: (b, e) => siteAdapter.submitControl(b, e) ?? nearestPublishControl(e)?.control ?? null,
      };
    }
    const onPublish = (event: PublishEvent) => {
      void context.outbox?.enqueue(recordsForPublish(session, event, location.href));
      if (recognised) health.published(session, event);
      replyTarget.clear();
    };
    // A shared box answers the comment whose 回复 the person clicked: the panels keep clear of that comment.
    const replyingTo = () => (recognised ? replyTarget.current() : null);
    const session = new BoxSession(
      editable,
      editor.root,
      editor.strategy,
      adapter,
      box,
      checker,
      onPublish,
      replyingTo,
    );
    reportSessionFindings(session);
    watchSubmitControl(
      session,
      () => Boolean(session.adapter.submitControl(session.box, session.root)),
      (found) => {
        session.noSubmitControl.value = !found;
        // Health judges the adapter's own selectors: a control found only structure-first is still drift.
        if (recognised) health.submit(Boolean(siteAdapter.submitControl(session.box, session.root)));
      },
    );
    sessions.set(editor.root, session);
    byEditable.set(editable, session);
    return session;
  };

  // Onbrand's own fields (picker search, gate reason) live in its shadow root and are never reply boxes.
  const boxEditable = (event: Event): HTMLElement | null => {
    const editable = editableFromEvent(event);
    return editable && !isAssistantUi(editable) ? editable : null;
  };
  context.attach = attach;
  context.sessionForEvent = (event) => {
    const editable = boxEditable(event);
    return editable ? attach(editable) : null;
  };
  context.sessionForControl = (node) => {
    const sharing = [...sessions.values()].filter((session) => {
      if (!session.root.isConnected) return false;
      const control = session.adapter.submitControl(session.box, session.editable);
      return Boolean(control && composedContains(control, node));
    });
    if (sharing.length < 2) return sharing[0] ?? null;
    // Several fields share one publish control (WeChat's title, digest and body all go out with 发表): the gate
    // must hold for whichever of them has blocking findings, not only the first box that was focused.
    const mode = gateModeOf(currentKit.value);
    return (
      sharing.find((session) => gateDecision(mode, session.checkNow().analysis.findings).action !== 'pass') ??
      sharing[0]
    );
  };

  const focus = (editable: HTMLElement | null) => {
    if (!editable) return;
    const session = attach(editable);
    if (session && activeSession.value !== session) {
      openCard.value = null;
      activeSession.value = session;
    }
  };
  // Only a person moves the assistant to a box: a focus right after their press, or a press inside the box. A
  // page script's focus() does not (focus events are trusted whoever caused them).
  const gestures = watchUserGestures(window, signal);
  addEventListener('focusin', (event) => gestures.recent() && focus(boxEditable(event)), {
    capture: true,
    signal,
  });
  for (const type of ['pointerdown', 'keydown']) {
    // A key in the active box (every keystroke: the focused box is the key's target) has nothing to move.
    addEventListener(
      type,
      (event) => {
        if (event.isTrusted && event.target !== activeSession.peek()?.editable) focus(boxEditable(event));
      },
      {
        capture: true,
        passive: true,
        signal,
      },
    );
  }
  // The box whose focus loaded us: the page-load script saw the person's press in it (however long the injection
  // and the kit's compile took), or the press that made the background inject us is still live (a command).
  const initial = deepActiveElement();
  if (
    isEditableElement(initial) &&
    !isAssistantUi(initial) &&
    (loadedFor(initial) || (navigator.userActivation?.isActive ?? true))
  )
    focus(initial);

  followLayout(signal);
}

/**
 * Positioned UI follows scrolling and resizing, once per frame at most, while there is any (a badge whose box
 * scrolled away hides and stops following; then scrolling is not listened to at all).
 */
function followLayout(signal: AbortSignal): void {
  let frame = 0;
  const relayout = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      layoutTick.value++;
    });
  };
  const stopFollowingLayout = effect(() => {
    if (!layoutFollowed.value) return;
    const following = new AbortController();
    addEventListener('scroll', relayout, { capture: true, passive: true, signal: following.signal });
    addEventListener('resize', relayout, { passive: true, signal: following.signal });
    return () => {
      following.abort();
      cancelAnimationFrame(frame);
      frame = 0;
    };
  });
  signal.addEventListener('abort', stopFollowingLayout);
  // A box that grows or shrinks with its text moves the badge's corner: re-measure within that same frame.
  const boxResizes = new ResizeObserver(() => layoutTick.value++);
  const stopFollowingBox = effect(() => {
    boxResizes.disconnect();
    const session = activeSession.value;
    if (session) boxResizes.observe(session.root);
  });
  signal.addEventListener('abort', () => {
    stopFollowingBox();
    boxResizes.disconnect();
  });
}
