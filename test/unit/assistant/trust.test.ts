// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/engine';
import type { BoxSession } from '@/lib/assistant/box-session';
import { REVIEW_RULE_ID, installGate } from '@/lib/assistant/gate';
import type { ReviewState } from '@/lib/team/review-gate';
import { gateRequest } from '@/lib/assistant/ui-state';
import { userPressIn, watchUserGestures } from '@/lib/assistant/focus';

// The trust rules of the in-page assistant: only a person's events (isTrusted) lead to records and decisions.
// Events a page script dispatches, and its `.click()`, carry isTrusted=false; happy-dom leaves isTrusted unset
// (false), so a person's event is marked here the way the browser marks it.

function asPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const BLOCKING = { ruleId: 'banned:damn', severity: 'block', text: 'damn', start: 6, end: 10 } as Finding;

type Submitted = ReturnType<typeof vi.fn<(text: string, reason?: string) => void>>;
type OnOverride = ReturnType<typeof vi.fn<(session: BoxSession, reason: string, ruleIds: string[]) => void>>;

/**
 * The one gate-on-a-page setup of these tests: a textarea and a Post button whose clicks (and the site's own
 * submit key) the page counts in `site.submits`, one session for both, and the gate installed over them.
 */
function gateOnPage(options: {
  text?: string;
  isSubmitKey: (event: KeyboardEvent) => boolean;
  findings: () => Finding[];
  review?: Parameters<typeof installGate>[0]['review'];
}) {
  document.body.innerHTML = '<textarea></textarea><button>Post</button>';
  const box = document.querySelector('textarea')!;
  box.value = options.text ?? '';
  const submit = document.querySelector('button')!;
  const site = { submits: 0 };
  submit.addEventListener('click', () => site.submits++);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && options.isSubmitKey(event)) site.submits++;
  });
  const submitted: Submitted = vi.fn<(text: string, reason?: string) => void>();
  const onOverride: OnOverride = vi.fn<(session: BoxSession, reason: string, ruleIds: string[]) => void>();
  const session = {
    root: box,
    editable: box,
    hasUserInput: true,
    isComposing: false,
    adapter: { submitControl: () => submit, isSubmitKey: options.isSubmitKey },
    checkNow: () => ({ snapshot: { text: box.value }, analysis: { findings: options.findings() } }),
    submitted,
  } as unknown as BoxSession & { hasUserInput: boolean };
  const controller = new AbortController();
  installGate({
    sessionForControl: (target) => (target === submit ? session : null),
    sessionForKey: () => session,
    kit: () => null,
    onOverride,
    review: options.review,
    signal: controller.signal,
  });
  return { box, submit, site, session, submitted, onOverride, controller };
}

describe('the pre-publish gate and untrusted submits', () => {
  let controller: AbortController;
  let box: HTMLTextAreaElement;
  let submit: HTMLButtonElement;
  let site: { submits: number };
  let findings: Finding[];
  let session: BoxSession & { hasUserInput: boolean };
  let submitted: Submitted;
  let onOverride: OnOverride;

  beforeEach(() => {
    findings = [];
    ({ box, submit, site, session, submitted, onOverride, controller } = gateOnPage({
      isSubmitKey: (event) => event.key === 'Enter',
      findings: () => findings,
    }));
  });

  afterEach(() => {
    controller.abort();
    gateRequest.value = null;
  });

  it("a person's click on a clean draft goes out and becomes a publish", () => {
    submit.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(site.submits).toBe(1);
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it("a person's click on a draft they never wrote in (a script or the site filled it) goes out, unrecorded", () => {
    session.hasUserInput = false;
    submit.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(site.submits).toBe(1);
    expect(submitted).not.toHaveBeenCalled();
  });

  it('"Post anyway" by the person on a blocked draft they never wrote in: their override, but no publish record', () => {
    findings = [BLOCKING];
    session.hasUserInput = false;
    submit.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
    expect(site.submits).toBe(0);
    gateRequest.value!.resolve(
      { action: 'post', reason: 'Quoting a customer' },
      asPerson(new MouseEvent('click')),
    );
    expect(onOverride).toHaveBeenCalledWith(session, 'Quoting a customer', ['banned:damn']);
    expect(site.submits).toBe(1);
    expect(submitted).not.toHaveBeenCalled();
  });

  it("a script's .click() on a clean draft reaches the site but is never recorded", () => {
    submit.click();
    expect(site.submits).toBe(1);
    expect(submitted).not.toHaveBeenCalled();
  });

  it("a script's .click() on a blocked draft nobody typed is held silently", () => {
    findings = [BLOCKING];
    session.hasUserInput = false;
    submit.click();
    expect(site.submits).toBe(0);
    expect(gateRequest.value).toBeNull();
    expect(submitted).not.toHaveBeenCalled();
  });

  it('a blocked draft the person wrote, sent by a script: held, and only their own "Post anyway" decides', () => {
    findings = [BLOCKING];
    submit.click();
    expect(site.submits).toBe(0);
    const request = gateRequest.value!;
    expect(request.blocking).toEqual([BLOCKING]);
    // A decision from an untrusted event changes nothing.
    request.resolve({ action: 'post', reason: 'reason chosen by the page' }, new MouseEvent('click'));
    expect(gateRequest.value).toBe(request);
    expect(onOverride).not.toHaveBeenCalled();
    expect(site.submits).toBe(0);
    request.resolve({ action: 'post', reason: 'Quoting a customer' }, asPerson(new MouseEvent('click')));
    expect(gateRequest.value).toBeNull();
    expect(onOverride).toHaveBeenCalledWith(session, 'Quoting a customer', ['banned:damn']);
    expect(submitted).toHaveBeenCalledWith('', 'Quoting a customer');
    expect(site.submits).toBe(1);
  });

  it("a script's synthetic Enter on a blocked draft is held before the site's handler", () => {
    findings = [BLOCKING];
    session.hasUserInput = false;
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    box.dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(true);
    expect(site.submits).toBe(0);
    expect(submitted).not.toHaveBeenCalled();
  });
});

describe("a person's focus", () => {
  it('counts only right after a trusted press; a script-dispatched one proves nothing', () => {
    const controller = new AbortController();
    document.body.innerHTML = '<textarea></textarea>';
    const gestures = watchUserGestures(document, controller.signal);
    const box = document.querySelector('textarea')!;
    box.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(gestures.recent()).toBe(false);
    box.dispatchEvent(asPerson(new PointerEvent('pointerdown', { bubbles: true })));
    expect(gestures.recent()).toBe(true);
    controller.abort();
  });

  it('a press inside a box names the box only when trusted', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const box = document.querySelector('textarea')!;
    const seen: (HTMLElement | null)[] = [];
    box.addEventListener('keydown', (event) => seen.push(userPressIn(event)));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    box.dispatchEvent(asPerson(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true })));
    expect(seen).toEqual([null, box]);
  });
});

describe('a box held for team review', () => {
  let controller: AbortController;
  let submit: HTMLButtonElement;
  let site: { submits: number };
  let submitted: Submitted;
  let onOverride: OnOverride;
  let post: ((reason: string, via: Event) => void) | null;

  const install = (state: ReviewState) => {
    post = null;
    ({ submit, site, submitted, onOverride, controller } = gateOnPage({
      text: 'Autumn menu',
      isSubmitKey: () => false,
      findings: () => [],
      review: {
        required: () => true,
        state: async () => state,
        held: (_session, _state, postWithoutReview) => (post = postWithoutReview),
      },
    }));
  };
  const personClicks = () =>
    submit.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  afterEach(() => controller.abort());

  it("where the kit allows it: the person's reason, by their own click, once — an override of the review rule, and the publish carries the reason", async () => {
    install({ kind: 'needed', overrideAllowed: true });
    personClicks();
    await settle();
    expect(site.submits).toBe(0);
    expect(post).not.toBeNull();
    post!('Store is on fire, posting the notice now', new MouseEvent('click'));
    post!('   ', asPerson(new MouseEvent('click')));
    expect(onOverride).not.toHaveBeenCalled();
    expect(site.submits).toBe(0);
    post!('Store is on fire, posting the notice now', asPerson(new MouseEvent('click')));
    expect(onOverride).toHaveBeenCalledWith(expect.anything(), 'Store is on fire, posting the notice now', [
      REVIEW_RULE_ID,
    ]);
    expect(submitted).toHaveBeenCalledWith('Autumn menu', 'Store is on fire, posting the notice now');
    expect(site.submits).toBe(1);
    post!('again', asPerson(new MouseEvent('click')));
    expect(onOverride).toHaveBeenCalledTimes(1);
    expect(site.submits).toBe(1);
  });

  it('where the kit does not allow it, no reason lets the box out', async () => {
    install({ kind: 'needed' });
    personClicks();
    await settle();
    post!('Please', asPerson(new MouseEvent('click')));
    expect(onOverride).not.toHaveBeenCalled();
    expect(submitted).not.toHaveBeenCalled();
    expect(site.submits).toBe(0);
  });
});
