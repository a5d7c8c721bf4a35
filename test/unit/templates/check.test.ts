import { describe, expect, it } from 'vitest';
import { buildStarterKit, compileKit } from '@/lib/engine';
import { checkTemplate, starterTemplates, type Template } from '@/lib/templates';

const checker = compileKit(buildStarterKit({ name: 'Acme' }));
const options = { brand: 'Acme', myName: 'Sam', now: Date.UTC(2026, 10, 25, 12) };

function t(fields: Partial<Template>): Template {
  return {
    id: 'x',
    name: 'X',
    body: 'Hi',
    language: 'en',
    tags: [],
    platforms: [],
    shortcut: '',
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}

describe('checkTemplate', () => {
  it('passes every starter template without a blocking or warning finding', () => {
    const problems = starterTemplates(0).flatMap((template) =>
      checkTemplate(checker, template, options)
        .filter((f) => f.finding.severity !== 'info')
        .map((f) => `${template.id} [${f.platform}]: ${f.finding.ruleId} "${f.finding.text}"`),
    );
    expect(problems).toEqual([]);
  });

  it('reports a banned term with where it is in the filled text', () => {
    const findings = checkTemplate(checker, t({ body: 'Hi {author}, this is the shit.' }), options);
    const banned = findings.find((f) => f.finding.list === 'banned');
    expect(banned).toBeDefined();
    expect(banned!.text).toBe('Hi Alex, this is the shit.');
    expect(banned!.text.slice(banned!.finding.start, banned!.finding.end)).toBe('shit');
    expect(banned!.finding.severity).toBe('block');
  });

  it('checks each platform variant and both languages of a bilingual template', () => {
    const template = t({
      language: 'both',
      body: 'Thanks {author}!',
      variants: { weibo: '{today}：我们是最好的品牌' },
    });
    const findings = checkTemplate(checker, template, options);
    const adLaw = findings.filter((f) => f.finding.text === '最好');
    expect(adLaw.map((f) => f.platform)).toEqual(['weibo', 'weibo']);
    expect(adLaw.map((f) => f.language).sort()).toEqual(['en', 'zh']);
  });

  it('reports a finding once when the same text is checked twice', () => {
    const template = t({ language: 'both', platforms: ['x', 'facebook'], body: '我们是最好的品牌' });
    expect(checkTemplate(checker, template, options).filter((f) => f.finding.text === '最好')).toHaveLength(
      1,
    );
  });
});
