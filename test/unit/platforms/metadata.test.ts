import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, PLATFORMS } from '@/lib/platforms';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { SITE_HOST_PATTERNS, SITE_HOSTS } from '@/lib/sites/hosts';
import { contrastRatio, markInk } from '@/lib/platforms/mark-ink';

// Adding a platform is two files: lib/platforms/<id>.ts and its adapter in lib/sites/. This test is what makes
// the metadata file complete; the adapter tests in test/unit/sites/ cover the other half.
describe('every platform has complete metadata', () => {
  it('ids are unique and the id list is derived from the platforms', () => {
    expect(new Set(PLATFORM_IDS).size).toBe(PLATFORMS.length);
    expect([...PLATFORM_IDS]).toEqual(PLATFORMS.map((p) => p.id));
    expect(PLATFORM_IDS[PLATFORM_IDS.length - 1]).toBe('generic');
  });

  for (const platform of PLATFORMS) {
    it(platform.id, () => {
      expect(platform.names.en.trim()).not.toBe('');
      expect(platform.names.zh.trim()).not.toBe('');
      expect(platform.calendarLabel.trim()).not.toBe('');
      expect(platform.colour).toMatch(/^#[0-9a-f]{6}$/);
      // The calendar mark: a one- or two-character monogram, legible (WCAG AA) in its ink on the colour.
      expect(platform.mark.trim()).toBe(platform.mark);
      expect([...platform.mark].length).toBeGreaterThanOrEqual(1);
      expect([...platform.mark].length).toBeLessThanOrEqual(2);
      expect(contrastRatio(markInk(platform.colour), platform.colour)).toBeGreaterThanOrEqual(4.5);
      for (const alias of platform.aliases) expect(alias.trim()).not.toBe('');
      for (const [field, limit] of Object.entries(platform.fields)) {
        expect(field).toMatch(/^(body|title|comment|reply|author|digest)$/);
        expect(Number.isInteger(limit.max) && limit.max > 0).toBe(true);
        expect(['chars', 'weighted', 'bytes']).toContain(limit.unit);
      }
      if (platform.id === 'generic') {
        // Any other site: no hosts, no compose page, no post URLs.
        expect(platform.hosts).toEqual([]);
        expect('compose' in platform).toBe(false);
        return;
      }
      expect(platform.hosts.length).toBeGreaterThan(0);
      for (const host of platform.hosts) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(platform.compose.default).toMatch(/^https:\/\//);
      const composeHost = new URL(platform.compose.default).hostname;
      expect(platform.hosts.some((h) => composeHost === h || composeHost.endsWith(`.${h}`))).toBe(true);
      // A site platform has a DOM adapter in lib/sites/, on the same hosts.
      const adapter = SITE_ADAPTERS.find((a) => a.id === platform.id);
      expect(adapter?.hosts).toEqual([...platform.hosts]);
    });
  }

  it('marks tell the platforms apart', () => {
    expect(new Set(PLATFORMS.map((p) => p.mark)).size).toBe(PLATFORMS.length);
  });

  it('hosts and match patterns are derived from the metadata', () => {
    expect(SITE_HOSTS).toEqual(PLATFORMS.flatMap((p) => p.hosts));
    expect(SITE_HOST_PATTERNS).toContain('https://*.x.com/*');
    expect(SITE_HOST_PATTERNS).toContain('https://mp.weixin.qq.com/*');
  });
});
