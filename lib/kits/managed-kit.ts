/**
 * Organisation policy: an administrator pushes a kit through the browser's managed storage (Chrome enterprise
 * policy, Firefox policies.json). Keys follow assets/public/managed-schema.json: `brandKit` (the kit JSON as a
 * string) and `gateMode`. A managed kit is read-only for the user and wins over local kits.
 */
import { browser } from 'wxt/browser';
import { GATE_MODES, type BrandKit } from '@/lib/engine';
import { readKitText, type KitFileError } from './kit-file';

export type GateMode = (typeof GATE_MODES)[number];

/** Why a pushed value was ignored; the dashboard words it in the UI language. */
export type ManagedProblem =
  | { field: 'brandKit'; errors: KitFileError[] }
  | { field: 'gateMode'; value: string };

export interface ManagedPolicy {
  kit: BrandKit | null;
  gateMode: GateMode | null;
  /** Why pushed values were ignored (shown to the user; the local kit stays in force). */
  problems: ManagedProblem[];
}
export const NO_POLICY: ManagedPolicy = { kit: null, gateMode: null, problems: [] };

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

export function parseManagedPolicy(raw: Record<string, unknown>): ManagedPolicy {
  const problems: ManagedProblem[] = [];
  let kit: BrandKit | null = null;
  let gateMode: GateMode | null = null;
  if (raw.brandKit !== undefined) {
    // Chrome's policy JSON may hold the kit inline as an object too; accept both.
    const text = typeof raw.brandKit === 'string' ? raw.brandKit : JSON.stringify(raw.brandKit);
    const result = readKitText(text);
    if (result.ok) kit = result.kit;
    else problems.push({ field: 'brandKit', errors: result.errors });
  }
  if (raw.gateMode !== undefined) {
    if (typeof raw.gateMode === 'string' && (GATE_MODES as readonly string[]).includes(raw.gateMode)) gateMode = raw.gateMode as GateMode;
    else problems.push({ field: 'gateMode', value: String(raw.gateMode) });
  }
  return { kit, gateMode, problems };
}

export async function readManagedPolicy(source: ManagedSource = browserManagedSource): Promise<ManagedPolicy> {
  return parseManagedPolicy(await source.read());
}
