import { describe, expect, it } from 'vitest';
import { draftFindingsIn, noteDraftFindings } from '../../../lib/records/draft-findings';
import type { KeyValueArea } from '../../../lib/records/outbox';

function memoryArea(): KeyValueArea {
  const items: Record<string, unknown> = {};
  return {
    get: async (keys) =>
      Object.fromEntries(
        (typeof keys === 'string' ? [keys] : (keys ?? Object.keys(items))).map((k) => [k, items[k]]),
      ),
    set: async (next) => void Object.assign(items, structuredClone(next)),
    remove: async (keys) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) delete items[key];
    },
  };
}

describe('findings of unpublished drafts', () => {
  it('counts each draft once at its latest count, in the period it last changed', async () => {
    const area = memoryArea();
    await Promise.all([
      noteDraftFindings(area, 'a', 1, 1_000),
      noteDraftFindings(area, 'a', 3, 2_000),
      noteDraftFindings(area, 'b', 2, 2_500),
      noteDraftFindings(area, 'old', 5, 10),
    ]);
    expect(await draftFindingsIn(area, 1_000, 3_000)).toBe(5);
    expect(await draftFindingsIn(area, 0, 3_000)).toBe(10);
  });
  it('forgets a draft once it is published (count 0)', async () => {
    const area = memoryArea();
    await noteDraftFindings(area, 'a', 2, 1_000);
    await noteDraftFindings(area, 'a', 0, 1_500);
    expect(await draftFindingsIn(area, 0, 3_000)).toBe(0);
  });
});
