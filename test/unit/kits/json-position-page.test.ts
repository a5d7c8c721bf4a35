import { describe, expect, it, vi } from 'vitest';

// The in-page assistant reads a managed kit's text with kit-file.ts built against json-position-page.ts
// (wxt.config.ts's stand-ins): no positions, no wording of syntax errors. It must still decide exactly as the
// dashboard's reader does, which kit is valid and what it holds.
import { readKitText as dashboardRead } from '@/lib/kits/kit-file';

vi.resetModules();
vi.doMock('@/lib/kits/json-position', () => import('@/lib/kits/json-position-page'));
vi.doMock('@/lib/kits/json-syntax-text', () => import('@/lib/kits/json-position-page'));
const pageReader = await import('@/lib/kits/kit-file');

const KITS = {
  valid: JSON.stringify({ version: 2, name: 'Acme', bannedTerms: [{ term: 'cheap', severity: 'block' }] }),
  'version 1, upgraded': JSON.stringify({ version: 1, name: 'Old', banned: ['cheap'] }),
  'a key written twice': '{ "version": 2, "name": "A", "name": "B" }',
  'broken JSON': '{ "version": 2, "name": "Acme", }',
  'an unknown field': JSON.stringify({ version: 2, name: 'Acme', bannedTerm: [] }),
  'an invalid entry': JSON.stringify({
    version: 2,
    name: 'Acme',
    bannedTerms: [{ term: 'x', severity: 'loud' }],
  }),
  'not an object': '[1, 2]',
};

describe("the page's kit reader (json-position-page.ts)", () => {
  it('is built without the positions, where the dashboard has them', () => {
    const text = KITS['broken JSON'];
    expect(dashboardRead(text)).toMatchObject({ ok: false, errors: [{ code: 'syntax', line: 1 }] });
    const page = pageReader.readKitText(text);
    expect(page).toMatchObject({ ok: false, errors: [{ code: 'syntax' }] });
    expect(!page.ok && page.errors[0].line).toBeUndefined();
  });

  for (const [name, text] of Object.entries(KITS)) {
    it(`decides as the dashboard's reader: ${name}`, () => {
      const page = pageReader.readKitText(text);
      const dashboard = dashboardRead(text);
      expect(page.ok).toBe(dashboard.ok);
      if (page.ok && dashboard.ok) expect(page.kit).toEqual(dashboard.kit);
      if (!page.ok && !dashboard.ok) {
        expect(page.errors.map((e) => [e.code, e.path])).toEqual(
          dashboard.errors.map((e) => [e.code, e.path]),
        );
      }
    });
  }
});
