// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/engine';
import type { BoxSession } from '@/lib/assistant/box-session';
import { installGate } from '@/lib/assistant/gate';
import { composedContains, replayTarget } from '@/lib/assistant/replay';
import { gateRequest } from '@/lib/assistant/ui-state';

// Where "Post anyway" sends a held click again: the element the person clicked when it lies inside the publish
// control (a site listening on an icon inside its button), otherwise the control. happy-dom leaves isTrusted false,
// so a person's event is marked here the way the browser marks it.

function asPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const BLOCKING = { ruleId: 'banned:damn', severity: 'block', text: 'damn', start: 6, end: 10 } as Finding;

describe('composedContains', () => {
  it('sees the control itself, its light-DOM children and elements inside its open shadow root', () => {
    document.body.innerHTML = '<div id="c"><button><span id="icon"></span></button></div><p id="out"></p>';
    const control = document.getElementById('c')!;
    expect(composedContains(control, control)).toBe(true);
    expect(composedContains(control, document.getElementById('icon')!)).toBe(true);
    expect(composedContains(control, document.getElementById('out')!)).toBe(false);

    const host = document.createElement('x-publish');
    control.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(composedContains(control, inner)).toBe(true);
    expect(composedContains(host, inner)).toBe(true);
    expect(composedContains(inner, host)).toBe(false);
  });
});

describe('replayTarget', () => {
  let control: HTMLElement;
  let icon: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML =
      '<div class="send"><div><span class="icon"></span></div></div><span class="other"></span>';
    control = document.querySelector('.send')!;
    icon = document.querySelector('.icon')!;
  });

  it("a person's click on a child of the control is replayed on that child", () => {
    expect(replayTarget(control, asPerson(new MouseEvent('click')), icon)).toBe(icon);
  });

  it("a page script's held click is replayed on the control, wherever the script clicked", () => {
    expect(replayTarget(control, new MouseEvent('click'), icon)).toBe(control);
  });

  it('an element outside the control, or one the site removed meanwhile, falls back to the control', () => {
    expect(replayTarget(control, asPerson(new MouseEvent('click')), document.querySelector('.other')!)).toBe(
      control,
    );
    icon.remove();
    expect(replayTarget(control, asPerson(new MouseEvent('click')), icon)).toBe(control);
    expect(replayTarget(null, asPerson(new MouseEvent('click')), icon)).toBeNull();
  });
});

describe('the gate replays on the element the person clicked', () => {
  let controller: AbortController;
  let box: HTMLTextAreaElement;
  let control: HTMLElement;
  let icon: HTMLElement;
  let iconClicks: number;
  let controlClicks: number;
  let findings: Finding[];
  let submitted: ReturnType<typeof vi.fn<(text: string, reason?: string) => void>>;

  beforeEach(() => {
    document.body.innerHTML =
      '<textarea></textarea><div class="send"><div><span class="icon"></span></div></div>';
    box = document.querySelector('textarea')!;
    control = document.querySelector('.send')!;
    icon = document.querySelector('.icon')!;
    iconClicks = 0;
    controlClicks = 0;
    // The site listens on the icon only (as Douyin does on its send icon span).
    icon.addEventListener('click', () => iconClicks++);
    control.addEventListener('click', (event) => {
      if (event.target === control) controlClicks++;
    });
    findings = [BLOCKING];
    submitted = vi.fn<(text: string, reason?: string) => void>();
    const session = {
      root: box,
      editable: box,
      hasUserInput: true,
      isComposing: false,
      adapter: { submitControl: () => control, isSubmitKey: () => false },
      checkNow: () => ({ snapshot: { text: box.value }, analysis: { findings } }),
      submitted,
    } as unknown as BoxSession;
    controller = new AbortController();
    installGate({
      sessionForControl: (target) => (composedContains(control, target) ? session : null),
      sessionForKey: () => null,
      kit: () => null,
      onOverride: () => {},
      signal: controller.signal,
    });
  });

  afterEach(() => {
    controller.abort();
    gateRequest.value = null;
  });

  it("Post anyway after a person's click on the icon: the icon's handler runs once, with the click's position", () => {
    let replayed: MouseEvent | undefined;
    icon.addEventListener('click', (event) => (replayed = event));
    icon.dispatchEvent(
      asPerson(new MouseEvent('click', { bubbles: true, cancelable: true, clientX: 12, clientY: 34 })),
    );
    expect(iconClicks).toBe(0);
    gateRequest.value!.resolve(
      { action: 'post', reason: 'Quoting a customer' },
      asPerson(new MouseEvent('click')),
    );
    expect(iconClicks).toBe(1);
    expect(controlClicks).toBe(0);
    expect(replayed).toMatchObject({ clientX: 12, clientY: 34, bubbles: true });
    expect(submitted).toHaveBeenCalledWith('', 'Quoting a customer');
  });

  it("a page script's .click() on the icon: held, and the person's Post anyway goes to the control, not the script's element", () => {
    icon.click();
    expect(iconClicks).toBe(0);
    gateRequest.value!.resolve(
      { action: 'post', reason: 'Quoting a customer' },
      asPerson(new MouseEvent('click')),
    );
    expect(controlClicks).toBe(1);
    expect(iconClicks).toBe(0);
  });
});
