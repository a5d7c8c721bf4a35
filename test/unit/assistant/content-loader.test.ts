// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimLoader, releaseLoader } from '@/lib/assistant/page-handshake';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import loader from '@/entrypoints/content';

// The light loader every supported page runs: its listeners live exactly as long as WXT's content-script
// context, which ends on an extension update/reload or when a newer copy of the script starts in the frame.

type Registration = { type: string; options: unknown };

function startLoader(): { ctx: ContentScriptContext; registered: Registration[] } {
  const registered: Registration[] = [];
  const add = document.addEventListener.bind(document);
  const spy = vi.spyOn(document, 'addEventListener').mockImplementation((type, listener, options) => {
    registered.push({ type, options });
    add(type, listener, options);
  });
  const ctx = new ContentScriptContext('content');
  loader.main(ctx);
  spy.mockRestore();
  return { ctx, registered };
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  releaseLoader();
});

describe('content loader and its context', () => {
  it('ties every document listener to the context, and frees them when it is invalidated', () => {
    const removed = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener');
    const { ctx, registered } = startLoader();
    // WXT's own listener for newer copies is the context's business, not ours.
    const ours = registered.filter((r) => !r.type.includes('wxt:'));
    expect(ours.map((r) => r.type)).toEqual(expect.arrayContaining(['focusin', 'pointerdown', 'keydown']));
    for (const r of ours) expect((r.options as { signal?: AbortSignal }).signal).toBe(ctx.signal);
    expect(removed).not.toHaveBeenCalled();

    ctx.abort('extension reloaded');
    expect(ctx.signal.aborted).toBe(true);
    // The settings watch (paused hosts) goes too.
    expect(removed).toHaveBeenCalledOnce();
  });

  it('a newer copy in the same frame invalidates the old one and starts itself', () => {
    const first = startLoader();
    // The frame's loader is taken: a copy that is not started by WXT's newer-copy path would stand down.
    expect(claimLoader()).toBe(false);
    const second = startLoader();
    expect(first.ctx.signal.aborted).toBe(true);
    expect(second.ctx.signal.aborted).toBe(false);
    expect(second.registered.map((r) => r.type)).toEqual(expect.arrayContaining(['focusin', 'pointerdown']));
  });
});
