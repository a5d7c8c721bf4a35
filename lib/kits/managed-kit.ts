/**
 * Organisation policy: an administrator pushes a kit through the browser's managed storage (Chrome enterprise
 * policy, Firefox policies.json). Keys follow assets/public/managed-schema.json: `brandKit` (the kit JSON as a
 * string) and `gateMode`. A managed kit is read-only for the user and wins over local kits.
 */
import { browser } from 'wxt/browser';
import { GATE_MODES, type BrandKit, type GateMode } from '@/lib/engine/schema';
import { readKitText, type KitFileError } from './kit-file';
import { browserManagedSource, type ManagedSource } from '../storage/managed-source';

/** Why a pushed value was ignored; the dashboard words it in the UI language. */
export type ManagedProblem =
  { field: 'brandKit'; errors: KitFileError[] } | { field: 'gateMode'; value: string };

export interface ManagedPolicy {
  kit: BrandKit | null;
  gateMode: GateMode | null;
  /** Why pushed values were ignored (shown to the user; the last good managed kit, or the local kit, stays in force). */
  problems: ManagedProblem[];
  /** The kit is the last managed kit that validated, kept because the pushed one did not. */
  lastGood?: true;
}
export const NO_POLICY: ManagedPolicy = { kit: null, gateMode: null, problems: [] };

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
    if (typeof raw.gateMode === 'string' && (GATE_MODES as readonly string[]).includes(raw.gateMode))
      gateMode = raw.gateMode as GateMode;
    else problems.push({ field: 'gateMode', value: String(raw.gateMode) });
  }
  return { kit, gateMode, problems };
}

/** Where the last managed kit that validated is kept, so a malformed push does not drop the organisation's rules. */
export const LAST_GOOD_MANAGED_KIT_KEY = 'managed:lastGoodKit';

type Memory = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
};

/**
 * The policy in force. A pushed kit that fails validation leaves the last good managed kit in force (with the
 * problem reported for the dashboard); a policy without a kit forgets it, so a removed policy stays removed.
 */
export async function readManagedPolicy(
  source: ManagedSource = browserManagedSource,
  memory: Memory = browser.storage.local,
): Promise<ManagedPolicy> {
  // Both reads at once: every first focus waits for this one.
  const [raw, stored] = await Promise.all([
    source.read(),
    memory.get(LAST_GOOD_MANAGED_KIT_KEY).then(
      (items) => items[LAST_GOOD_MANAGED_KIT_KEY],
      () => undefined,
    ),
  ]);
  const policy = parseManagedPolicy(raw);
  if (policy.kit) {
    // Written only when it changed: every page reads the policy, and a write wakes every storage listener.
    if (JSON.stringify(stored) !== JSON.stringify(policy.kit))
      await memory.set({ [LAST_GOOD_MANAGED_KIT_KEY]: policy.kit }).catch(() => undefined);
  } else if (raw.brandKit === undefined) {
    if (stored !== undefined) await memory.remove(LAST_GOOD_MANAGED_KIT_KEY).catch(() => undefined);
  } else if (stored !== undefined) {
    const lastGood = readKitText(JSON.stringify(stored));
    if (lastGood.ok) return { ...policy, kit: lastGood.kit, lastGood: true };
  }
  return policy;
}
