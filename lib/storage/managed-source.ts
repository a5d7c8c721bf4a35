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

export const browserManagedSource: ManagedSource = {
  async read() {
    try {
      // Firefox rejects when no policy names the extension; Chrome resolves with {}.
      return ((await browser.storage.managed.get()) ?? {}) as Record<string, unknown>;
    } catch {
      return {};
    }
  },
  watch(onChange) {
    const listener = (_changes: unknown, area: string) => area === 'managed' && onChange();
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
