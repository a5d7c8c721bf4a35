import { effect } from '@preact/signals-react';
import { send } from '@/lib/messaging/client';
import { browser } from 'wxt/browser';
import { createOutbox, storageAreaOutboxStore } from '@/lib/records/outbox';
import { senderMasking } from '@/lib/records/privacy';
import { detectEditor } from '@/lib/editors';
import { adapterForHost } from '@/lib/sites/registry';
import { siteHostname } from '@/lib/sites/hosts';
import { genericAdapter } from '@/lib/sites/generic';
import { nearestPublishControl } from '@/lib/sites/publish-control';
import type { SiteAdapter } from '@/lib/sites/types';
import { watchActiveChecker } from '@/lib/kits/kit-source';
import type { Checker } from '@/lib/engine';
import { BoxSession } from './box-session';
import { deepActiveElement, editableFromEvent, isEditableElement, userPressIn, watchUserGestures } from './focus';
import { gateDecision, gateModeOf, installGate } from './gate';
import { overrideRecord, recordsForPublish } from './publish-records';
import { startSiteHealth } from './site-health-watch';
import { startEngagementSnapshots } from './engagement';
import { startFeedbackTagging } from './feedback';
import { installTemplatePicker, isAssistantUi } from './template-picker';
import { activeSession, currentKit, layoutFollowed, layoutTick, openCard } from './ui-state';

/**
 * The in-page assistant of one frame: tracks focused boxes, keeps one BoxSession per box, wires the pre-publish
 * gate and sends publish records through an outbox that keeps them until the background acknowledges them.
 */
export async function startAssistant(signal: AbortSignal): Promise<void> {
  const siteAdapter = adapterForHost(siteHostname());
  const sessions = new Map<HTMLElement, BoxSession>();
  let checker: Checker | undefined;

  // Pending records sit in extension storage (never the site's) until the background acknowledges them, so a
  // closed tab or a sleeping worker loses nothing; another tab adopts a stale outbox. They are masked first.
  const outbox = createOutbox({
    transport: (records) => send('records.put', { records }),
    store: storageAreaOutboxStore(browser.storage.local, crypto.randomUUID()),
    prepare: senderMasking(browser.storage.local),
  });
  const stopWatching = await watchActiveChecker((next, kit) => {
    checker = next;
    currentKit.value = kit;
    for (const session of sessions.values()) session.setChecker(next);
  });
  signal.addEventListener('abort', () => {
    stopWatching();
    outbox.stop();
    for (const session of sessions.values()) session.dispose();
  });
  const health = startSiteHealth(siteAdapter, siteHostname(), document);
  // The log's in-page inputs besides publishing: counts of the brand's own posts, tagged comments.
  startEngagementSnapshots(siteAdapter, (record) => outbox.enqueue(record), signal, health.engagement);
  startFeedbackTagging({ adapter: siteAdapter, document, enqueue: (record) => outbox.enqueue(record) }, signal);

  // Every keydown asks which box it is in: answer from a cache before fingerprinting the editor again.
  const byEditable = new WeakMap<HTMLElement, BoxSession>();
  const attach = (editable: HTMLElement): BoxSession | null => {
    const known = byEditable.get(editable);
    if (known?.root.isConnected) return known;
    const editor = detectEditor(editable);
    if (!editor || !checker) return null;
    const existing = sessions.get(editor.root);
    if (existing) {
      byEditable.set(editable, existing);
      return existing;
    }
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
      adapter = { ...siteAdapter, submitControl: (b, e) => siteAdapter.submitControl(b, e) ?? nearestPublishControl(e)?.control ?? null };
    }
    const session = new BoxSession(editable, editor.root, editor.strategy, adapter, box, checker, (event) => {
      void outbox.enqueue(recordsForPublish(session, event, location.href));
      if (recognised) health.published(session, event);
    });
    session.noSubmitControl.value = !adapter.submitControl(box, editor.root);
    if (recognised) health.submit(Boolean(ownControl));
    sessions.set(editor.root, session);
    byEditable.set(editable, session);
    return session;
  };

  // Onbrand's own fields (picker search, gate reason) live in its shadow root and are never reply boxes.
  const boxEditable = (event: Event): HTMLElement | null => {
    const editable = editableFromEvent(event);
    return editable && !isAssistantUi(editable) ? editable : null;
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
  addEventListener('focusin', (event) => gestures.recent() && focus(boxEditable(event)), { capture: true, signal });
  for (const type of ['pointerdown', 'keydown']) {
    addEventListener(type, (event) => userPressIn(event) && focus(boxEditable(event)), { capture: true, passive: true, signal });
  }
  // The box whose focus loaded us (the page-load script saw the person's press; its activation is still live).
  const initial = deepActiveElement();
  if (isEditableElement(initial) && !isAssistantUi(initial) && (navigator.userActivation?.isActive ?? true)) focus(initial);

  // Positioned UI follows scrolling and resizing, once per frame at most, while there is any (a badge whose box
  // scrolled away hides and stops following; then scrolling is not listened to at all).
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

  const sessionOf = (node: Element): BoxSession | null => {
    const sharing = [...sessions.values()].filter((session) => {
      if (!session.root.isConnected) return false;
      const control = session.adapter.submitControl(session.box, session.editable);
      return Boolean(control && (control === node || control.contains(node)));
    });
    if (sharing.length < 2) return sharing[0] ?? null;
    // Several fields share one publish control (WeChat's title, digest and body all go out with 发表): the gate
    // must hold for whichever of them has blocking findings, not only the first box that was focused.
    const mode = gateModeOf(currentKit.value);
    return sharing.find((session) => gateDecision(mode, session.checkNow().analysis.findings).action !== 'pass') ?? sharing[0];
  };
  const sessionForEvent = (event: Event): BoxSession | null => {
    const editable = boxEditable(event);
    return editable ? attach(editable) : null;
  };
  // Before the gate: an Enter that inserts a template is consumed there and never submits.
  installTemplatePicker({
    sessionForEvent,
    enqueue: (record) => void outbox.enqueue(record),
    signal,
  });
  installGate({
    sessionForControl: sessionOf,
    sessionForKey: sessionForEvent,
    kit: () => currentKit.value,
    onOverride: (session, reason, ruleIds) => void outbox.enqueue(overrideRecord(session, reason, ruleIds, location.href)),
    signal,
  });
}
