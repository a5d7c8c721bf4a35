import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fillBody,
  fillTemplate,
  missingValues,
  parseTemplateBody,
  withAnswer,
  calendarDay,
  formatDay,
  type FillContext,
  type Template,
} from '@/lib/templates';

// 2026-11-25 10:00 UTC: still the 25th in Shanghai (18:00) and in New York (05:00).
const NOW = Date.UTC(2026, 10, 25, 10, 0);

function template(body: string, extra: Partial<Template> = {}): Template {
  return {
    id: 't1',
    name: 'T',
    body,
    language: 'en',
    tags: [],
    platforms: [],
    shortcut: '',
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

const context: FillContext = {
  author: 'Alex',
  brand: 'Acme',
  myName: 'Sam',
  now: NOW,
  timeZone: 'UTC',
  custom: {},
};

describe('parseTemplateBody', () => {
  it('splits text, built-ins, dates, fill-in fields and the caret, with offsets', () => {
    const body = 'Hi {author}, order {?order number} ships {date+3}.{|}';
    const tokens = parseTemplateBody(body);
    expect(tokens.map((t) => t.kind)).toEqual([
      'text',
      'variable',
      'text',
      'custom',
      'text',
      'variable',
      'text',
      'caret',
    ]);
    expect(tokens[1]).toMatchObject({ name: 'author', offset: 0, start: 3, end: 11 });
    expect(tokens[3]).toMatchObject({ label: 'order number' });
    expect(tokens[5]).toMatchObject({ name: 'date', offset: 3 });
    for (const token of tokens)
      expect(body.slice(token.start, token.end).length).toBe(token.end - token.start);
    expect(body.slice(tokens[3].start, tokens[3].end)).toBe('{?order number}');
  });

  it('reads {today}, {date-2}, case and spaces leniently', () => {
    const tokens = parseTemplateBody('{today}{DATE - 2}{ Brand }{My_Name}');
    expect(tokens).toMatchObject([
      { kind: 'variable', name: 'date', offset: 0 },
      { kind: 'variable', name: 'date', offset: -2 },
      { kind: 'variable', name: 'brand' },
      { kind: 'variable', name: 'my_name' },
    ]);
  });

  it('reads Mustache-style doubles as variables and keeps lone or empty braces as text', () => {
    expect(parseTemplateBody('a {{author}} c { d } :-{ }')).toEqual([
      { kind: 'text', text: 'a ', start: 0, end: 2 },
      { kind: 'variable', name: 'author', offset: 0, start: 2, end: 12 },
      { kind: 'text', text: ' c ', start: 12, end: 15 },
      { kind: 'custom', label: 'd', start: 15, end: 20 },
      { kind: 'text', text: ' :-{ }', start: 20, end: 26 },
    ]);
    expect(parseTemplateBody('{}')).toEqual([{ kind: 'text', text: '{}', start: 0, end: 2 }]);
  });

  it('treats an unknown {word} as a fill-in field rather than raw text', () => {
    expect(parseTemplateBody('{订单号}')).toMatchObject([{ kind: 'custom', label: '订单号' }]);
  });
});

describe('fillTemplate', () => {
  it('fills every variable and puts the caret at {|}', () => {
    const filled = fillTemplate(
      template('Hi {author}, {|}thanks from {brand} — {my_name}'),
      'x',
      context,
      'en',
    );
    expect(filled).toEqual({ text: 'Hi Alex, thanks from Acme — Sam', caretOffset: 9, missing: [] });
  });

  it('puts the caret at the end without a marker, and at the first marker when there are several', () => {
    expect(fillTemplate(template('Hello {author}'), 'x', context, 'en').caretOffset).toBe(
      'Hello Alex'.length,
    );
    expect(fillTemplate(template('a{|}b{|}c'), 'x', context, 'en')).toMatchObject({
      text: 'abc',
      caretOffset: 1,
    });
  });

  it('formats dates per language: en "Nov 25, 2026", zh "2026年11月25日"', () => {
    const both = template('{today} / {date+3}', { language: 'both' });
    expect(fillTemplate(both, 'x', context, 'en').text).toBe('Nov 25, 2026 / Nov 28, 2026');
    expect(fillTemplate(both, 'weibo', context, 'zh-CN').text).toBe('2026年11月25日 / 2026年11月28日');
    // A template written in one language keeps its own date format whatever the UI language.
    expect(fillTemplate(template('{today}', { language: 'zh' }), 'x', context, 'en').text).toBe(
      '2026年11月25日',
    );
  });

  it('crosses month and year ends and takes the day in the given time zone', () => {
    const newYearsEve = { ...context, now: Date.UTC(2026, 11, 31, 20, 0) };
    expect(fillTemplate(template('{date+1}'), 'x', newYearsEve, 'en').text).toBe('Jan 1, 2027');
    // 20:00 UTC on Dec 31 is already Jan 1 in Shanghai.
    expect(
      fillTemplate(template('{today}'), 'x', { ...newYearsEve, timeZone: 'Asia/Shanghai' }, 'en').text,
    ).toBe('Jan 1, 2027');
    expect(
      fillTemplate(template('{date-1}'), 'x', { ...context, now: Date.UTC(2028, 2, 1, 12) }, 'en').text,
    ).toBe('Feb 29, 2028');
    expect(formatDay(calendarDay(Date.UTC(2026, 0, 5, 12), 30, 'UTC'), 'zh')).toBe('2026年2月4日');
  });

  it('uses the platform variant when the template has one', () => {
    const t = template('Please DM us, {author}.', { variants: { weibo: '{author}您好，请私信小编。' } });
    expect(fillTemplate(t, 'weibo', context, 'zh-CN').text).toBe('Alex您好，请私信小编。');
    expect(fillTemplate(t, 'x', context, 'en').text).toBe('Please DM us, Alex.');
  });

  it('fills fill-in fields from the answers, each label once', () => {
    const t = template('Order {?order number} ({?order number}) for {?city}');
    const filled = fillTemplate(
      t,
      'x',
      { ...context, custom: { 'order number': 'A-17', city: 'Lyon' } },
      'en',
    );
    expect(filled.text).toBe('Order A-17 (A-17) for Lyon');
  });
});

describe('missingValues', () => {
  it('always asks fill-in fields, and built-ins only when the context lacks them', () => {
    const t = template('Hi {author}, {?order number} {?order number} — {my_name}, {brand}');
    expect(missingValues(t, context)).toEqual([{ kind: 'custom', label: 'order number' }]);
    expect(missingValues(t, { ...context, author: undefined, myName: '  ', brand: '' })).toEqual([
      { kind: 'author' },
      { kind: 'custom', label: 'order number' },
      { kind: 'my_name' },
      { kind: 'brand' },
    ]);
  });

  it('looks at the variant of the platform', () => {
    const t = template('Hi', { variants: { x: 'Hi {author}' } });
    expect(missingValues(t, { ...context, author: undefined }, 'facebook')).toEqual([]);
    expect(missingValues(t, { ...context, author: undefined }, 'x')).toEqual([{ kind: 'author' }]);
  });

  it('withAnswer fills what was asked, after which nothing is missing', () => {
    const t = template('Hi {author}, order {?order number} — {my_name}');
    let ctx: FillContext = { ...context, author: undefined, myName: '' };
    for (const missing of missingValues(t, ctx))
      ctx = withAnswer(ctx, missing, missing.kind === 'custom' ? '42' : 'Kim');
    expect(missingValues(t, ctx)).toEqual([]);
    expect(fillTemplate(t, 'x', ctx, 'en')).toMatchObject({ text: 'Hi Kim, order 42 — Kim', missing: [] });
  });

  it('a fill with missing values reports them and still leaves no braces', () => {
    const filled = fillTemplate(
      template('Hi {author}! {?code}'),
      'x',
      { ...context, author: undefined },
      'en',
    );
    expect(filled.text).toBe('Hi ! ');
    expect(filled.missing).toEqual([{ kind: 'author' }, { kind: 'custom', label: 'code' }]);
  });
});

describe('no raw variable ever survives filling', () => {
  const piece = fc.constantFrom(
    '{author}',
    '{brand}',
    '{my_name}',
    '{today}',
    '{date+7}',
    '{?order}',
    '{foo}',
    '{|}',
    'hi ',
    '你好',
    '{',
    '}',
    '{ ',
    ' }',
    '\n',
  );
  it('for any body made of variables, stray braces and text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const body = pieces.join('');
        const { text } = fillBody(body, { ...context, custom: { order: '1', foo: '2' } }, 'en');
        expect(text).not.toMatch(/\{(author|brand|my_name|today|date[+-]\d+|\?order|foo|\|)\}/);
      }),
      { numRuns: 300 },
    );
  });
});
