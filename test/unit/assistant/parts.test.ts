import { describe, expect, it } from 'vitest';
import { mentionsUserPatterns } from '@/lib/assistant/parts';

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
