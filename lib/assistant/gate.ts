import type { BrandKit, Finding, GateMode } from '@/lib/engine';
import type { BoxSession } from './box-session';
import { gateRequest } from './ui-state';
import { isComposing } from '@/lib/editors/composition';
import { reviewGate, type ReviewState } from '@/lib/team/review-gate';
import { replayClick } from './replay';
import { PAUSE_RULE_ID, type Pause } from '@/lib/pause/pause';

export type { GateMode };

/** The rule id an override of a review hold is recorded under (reports show it as "Review before publishing"). */
export const REVIEW_RULE_ID = 'review-required';

export function gateModeOf(kit: BrandKit | null): GateMode {
  return kit?.gate?.mode ?? 'warn';
}

/** What the gate does with a submit: let it through, or hold it for the dialog (which may ask for a reason). */
export type GateDecision =
  { action: 'pass' } | { action: 'hold'; blocking: Finding[]; requireReason: boolean };

/**
 * Only `block` findings hold a submit, and only when the kit's gate is on. During a crisis pause every submit is
 * held, whatever the kit's gate, for a confirmation and a reason (its blocking findings listed too, if any).
 */
export function gateDecision(mode: GateMode, findings: readonly Finding[], pause?: Pause): GateDecision {
  const blocking = findings.filter((f) => f.severity === 'block');
  if (pause) return { action: 'hold', blocking: mode === 'off' ? [] : blocking, requireReason: true };
  if (mode === 'off' || blocking.length === 0) return { action: 'pass' };
  return { action: 'hold', blocking, requireReason: mode === 'require-reason' };
}

/**
 * Whether a keydown is the site's keyboard submit for this box. Enter that ends an IME composition (isComposing,
 * keyCode 229) only picks a candidate: never a submit. The event's own state decides, as it does for the site:
 * a composition whose compositionend never came (an editor re-rendering mid-composition) must not open the gate.
 */
export function isGateSubmitKey(event: KeyboardEvent, session: Pick<BoxSession, 'adapter' | 'box'>): boolean {
  if (event.key !== 'Enter' || isComposing(event)) return false;
  return session.adapter.isSubmitKey(event, session.box);
}

/**
 * Intercepts the site's submit (click on its Post/Reply control or its keyboard shortcut) in the capture phase,
 * before the site's own handlers. With blocking findings the submit is held and the gate dialog decides;
 * "Post anyway" replays the submit with the gate bypassed once (a click on the element the person clicked, when
 * it lies inside the control: see replay.ts).
 *
 * Trust: a publish record needs both the person's input in the box (keys, IME, paste, drop, a template or fix they
 * chose) and their submit (a trusted click or key, or "Post anyway"): text a page script wrote and the person only
 * sent is not proof of what they wrote. Only "Post anyway" clicked by a person leads to an override. A page script's `.click()` or synthetic Enter is still held when the draft
 * has blocking findings (so a blocked draft does not go out that way), silently unless the person wrote in the
 * box (then the dialog asks them, as for their own submit); with nothing blocking it passes, unrecorded.
 */
export function installGate(options: {
  sessionForControl(target: Element): BoxSession | null;
  sessionForKey(event: KeyboardEvent): BoxSession | null;
  kit(): BrandKit | null;
  /** The crisis pause in force, if any (lib/assistant/pause-watch.ts). */
  pause?(): Pause | undefined;
  onOverride(session: BoxSession, reason: string, ruleIds: string[]): void;
  /** Team review before publishing (lib/assistant/review.ts); absent or not required: findings only. */
  review?: {
    required(session: BoxSession): boolean;
    state(session: BoxSession, text: string): Promise<ReviewState>;
    /**
     * The box is held for review. With `overrideAllowed`, `postWithoutReview` sends it anyway once the person gave
     * a reason by their own click (recorded as an override of the review rule, the publish carrying the reason).
     */
    held(
      session: BoxSession,
      state: ReviewState,
      postWithoutReview: (reason: string, via: Event) => void,
    ): void;
  };
  signal: AbortSignal;
}): void {
  let bypass = false;

  /** The findings part of the gate; `approvalId` is the team reviewer's approval of this exact text, if any. */
  const decide = (
    event: Event,
    session: BoxSession,
    replay: () => void,
    held: { snapshot: ReturnType<BoxSession['checkNow']>['snapshot']; findings: Finding[] } | null,
    approvalId?: string,
    reviewReason?: string,
  ): void => {
    const mode = gateModeOf(options.kit());
    // Always a fresh check: the debounced one may be a keystroke behind.
    const { snapshot, analysis } = held ? { snapshot: held.snapshot, analysis: held } : session.checkNow();
    const pause = options.pause?.();
    const decision = gateDecision(mode, analysis.findings, pause);
    // After a review hold the submit was already stopped; it goes out again through replay().
    const replayed = held !== null;
    if (decision.action === 'pass') {
      if (!event.isTrusted) return;
      if (session.hasUserInput) session.submitted(snapshot.text, ...approved(reviewReason, approvalId));
      if (replayed) replayNow(replay);
      return;
    }
    const { blocking, requireReason } = decision;
    if (!replayed) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (!event.isTrusted && !session.hasUserInput) return;
    gateRequest.value = {
      session,
      blocking,
      requireReason,
      ...(pause ? { pause } : {}),
      resolve(choice, via) {
        // The dialog lives in a closed shadow root, but the decision to post is still only taken from a person.
        if (choice.action === 'post' && !via.isTrusted) return;
        gateRequest.value = null;
        if (choice.action === 'edit') {
          session.root.focus();
          return;
        }
        options.onOverride(session, choice.reason, [
          ...blocking.map((f) => f.ruleId),
          ...(pause ? [PAUSE_RULE_ID] : []),
        ]);
        if (session.hasUserInput)
          session.submitted(snapshot.text, ...approved(choice.reason || undefined, approvalId));
        replayNow(replay);
      },
    };
  };

  // The approval id only when there is one: a submit without team review calls submitted() as it always did.
  const approved = (reason: string | undefined, approvalId?: string): [string?, string?] =>
    approvalId ? [reason, approvalId] : reason === undefined ? [] : [reason];

  const replayNow = (replay: () => void) => {
    bypass = true;
    try {
      replay();
    } finally {
      bypass = false;
    }
  };

  const hold = (event: Event, session: BoxSession, replay: () => void): void => {
    const review = options.review;
    if (!review?.required(session)) return decide(event, session, replay, null);
    // A box the team requires review for: held until a reviewer approved this exact text (asked now, so the
    // submit is stopped first and sent again once the answer allows it). A page script's submit never passes.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!event.isTrusted) return;
    const { snapshot, analysis } = session.checkNow();
    void review.state(session, snapshot.text).then((state) => {
      const verdict = reviewGate(state);
      if (!verdict.hold)
        return decide(event, session, replay, { snapshot, findings: analysis.findings }, verdict.approvalId);
      let used = false;
      review.held(session, state, (reason, via) => {
        // Only the person's own click, once, with a reason, and only where the team's kit allows it.
        const why = reason.trim();
        if (used || !via.isTrusted || !why || !('overrideAllowed' in state && state.overrideAllowed)) return;
        used = true;
        options.onOverride(session, why, [REVIEW_RULE_ID]);
        decide(event, session, replay, { snapshot, findings: analysis.findings }, undefined, why);
      });
    });
  };

  // An editor inside a same-origin iframe (WeChat's article body) is published by a button in the parent page:
  // listen there too.
  const windows: Window[] = [window];
  try {
    if (window.parent !== window && window.parent.document) windows.push(window.parent);
  } catch {
    // Cross-origin parent: its buttons are not ours to watch.
  }
  for (const target of windows) listen(target);

  function listen(win: Window) {
    win.addEventListener(
      'click',
      (event) => {
        if (bypass) return;
        const target = event.composedPath()[0];
        // Duck-typed: an element of the parent frame is not an instance of this frame's Element.
        if (!target || (target as Node).nodeType !== Node.ELEMENT_NODE) return;
        const session = options.sessionForControl(target as Element);
        if (!session) return;
        const control = session.adapter.submitControl(session.box, session.editable);
        // Replayed where the person clicked when that is inside the control: a site listening on a child of its
        // control (an icon span inside the button) would miss a click replayed on the control itself.
        hold(event, session, () => replayClick(control, event, target as Element));
      },
      { capture: true, signal: options.signal },
    );

    win.addEventListener(
      'keydown',
      (event) => {
        // Every site's keyboard submit is an Enter: other keys (all the typing) are not looked at further.
        if (bypass || event.key !== 'Enter') return;
        const session = options.sessionForKey(event);
        if (!session || !isGateSubmitKey(event, session)) return;
        const init: KeyboardEventInit = {
          key: event.key,
          code: event.code,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          shiftKey: event.shiftKey,
          altKey: event.altKey,
          bubbles: true,
          cancelable: true,
          composed: true,
        };
        const target = event.composedPath()[0] as Element;
        hold(event, session, () => {
          const control = session.adapter.submitControl(session.box, session.editable);
          if (control) control.click();
          else target.dispatchEvent(new KeyboardEvent('keydown', init));
        });
      },
      { capture: true, signal: options.signal },
    );
  }
}
