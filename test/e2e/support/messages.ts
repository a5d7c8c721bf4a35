import type { Page } from '@playwright/test';

export type Reply = {
  ok: boolean;
  data?: { ids?: string[]; count?: number } & Record<string, unknown>;
  error?: string;
};

/** Sends a raw runtime message from an extension page (popup/options), as the UI would. */
export function sendRuntimeMessage(page: Page, message: unknown): Promise<Reply> {
  return page.evaluate((m) => {
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    return runtime.sendMessage(m) as Promise<Reply>;
  }, message);
}
