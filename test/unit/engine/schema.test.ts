import { describe, expect, it } from 'vitest';
import {
  brandKitSchema,
  type BrandKit,
  KIT_VERSION,
  STARTER_PACKS,
  buildStarterKit,
  compileKit,
  migrateKit,
  parseBrandKit,
} from '@/lib/engine';
import { bannedTermSchema } from '@/lib/engine/schema';
import { STARTER_PACK_IDS } from '@/lib/engine/starter-packs';

describe('brand kit schema', () => {
  it('accepts the starter kit and every starter pack on its own', () => {
    expect(parseBrandKit(buildStarterKit()).ok).toBe(true);
    for (const id of STARTER_PACK_IDS) {
      const result = parseBrandKit(buildStarterKit({ packs: [id] }));
      expect(result.ok, id).toBe(true);
    }
    expect(STARTER_PACKS.map((p) => p.id).sort()).toEqual([...STARTER_PACK_IDS].sort());
    for (const pack of STARTER_PACKS) {
      expect(pack.source.length).toBeGreaterThan(20);
      expect(pack.license).toMatch(/MIT|CC BY 4\.0/);
    }
  });

  it('round-trips through JSON (a kit is a shareable document)', () => {
    const kit = buildStarterKit({ name: 'Acme' });
    const again = parseBrandKit(JSON.parse(JSON.stringify(kit)));
    expect(again.ok && again.kit).toEqual(brandKitSchema().parse(kit));
  });

  it('names the faulty field in errors', () => {
    const kit = buildStarterKit({ packs: ['profanity-en'] });
    const broken = JSON.parse(JSON.stringify(kit));
    broken.bannedTerms[3].severity = 'fatal';
    broken.profile.name = '';
    const result = parseBrandKit(broken);
    expect(result.ok).toBe(false);
    const paths = !result.ok ? result.errors.map((e) => e.path) : [];
    expect(paths).toContain('bannedTerms[3].severity');
    expect(paths).toContain('profile.name');
  });

  it('rejects non-objects, wrong versions and unknown platforms', () => {
    expect(parseBrandKit(null).ok).toBe(false);
    expect(parseBrandKit('kit').ok).toBe(false);
    const wrongVersion = parseBrandKit({ ...buildStarterKit(), version: 99 });
    expect(!wrongVersion.ok && wrongVersion.errors[0].path).toBe('version');
    const badPlatform = parseBrandKit({ ...buildStarterKit(), platforms: { myspace: {} } });
    expect(badPlatform.ok).toBe(false);
  });

  it('reports an invalid or unsafe user pattern at import time, with its path', () => {
    const kit = {
      ...buildStarterKit({ packs: [] }),
      patterns: [
        { id: 'ok', pattern: 'ORD-\\d{6}', severity: 'info', message: 'order' },
        { id: 'broken', pattern: '(unclosed', severity: 'warn', message: 'x' },
        { id: 'backref', pattern: '(a)\\1', severity: 'warn', message: 'x' },
      ],
      privacy: { custom: [{ id: 'empty', label: 'x', pattern: 'a*' }] },
    };
    const result = parseBrandKit(kit);
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors : [];
    expect(errors.map((e) => e.path)).toEqual([
      'patterns[1].pattern',
      'patterns[2].pattern',
      'privacy.custom[0].pattern',
    ]);
    expect(errors[0].message).toMatch(/Invalid pattern/);
  });

  it('migrates a version-1 kit to the current version', () => {
    const v1 = { version: 1, name: 'Old brand', banned: ['darn', '垃圾'], preferred: { users: 'customers' } };
    const migrated = migrateKit(v1) as BrandKit;
    expect(migrated.version).toBe(KIT_VERSION);
    const result = parseBrandKit(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.kit.profile.name).toBe('Old brand');
    expect(result.kit.bannedTerms.map((t) => t.term)).toEqual(['darn', '垃圾']);
    const findings = compileKit(result.kit).check('Dear users, darn it', { platform: 'generic' });
    expect(findings.map((f) => f.ruleId)).toEqual(['preferred:users', 'banned:darn']);
  });

  it('leaves current and unknown documents to the schema', () => {
    const kit = buildStarterKit();
    expect(migrateKit(kit)).toBe(kit);
    expect(migrateKit(42)).toBe(42);
  });
});

describe('brand kit schema: the limits a kit may set', () => {
  const withTone = (tone: Record<string, unknown>) =>
    parseBrandKit({ ...buildStarterKit({ packs: [] }), tone }).ok;

  it('a sentiment floor lies between -1 and 1, a word weight between -4 and 4', () => {
    expect(withTone({ sentimentFloor: -1 })).toBe(true);
    expect(withTone({ sentimentFloor: 0 })).toBe(true);
    expect(withTone({ sentimentFloor: -1.5 })).toBe(false);
    expect(withTone({ sentimentWords: { awful: -4, meh: -1, great: 4 } })).toBe(true);
    expect(withTone({ sentimentWords: { awful: -5 } })).toBe(false);
  });

  it('a formality is formal, neutral or casual', () => {
    for (const formality of ['formal', 'neutral', 'casual']) expect(withTone({ formality })).toBe(true);
    expect(withTone({ formality: '' })).toBe(false);
  });

  it('reports an invalid pattern of a platform, with its path', () => {
    const result = parseBrandKit({
      ...buildStarterKit({ packs: [] }),
      platforms: {
        x: {
          patterns: [{ id: 'broken', pattern: '(unclosed', severity: 'warn', message: 'x' }],
          privacy: { custom: [{ id: 'backref', label: 'x', pattern: '(a)\\1' }] },
        },
      },
    });
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual([
      'platforms.x.patterns[0].pattern',
      'platforms.x.privacy.custom[0].pattern',
    ]);
  });
});

describe('migrating a version-1 kit with missing or odd fields', () => {
  it('a kit with no name is called Brand, and one with no lists has none', () => {
    for (const name of [undefined, '', 42]) {
      const result = parseBrandKit({ version: 1, name });
      expect(result.ok && result.kit.profile.name).toBe('Brand');
      expect(result.ok && result.kit.bannedTerms).toEqual([]);
      expect(result.ok && result.kit.preferredTerms).toEqual([]);
    }
  });

  it('a preferred list that is not an object gives no preferred terms', () => {
    for (const preferred of ['users', null, 42]) {
      const result = parseBrandKit({ version: 1, name: 'Old', banned: ['darn'], preferred });
      expect(result.ok && result.kit.preferredTerms).toEqual([]);
    }
  });
});

describe('brand kit schema: what parsing keeps', () => {
  it('keeps a term’s two-language message and claim rule, a custom detector, the tone and the gate as written', () => {
    const kit = {
      ...buildStarterKit({ packs: [] }),
      bannedTerms: [
        {
          term: '第一',
          category: 'advertising-law' as const,
          severity: 'warn' as const,
          message: { en: 'An absolute claim', zh: '绝对化用语' },
          claimWhen: { closesPhrase: true, followedBy: ['品牌'], precededBy: ['世界'] },
        },
      ],
      privacy: { custom: [{ id: 'order', label: { en: 'Order', zh: '订单' }, pattern: 'ORD-\\d+' }] },
      tone: { maxExclamations: 2, formality: 'formal' as const },
      gate: { mode: 'require-reason' as const },
    };
    expect(parseBrandKit(kit)).toEqual({ ok: true, kit });
  });

  it('accepts a platform with settings but no privacy section, and one banned term alone (bulk entry)', () => {
    const kit = { ...buildStarterKit({ packs: [] }), platforms: { x: { maxHashtags: 3 } } };
    expect(parseBrandKit(kit)).toEqual({ ok: true, kit });
    expect(bannedTermSchema().safeParse({ term: 'darn', category: 'custom', severity: 'warn' }).success).toBe(
      true,
    );
    expect(bannedTermSchema().safeParse({ term: '', category: 'custom', severity: 'warn' }).success).toBe(
      false,
    );
  });

  it('a gate mode is off, warn or require-reason', () => {
    const gate = (mode: string) => parseBrandKit({ ...buildStarterKit({ packs: [] }), gate: { mode } }).ok;
    expect(gate('warn')).toBe(true);
    expect(gate('sometimes')).toBe(false);
  });
});
