// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_META, appEntryFiles, startApp } from '@/components/popup/app-entry';

const ENTRY = '/chunks/popup-abc.js';
const IMPORTS = ['/chunks/first-screen-def.js', '/chunks/format-ghi.js'];

function pageWithMeta(content: string | undefined): void {
  document.head.replaceChildren();
  if (content === undefined) return;
  const meta = document.createElement('meta');
  meta.name = APP_ENTRY_META;
  meta.content = content;
  document.head.append(meta);
}

const moduleScripts = () =>
  [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((s) =>
    s.getAttribute('src'),
  );
const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
    l.getAttribute('href'),
  );

describe("the popup's app entry, started by the early script", () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    frames = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  });
  afterEach(() => vi.restoreAllMocks());

  it("reads the entry and its chunks from the build's meta", () => {
    pageWithMeta(` ${ENTRY}  ${IMPORTS.join(' ')} `);
    expect(appEntryFiles()).toEqual([ENTRY, ...IMPORTS]);
  });

  it('without a saved copy, inserts the module script and its preloads at once', () => {
    pageWithMeta([ENTRY, ...IMPORTS].join(' '));
    startApp(false);
    expect(moduleScripts()).toEqual([ENTRY]);
    expect(preloads()).toEqual(IMPORTS);
    expect(frames).toHaveLength(0);
  });

  it("with a saved copy, inserts it only in a task after the copy's frame", async () => {
    pageWithMeta([ENTRY, ...IMPORTS].join(' '));
    startApp(true);
    expect(moduleScripts()).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0](performance.now());
    // Not within the frame's callbacks: the copy is painted first.
    expect(moduleScripts()).toEqual([]);
    await vi.waitFor(() => expect(moduleScripts()).toEqual([ENTRY]));
    expect(preloads()).toEqual(IMPORTS);
  });

  it("does nothing under the dev server (an empty meta: the page's own module script starts the app)", () => {
    for (const content of ['', undefined]) {
      pageWithMeta(content);
      startApp(false);
      startApp(true);
      expect(moduleScripts()).toEqual([]);
      expect(frames).toHaveLength(0);
    }
  });
});
