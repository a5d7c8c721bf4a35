import { compileKit, KIT_VERSION, type BrandKit, type Checker } from '@/lib/engine';
import { PAUSE_TERM_PREFIX } from './pause';

// The crisis pause's topic terms as findings of the existing engine: compiled into a kit of their own (banned
// terms, warn), so they match as the kit's terms do — English inflections, Chinese with its folds (traditional,
// full-width, spacing tricks). Compiled only while a pause with terms is in force: nothing on the first focus.

const MESSAGE = {
  en: 'A topic on hold during the crisis pause: hold this draft or check it with the team.',
  zh: '危机暂停期间暂缓的话题：请暂缓此稿，或与团队确认。',
};

export function pauseTermsKit(terms: readonly string[]): BrandKit {
  return {
    version: KIT_VERSION,
    profile: { name: 'Crisis pause' },
    bannedTerms: terms.map((term) => ({
      id: PAUSE_TERM_PREFIX + term,
      term,
      category: 'sensitive',
      severity: 'warn',
      message: MESSAGE,
      inflect: /^[a-z]/i.test(term),
    })),
    privacy: { email: false, phone: false, cnId: false, bankCard: false },
  };
}

const isTermFinding = (ruleId: string) => ruleId.startsWith(`banned:${PAUSE_TERM_PREFIX}`);

/** The kit's checker with the pause's terms added to its findings (the kit's own checker when there are none). */
export function withPauseTerms(base: Checker, terms: readonly string[]): Checker {
  if (!terms.length) return base;
  const extra = compileKit(pauseTermsKit(terms));
  const merged = <F extends { start: number; end: number; ruleId: string }>(own: F[], added: F[]): F[] =>
    added.length ? [...own, ...added].sort((a, b) => a.start - b.start || a.end - b.end) : own;
  return {
    kit: base.kit,
    check: (text, options) =>
      merged(
        base.check(text, options),
        extra.check(text, options).filter((f) => isTermFinding(f.ruleId)),
      ),
    analyze(text, options) {
      const analysis = base.analyze(text, options);
      const added = extra.analyze(text, options).findings.filter((f) => isTermFinding(f.ruleId));
      return added.length ? { ...analysis, findings: merged(analysis.findings, added) } : analysis;
    },
  };
}
