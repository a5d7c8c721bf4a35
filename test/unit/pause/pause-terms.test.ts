import { describe, expect, it } from 'vitest';
import { compileKit, KIT_VERSION } from '@/lib/engine';
import { withPauseTerms } from '@/lib/pause/pause-terms';

const kit = compileKit({
  version: KIT_VERSION,
  profile: { name: 'Brand' },
  bannedTerms: [{ term: 'cheap', category: 'custom', severity: 'block' }],
});

describe('the pause topic terms', () => {
  it('warn on a draft touching a term, in English (inflected) and Chinese (traditional folded), beside the kit', () => {
    const checker = withPauseTerms(kit, ['recall', '召回']);
    const findings = checker.analyze('Cheap fix for the recalled kettles, 產品召回 soon', {
      platform: 'x',
    }).findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.text])).toEqual([
      ['banned:cheap', 'block', 'Cheap'],
      ['banned:crisis-pause:recall', 'warn', 'recalled'],
      ['banned:crisis-pause:召回', 'warn', '召回'],
    ]);
    expect(checker.kit).toBe(kit.kit);
  });

  it('no terms: the kit checker itself; a draft without the terms gets only the kit findings', () => {
    expect(withPauseTerms(kit, [])).toBe(kit);
    const checker = withPauseTerms(kit, ['recall']);
    expect(checker.analyze('A calm update', { platform: 'weibo' }).findings).toEqual([]);
  });
});
