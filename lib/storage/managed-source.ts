import { browser } from 'wxt/browser';

// The organisation's policy as the browser hands it to the extension (Chrome enterprise policy, Firefox
// policies.json; keys in assets/public/managed-schema.json). Read by the managed kit (lib/kits/managed-kit.ts) and
// the managed team (lib/team/managed-team.ts).

/** Where managed values come from; injectable because extensions cannot write storage.managed themselves. */
export interface ManagedSource {
  read(): Promise<Record<string, unknown>>;
  /** Calls back when the administrator changes the policy; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
}

/**
 * How long a read waits for the browser's policy store. Chromium's `storage.managed.get()` can stay pending for
 * good: seen here after a restart with the same profile (popup-site e2e, 2026-12-05: still pending after 7 s, so
 * no kit and no assistant), and reported for Edge (MicrosoftEdge-Extensions#299, 2025-04). Every kit read waits on
 * it, so a read that is not answered in time takes the last policy this extension read.
 */
export const MANAGED_READ_WAIT_MS = 1_500;
/** The last policy the browser answered with (storage.local), for reads it leaves unanswered. */
export const LAST_MANAGED_READ_KEY = 'managed:lastRead';

const unanswered = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

async function readFromBrowser(): Promise<Record<string, unknown>> {
  try {
    // Firefox rejects when no policy names the extension; Chrome resolves with {}.
    return ((await browser.storage.managed.get()) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export const browserManagedSource: ManagedSource = {
  async read() {
    const [answer, last] = await Promise.all([
      Promise.race([readFromBrowser(), unanswered(MANAGED_READ_WAIT_MS)]),
      browser.storage.local.get(LAST_MANAGED_READ_KEY).then(
        (stored) => stored[LAST_MANAGED_READ_KEY] as Record<string, unknown> | undefined,
        () => undefined,
      ),
    ]);
    if (answer === undefined) return last ?? {};
    // Written only when it changed: every page reads the policy, and a write wakes every storage listener.
    if (JSON.stringify(last ?? {}) !== JSON.stringify(answer))
      await browser.storage.local.set({ [LAST_MANAGED_READ_KEY]: answer }).catch(() => undefined);
    return answer;
  },
  watch(onChange) {
    const listener = (_changes: unknown, area: string) => area === 'managed' && onChange();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
