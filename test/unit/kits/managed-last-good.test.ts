import { describe, expect, it } from 'vitest';
import { buildStarterKit } from '@/lib/engine/starter-packs';
import { LAST_GOOD_MANAGED_KIT_KEY, readManagedPolicy } from '@/lib/kits/managed-kit';
import type { ManagedSource } from '@/lib/storage/managed-source';
import { writeKitText } from '@/lib/kits/kit-file';

function memory() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
    remove: async (key: string) => void delete data[key],
  };
}
const source = (raw: Record<string, unknown>): ManagedSource => ({
  read: async () => raw,
  watch: () => () => undefined,
});

describe('managed kit pushed by policy', () => {
  it('a malformed push leaves the last good managed kit in force and reports the problem', async () => {
    const area = memory();
    const good = buildStarterKit({ name: 'Org kit' });
    expect((await readManagedPolicy(source({ brandKit: writeKitText(good) }), area)).kit?.profile.name).toBe(
      'Org kit',
    );
    expect(area.data[LAST_GOOD_MANAGED_KIT_KEY]).toBeDefined();

    const broken = await readManagedPolicy(
      source({
        brandKit:
          '{"version": 2, "profile": {"name": "x"}, "bannedTerms": [{"term": 5, "severity": "nope"}]}',
      }),
      area,
    );
    expect(broken.kit?.profile.name).toBe('Org kit');
    expect(broken.lastGood).toBe(true);
    expect(broken.problems).toMatchObject([
      { field: 'brandKit', errors: [{ path: 'bannedTerms[0].term' }, expect.anything(), expect.anything()] },
    ]);

    // The administrator removes the policy: the managed kit goes, and is not resurrected by a later bad push.
    expect((await readManagedPolicy(source({}), area)).kit).toBeNull();
    expect((await readManagedPolicy(source({ brandKit: '{' }), area)).kit).toBeNull();
  });
});
