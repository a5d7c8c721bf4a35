// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS, siteIdForHost } from '@/lib/sites/hosts';
import { adapterForHost, SITE_ADAPTERS } from '@/lib/sites/registry';
import { genericAdapter } from '@/lib/sites/generic';
import { deepQuery } from '@/lib/sites/dom';
import { loadSnapshot } from './snapshot';

// Every snapshot belongs to the adapter named by its prefix (x-home.html → x).
const snapshotNames = readdirSync(join(process.cwd(), 'test/unit/sites/snapshots'))
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.replace(/\.html$/, ''));
const snapshotsOf = (id: string) => snapshotNames.filter((name) => name.split('-')[0] === id);

const coveredBySiteHosts = (host: string) =>
  SITE_HOSTS.some((siteHost) => host === siteHost || host.endsWith(`.${siteHost}`));

describe('site adapter registry', () => {
  it('lists one adapter per supported platform, each with a unique id', () => {
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(13);
  });

  it('gives every supported host an adapter, and the generic adapter elsewhere', () => {
    for (const host of SITE_HOSTS) expect(adapterForHost(host)).not.toBe(genericAdapter);
    expect(adapterForHost('www.twitter.com').id).toBe('x');
    expect(adapterForHost('creator.xiaohongshu.com').id).toBe('xiaohongshu');
    expect(adapterForHost('member.bilibili.com').id).toBe('bilibili');
    expect(adapterForHost('example.org')).toBe(genericAdapter);
  });

  // The background and the built assistant pick a site's adapter part by siteIdForHost, without the adapters.
  it('names the same platform by its metadata as adapterForHost finds by the adapters', () => {
    const hosts = [
      ...SITE_HOSTS,
      ...SITE_ADAPTERS.flatMap((adapter) => adapter.hosts),
      ...SITE_HOSTS.flatMap((host) => [`www.${host}`, `m.${host}`, `not${host}`, `${host}.example.org`]),
      'example.org',
      'localhost',
      '',
    ];
    for (const host of hosts) {
      const adapter = adapterForHost(host);
      expect(siteIdForHost(host), host).toBe(adapter === genericAdapter ? undefined : adapter.id);
    }
  });

  it('gives every fixture page URL (as the e2e server serves them) a page kind', () => {
    const fixtureUrls = [
      'https://x.com/home',
      'https://x.com/onbrand/status/1',
      'https://facebook.com/',
      'https://instagram.com/p/ABC123/',
      'https://linkedin.com/feed/',
      'https://reddit.com/r/onbrand/comments/abc123/hello/',
      'https://youtube.com/watch?v=demo',
      'https://tiktok.com/@onbrand/video/1',
      'https://weibo.com/',
      'https://xiaohongshu.com/explore/abc',
      'https://creator.xiaohongshu.com/publish/publish/',
      'https://douyin.com/video/1',
      'https://creator.douyin.com/creator-micro/content/publish/',
      'https://zhihu.com/question/1/answer/2',
      'https://bilibili.com/video/BV1demo/',
      'https://mp.weixin.qq.com/cgi-bin/appmsg/',
    ];
    for (const url of fixtureUrls) {
      const parsed = new URL(url);
      expect(adapterForHost(parsed.hostname).pageKind(parsed), url).not.toBeNull();
    }
  });

  for (const adapter of SITE_ADAPTERS) {
    describe(adapter.id, () => {
      it('serves only hosts listed in SITE_HOSTS', () => {
        expect(adapter.hosts.length).toBeGreaterThan(0);
        for (const host of adapter.hosts) expect(coveredBySiteHosts(host), host).toBe(true);
      });

      it('has test URLs on its hosts, each a page with boxes', () => {
        expect(adapter.testUrls.length).toBeGreaterThan(0);
        for (const url of adapter.testUrls) {
          const parsed = new URL(url);
          expect(
            adapter.hosts.some((host) => parsed.hostname === host || parsed.hostname.endsWith(`.${host}`)),
            url,
          ).toBe(true);
          expect(adapter.pageKind(parsed), url).not.toBeNull();
        }
      });

      it('names its box selectors box…, and each finds something on one of its snapshots', () => {
        const boxSelectors = Object.entries(adapter.selectors).filter(([name]) => name.startsWith('box'));
        expect(boxSelectors.length).toBeGreaterThan(0);
        const docs = snapshotsOf(adapter.id).map(loadSnapshot);
        expect(docs.length).toBeGreaterThan(0);
        for (const [name, selector] of boxSelectors) {
          expect(
            docs.some((doc) => deepQuery(doc, selector) !== null),
            `${name}: ${selector}`,
          ).toBe(true);
        }
      });

      it('has selectors that all parse', () => {
        const doc = loadSnapshot(snapshotsOf(adapter.id)[0]);
        for (const [name, selector] of Object.entries(adapter.selectors))
          expect(() => doc.querySelectorAll(selector), name).not.toThrow();
      });
    });
  }
});
