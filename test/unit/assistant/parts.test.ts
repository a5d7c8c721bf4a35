import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  mentionsHan,
  mentionsPinyinTerms,
  mentionsUserPatterns,
  PART_NAMES,
  sitePart,
  siteParts,
} from '@/lib/assistant/parts';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { protocol } from '@/lib/messaging/protocol';
import { defaultLibrary } from '@/lib/kits/starter-library';

// Which stored kits make the background inject the RE2 part beside the assistant: any user pattern, anywhere.
describe('mentionsUserPatterns', () => {
  const kit = { version: 1, profile: { name: 'Acme' }, bannedTerms: [{ term: 'damn', severity: 'block' }] };
  const library = (k: unknown) => ({ version: 1, activeId: 'a', kits: [{ id: 'a', kit: k, updatedAt: 0 }] });

  it('is false for kits without patterns, nothing stored, and empty lists', () => {
    expect(mentionsUserPatterns([undefined, undefined, {}])).toBe(false);
    expect(mentionsUserPatterns(library(kit))).toBe(false);
    expect(
      mentionsUserPatterns(library({ ...kit, patterns: [], privacy: { email: true, custom: [] } })),
    ).toBe(false);
  });

  it('finds kit-wide, privacy and per-platform patterns, and a managed kit written as text', () => {
    const pattern = { id: 'p', pattern: 'SKU-[0-9]+', severity: 'warn', message: { en: 'x', zh: 'x' } };
    expect(mentionsUserPatterns(library({ ...kit, patterns: [pattern] }))).toBe(true);
    expect(mentionsUserPatterns(library({ ...kit, privacy: { custom: [pattern] } }))).toBe(true);
    expect(
      mentionsUserPatterns(library({ ...kit, platforms: { x: { privacy: { custom: [pattern] } } } })),
    ).toBe(true);
    expect(
      mentionsUserPatterns([
        undefined,
        undefined,
        { brandKit: JSON.stringify({ ...kit, patterns: [pattern] }) },
      ]),
    ).toBe(true);
  });

  it('does not walk the term lists (a term named "patterns" is not a pattern)', () => {
    expect(mentionsUserPatterns(library({ ...kit, bannedTerms: [{ term: 'x', patterns: ['y'] }] }))).toBe(
      false,
    );
  });
});

// Which stored kits make the background inject the pinyin table beside the assistant: a term with `pinyin: true`.
describe('mentionsPinyinTerms', () => {
  const kit = { version: 1, profile: { name: 'Acme' }, bannedTerms: [{ term: '傻逼', severity: 'block' }] };
  const library = (k: unknown) => ({ version: 1, activeId: 'a', kits: [{ id: 'a', kit: k, updatedAt: 0 }] });

  it('is false without a pinyin term, or with pinyin switched off', () => {
    expect(mentionsPinyinTerms([undefined, undefined, {}])).toBe(false);
    expect(mentionsPinyinTerms(library(kit))).toBe(false);
    expect(mentionsPinyinTerms(library({ ...kit, bannedTerms: [{ term: '傻逼', pinyin: false }] }))).toBe(
      false,
    );
  });

  it("finds the starter kit's pinyin terms (so a browser with nothing saved gets the table with the assistant)", () => {
    expect(mentionsPinyinTerms(defaultLibrary(0))).toBe(true);
  });

  it('finds a pinyin term in a library, per platform, and in a managed kit written as text', () => {
    const term = { term: '傻逼', severity: 'block', pinyin: true };
    expect(mentionsPinyinTerms(library({ ...kit, bannedTerms: [term] }))).toBe(true);
    expect(mentionsPinyinTerms(library({ ...kit, platforms: { weibo: { bannedTerms: [term] } } }))).toBe(
      true,
    );
    expect(
      mentionsPinyinTerms([
        undefined,
        undefined,
        { brandKit: JSON.stringify({ ...kit, bannedTerms: [term] }) },
      ]),
    ).toBe(true);
  });
});

// Which stored kits make the background inject the traditional → simplified pairs: a hanzi anywhere in them.
describe('mentionsHan', () => {
  const kit = { version: 1, profile: { name: 'Acme' }, bannedTerms: [{ term: 'damn', severity: 'block' }] };
  const library = (k: unknown) => ({ version: 1, activeId: 'a', kits: [{ id: 'a', kit: k, updatedAt: 0 }] });

  it('is false for English-only kits and nothing stored (kana and hangul are not hanzi)', () => {
    expect(mentionsHan([undefined, undefined, {}])).toBe(false);
    expect(mentionsHan(library(kit))).toBe(false);
    expect(mentionsHan(library({ ...kit, bannedTerms: [{ term: 'バカ' }, { term: '바보' }] }))).toBe(false);
  });

  it('finds a hanzi term, tone word, per-platform term, message, or one in a kit written as text', () => {
    expect(mentionsHan(library({ ...kit, bannedTerms: [{ term: '騙子' }] }))).toBe(true);
    expect(mentionsHan(library({ ...kit, tone: { aggressiveWords: ['滚'] } }))).toBe(true);
    expect(mentionsHan(library({ ...kit, platforms: { weibo: { bannedTerms: [{ term: '垃圾' }] } } }))).toBe(
      true,
    );
    expect(mentionsHan(library({ ...kit, bannedTerms: [{ term: 'x', message: { zh: '不要' } }] }))).toBe(
      true,
    );
    expect(mentionsHan([undefined, { brandKit: JSON.stringify({ bannedTerms: [{ term: '傻逼' }] }) }])).toBe(
      true,
    );
  });

  it("finds the starter kit's hanzi (so a browser with nothing saved gets the pairs with the assistant)", () => {
    expect(mentionsHan(defaultLibrary(0))).toBe(true);
  });
});

describe('the parts the background may inject', () => {
  it('are exactly the names the assistant.part message accepts', () => {
    expect([...protocol['assistant.part'].request.shape.name.options].sort()).toEqual([...PART_NAMES].sort());
  });

  it('include one adapter part per supported site, named after the host a frame is on', () => {
    for (const adapter of SITE_ADAPTERS) {
      expect(PART_NAMES).toContain(`site-${adapter.id}`);
      expect(existsSync(`entrypoints/part-site-${adapter.id}.ts`), adapter.id).toBe(true);
      for (const host of adapter.hosts) expect(sitePart(host), host).toBe(`site-${adapter.id}`);
    }
    expect(sitePart('example.org')).toBeUndefined();
    expect(sitePart('')).toBeUndefined();
  });

  it("bring X's link scanner with the adapter of a site that counts X's weighted length, and only there", () => {
    expect(siteParts('x.com')).toEqual(['site-x', 'x-links']);
    expect(siteParts('weibo.com')).toEqual(['site-weibo']);
    expect(siteParts('example.org')).toEqual([]);
    const weighted = SITE_ADAPTERS.filter((adapter) => siteParts(adapter.hosts[0]).includes('x-links'));
    expect(weighted.map((adapter) => adapter.id)).toEqual(['x']);
  });

  it('each have their entry file', () => {
    for (const name of PART_NAMES) expect(existsSync(`entrypoints/part-${name}.ts`), name).toBe(true);
  });
});
