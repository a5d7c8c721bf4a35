import type { CDPSession, Page } from '@playwright/test';

// The in-page assistant's UI lives in a CLOSED shadow root: neither the page nor Playwright's shadow-piercing
// locators reach it. Tests reach it as a person does: they read it from the extension's own content-script world
// (an isolated world whose origin is the extension's; there `chrome.dom.openOrClosedShadowRoot` opens the host)
// and act on it with trusted input at its coordinates (Playwright's mouse and keyboard are CDP input events).
//
//   const ui = overlay(page);
//   await expect.poll(() => ui.getByTestId('onbrand-badge').attribute('data-state')).toBe('block');
//   await ui.getByTestId('gate-reason').fill('Quoting a customer');
//   await ui.getByTestId('gate-post-anyway').click();

const HOST = 'onbrand-assistant';
const DEFAULT_TIMEOUT_MS = 7_000;

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string; frameId?: string };
}

/** The extension's content-script world of each frame of one page, kept current across navigations. */
interface ContentWorlds {
  session: CDPSession;
  byFrame: Map<string, number>;
}

const worlds = new WeakMap<Page, Promise<ContentWorlds>>();

function contentWorlds(page: Page): Promise<ContentWorlds> {
  let entry = worlds.get(page);
  if (!entry) {
    entry = (async () => {
      const session = await page.context().newCDPSession(page);
      const byFrame = new Map<string, number>();
      session.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => {
        const frameId = context.auxData?.frameId;
        if (
          context.auxData?.type === 'isolated' &&
          context.origin.startsWith('chrome-extension://') &&
          frameId
        )
          byFrame.set(frameId, context.id);
      });
      session.on(
        'Runtime.executionContextDestroyed',
        ({ executionContextId }: { executionContextId: number }) => {
          for (const [frame, id] of byFrame) if (id === executionContextId) byFrame.delete(frame);
        },
      );
      session.on('Runtime.executionContextsCleared', () => byFrame.clear());
      // Enabling reports every context that already exists.
      await session.send('Runtime.enable');
      return { session, byFrame };
    })();
    worlds.set(page, entry);
  }
  return entry;
}

/** A frame of the page: the main one, or the one an <iframe> matching `selector` shows. */
async function frameOf(
  page: Page,
  session: CDPSession,
  selector?: string,
): Promise<{ frameId: string; offset: { x: number; y: number } }> {
  if (!selector) {
    const { frameTree } = (await session.send('Page.getFrameTree')) as {
      frameTree: { frame: { id: string } };
    };
    return { frameId: frameTree.frame.id, offset: { x: 0, y: 0 } };
  }
  const { result } = (await session.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(selector)})`,
  })) as { result: { objectId?: string } };
  if (!result.objectId) throw new Error(`overlay: no frame element ${selector}`);
  const { node } = (await session.send('DOM.describeNode', { objectId: result.objectId })) as {
    node: { frameId?: string };
  };
  if (!node.frameId) throw new Error(`overlay: ${selector} shows no frame`);
  // Coordinates inside the frame start at its content box.
  const offset = await page.locator(selector).evaluate((frame) => {
    const rect = frame.getBoundingClientRect();
    return { x: rect.left + frame.clientLeft, y: rect.top + frame.clientTop };
  });
  return { frameId: node.frameId, offset };
}

interface Step {
  css: string;
  nth?: number;
}

/**
 * Source of the function run in the content-script world: finds the overlay's elements for `steps` and applies
 * `handler(elements, root, arg)`. Returns `{ missing: true }` while the assistant is not mounted in that frame.
 */
const IN_WORLD = `async (steps, handler, arg) => {
  // At the end of <html>, or inside a modal <dialog> that holds the box (in the site's open shadow roots too).
  const inside = (scope) => {
    const direct = scope.querySelector(${JSON.stringify(HOST)});
    if (direct) return direct;
    for (const element of scope.querySelectorAll('*')) {
      const found = element.shadowRoot && inside(element.shadowRoot);
      if (found) return found;
    }
    return null;
  };
  const host = inside(document);
  const root = host && chrome.dom.openOrClosedShadowRoot(host);
  if (!root) return { missing: true };
  let found = [root];
  for (const step of steps) {
    let next = found.flatMap((node) => [...node.querySelectorAll(step.css)]);
    if (step.nth !== undefined) next = next.at(step.nth) ? [next.at(step.nth)] : [];
    found = next;
  }
  return { value: await handler(steps.length ? found : [], root, arg) };
}`;

export interface OverlayElement {
  /** How many elements match (0 while the assistant is not loaded). */
  count(): Promise<number>;
  visible(): Promise<boolean>;
  text(): Promise<string | null>;
  attribute(name: string): Promise<string | null>;
  focused(): Promise<boolean>;
  disabled(): Promise<boolean>;
  /** The first match's box in the page's coordinates. */
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  /** Runs `fn(element, arg)` on the first match in the content-script world (`fn` is sent as source). */
  evaluate<Arg, Result>(fn: (element: Element, arg: Arg) => Result, arg?: Arg): Promise<Result>;
  waitFor(state?: 'visible' | 'hidden', timeoutMs?: number): Promise<void>;
  /** A trusted click at the centre of the first match, once it is visible and on top. */
  click(): Promise<void>;
  hover(): Promise<void>;
  /** Clicks the field, selects what it holds and types `text` over it (trusted input). */
  fill(text: string): Promise<void>;
  nth(index: number): OverlayElement;
  first(): OverlayElement;
  locator(css: string): OverlayElement;
  getByTestId(id: string): OverlayElement;
}

export interface Overlay {
  getByTestId(id: string): OverlayElement;
  locator(css: string): OverlayElement;
  /** Runs `fn(root, arg)` on the overlay's shadow root in the content-script world; undefined while not mounted. */
  evaluate<Arg, Result>(fn: (root: ShadowRoot, arg: Arg) => Result, arg?: Arg): Promise<Result | undefined>;
  /** Runs a script's source in the content-script world (e.g. a library such as axe-core that defines a global). */
  addScript(source: string): Promise<void>;
}

const byTestId = (id: string) => `[data-testid=${JSON.stringify(id)}]`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The assistant's UI on `page` (or in the iframe `options.frame` selects), read and used as a person would. */
export function overlay(page: Page, options: { frame?: string } = {}): Overlay {
  /** `handler` is the source of an InWorld function: inlined, since the world's CSP forbids eval. */
  const run = async <Result>(
    steps: Step[],
    handler: string,
    arg?: unknown,
  ): Promise<{ value: Result } | null> => {
    const { session, byFrame } = await contentWorlds(page);
    const { frameId } = await frameOf(page, session, options.frame);
    const contextId = byFrame.get(frameId);
    if (contextId === undefined) return null;
    const response = (await session
      .send('Runtime.evaluate', {
        expression: `(${IN_WORLD})(${JSON.stringify(steps)}, ${handler}, ${JSON.stringify(arg ?? null)})`,
        contextId,
        returnByValue: true,
        awaitPromise: true,
      })
      // A navigation destroyed the world between the lookup and the call: nothing is there now.
      .catch(() => null)) as {
      result: { value?: { missing?: true; value?: Result } };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    } | null;
    if (!response) return null;
    if (response.exceptionDetails)
      throw new Error(
        `overlay: ${response.exceptionDetails.exception?.description ?? response.exceptionDetails.text}`,
      );
    const outcome = response.result.value;
    return outcome && !outcome.missing ? { value: outcome.value as Result } : null;
  };

  const element = (steps: Step[]): OverlayElement => {
    const describe = steps.map((s) => `${s.css}${s.nth !== undefined ? `[${s.nth}]` : ''}`).join(' ');
    const first = async <Arg, Result>(
      fn: (element: Element, arg: Arg) => Result,
      fallback: Result,
      arg?: Arg,
    ): Promise<Result> => {
      const handler = `(elements, root, arg) => elements[0] ? { found: true, value: (${fn.toString()})(elements[0], arg) } : { found: false }`;
      const outcome = await run<{ found: boolean; value?: Result }>(steps, handler, arg);
      return outcome?.value.found ? (outcome.value.value as Result) : fallback;
    };
    const visible = () =>
      first((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 0 && rect.height > 0 && el.checkVisibility({ visibilityProperty: true });
      }, false);
    const waitFor = async (state: 'visible' | 'hidden' = 'visible', timeoutMs = DEFAULT_TIMEOUT_MS) => {
      const deadline = Date.now() + timeoutMs;
      while ((await visible()) !== (state === 'visible')) {
        if (Date.now() > deadline) throw new Error(`overlay: ${describe} not ${state} after ${timeoutMs} ms`);
        await pause(50);
      }
    };
    /** The first match's centre in page coordinates, once it is on top there (scrolled into view first). */
    const centre = async (): Promise<{ x: number; y: number }> => {
      await waitFor('visible');
      const { session } = await contentWorlds(page);
      const { offset } = await frameOf(page, session, options.frame);
      const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
      for (;;) {
        const point = await first(
          (el) => {
            el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            const rect = el.getBoundingClientRect();
            const x = rect.left + rect.width / 2;
            const y = rect.top + rect.height / 2;
            const top = (el.getRootNode() as ShadowRoot).elementFromPoint(x, y);
            return { x, y, onTop: Boolean(top && (top === el || el.contains(top))) };
          },
          null as { x: number; y: number; onTop: boolean } | null,
        );
        if (point?.onTop || (point && Date.now() > deadline))
          return { x: point.x + offset.x, y: point.y + offset.y };
        if (Date.now() > deadline) throw new Error(`overlay: ${describe} is gone`);
        await pause(50);
      }
    };
    const self: OverlayElement = {
      count: async () => (await run<number>(steps, '(elements) => elements.length'))?.value ?? 0,
      visible,
      text: () => first((el) => el.textContent, null),
      attribute: (name) => first((el, attr) => el.getAttribute(attr), null, name),
      focused: () => first((el) => (el.getRootNode() as ShadowRoot).activeElement === el, false),
      disabled: () => first((el) => (el as HTMLButtonElement).disabled === true, false),
      boundingBox: async () => {
        const rect = await first(
          (el) => {
            const r = el.getBoundingClientRect();
            return { x: r.left, y: r.top, width: r.width, height: r.height };
          },
          null as { x: number; y: number; width: number; height: number } | null,
        );
        if (!rect) return null;
        const { session } = await contentWorlds(page);
        const { offset } = await frameOf(page, session, options.frame);
        return { ...rect, x: rect.x + offset.x, y: rect.y + offset.y };
      },
      evaluate: async <Arg, Result>(fn: (element: Element, arg: Arg) => Result, arg?: Arg) => {
        await waitFor('visible');
        return first(fn, undefined as Result, arg);
      },
      waitFor,
      click: async () => {
        const { x, y } = await centre();
        await page.mouse.click(x, y);
      },
      hover: async () => {
        const { x, y } = await centre();
        await page.mouse.move(x, y);
      },
      fill: async (text) => {
        await self.click();
        await page.keyboard.press('ControlOrMeta+A');
        if (text) await page.keyboard.insertText(text);
        else await page.keyboard.press('Backspace');
      },
      nth: (index) => element([...steps.slice(0, -1), { ...steps[steps.length - 1], nth: index }]),
      first: () => self.nth(0),
      locator: (css) => element([...steps, { css }]),
      getByTestId: (id) => element([...steps, { css: byTestId(id) }]),
    };
    return self;
  };

  return {
    getByTestId: (id) => element([{ css: byTestId(id) }]),
    locator: (css) => element([{ css }]),
    evaluate: async <Arg, Result>(fn: (root: ShadowRoot, arg: Arg) => Result, arg?: Arg) => {
      const outcome = await run<Result>([], `(elements, root, arg) => (${fn.toString()})(root, arg)`, arg);
      return outcome?.value;
    },
    addScript: async (source: string) => {
      await run([], `(elements, root, arg) => {\n${source}\n}`);
    },
  };
}
