import { describe, expect, it, vi } from 'vitest';
import { caretAfterReplace, mapSpan, textEdit } from '@/lib/assistant/anchors';
import { placePanel } from '@/lib/assistant/placement';
import { contextAround, exceptionFor, withException } from '@/lib/assistant/kit-exception';
import { startFeatures } from '@/lib/assistant/features';
import { parseInPageCommand } from '@/lib/assistant/in-page-commands';
import { KIT_VERSION, type BrandKit } from '@/lib/engine/schema';
import { compileKit, type Finding } from '@/lib/engine';

describe('anchored spans', () => {
  it('follow typing elsewhere and are lost when the edit touches them', () => {
    const before = 'This damn plan';
    const span = { start: 5, end: 9 };
    expect(mapSpan(span, textEdit(before, `${before} is cheap`))).toEqual(span);
    expect(mapSpan(span, textEdit(before, `Well, ${before}`))).toEqual({ start: 11, end: 15 });
    expect(mapSpan(span, textEdit(before, 'This dam plan'))).toBeNull();
    expect(mapSpan(span, textEdit(before, before))).toEqual(span);
  });

  it('the caret stays where the person typed: before, shifted after, at the end when inside', () => {
    // "This disappointing plan is cheap|" with "disappointing" (5..18) replaced by "meh" (3 characters).
    expect(caretAfterReplace(32, 5, 18, 3)).toBe(22);
    expect(caretAfterReplace(2, 5, 18, 3)).toBe(2);
    expect(caretAfterReplace(10, 5, 18, 3)).toBe(8);
  });
});

describe('panel placement', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 320, height: 200 };
  const overlaps = (
    p: { left: number; top: number },
    r: { left: number; top: number; right: number; bottom: number },
  ) => p.left < r.right && r.left < p.left + size.width && p.top < r.bottom && r.top < p.top + size.height;

  it('goes below the span, clear of the caret line under it', () => {
    const span = { left: 100, top: 100, right: 160, bottom: 118 };
    const caret = { left: 50, top: 120, right: 600, bottom: 138 };
    const place = placePanel(size, span, [caret], viewport);
    expect(place.side).toBe('below');
    expect(overlaps(place, span) || overlaps(place, caret)).toBe(false);
  });

  it('flips above when there is no room below, and aside when neither fits', () => {
    expect(placePanel(size, { left: 100, top: 700, right: 160, bottom: 718 }, [], viewport).side).toBe(
      'above',
    );
    const tall = { left: 100, top: 150, right: 400, bottom: 700 };
    const aside = placePanel(size, tall, [], viewport);
    expect(aside.side).toBe('right');
    expect(overlaps(aside, tall)).toBe(false);
  });
});

const finding = (fields: Partial<Finding>): Finding =>
  ({
    ruleId: 'banned:damn',
    kind: 'term',
    list: 'banned',
    category: 'profanity',
    severity: 'block',
    start: 0,
    end: 0,
    text: '',
    term: 'damn',
    message: { en: '', zh: '' },
    explanation: { en: '', zh: '' },
    suggestions: [],
    ...fields,
  }) as Finding;

describe('"Not a problem here"', () => {
  const kit: BrandKit = {
    version: KIT_VERSION,
    profile: { name: 'Acme' },
    bannedTerms: [
      { term: 'damn', category: 'profanity', severity: 'block' },
      { term: '靠', category: 'profanity', severity: 'warn' },
    ],
    preferredTerms: [{ term: 'users', replacement: 'customers' }],
  };

  it('a banned term gets the phrase around it as an allowed context; elsewhere it is still caught', () => {
    const draft = 'Well, and more damn it, really';
    const exception = exceptionFor(finding({ start: 15, end: 19, text: 'damn' }), draft, 'x');
    expect(exception).toEqual({ kind: 'allow-context', term: 'damn', context: 'more damn it' });
    const checker = compileKit(withException(kit, exception));
    expect(
      checker.analyze('and more damn it', { platform: 'x' }).findings.filter((f) => f.list === 'banned'),
    ).toEqual([]);
    expect(checker.analyze('damn you', { platform: 'x' }).findings.map((f) => f.ruleId)).toContain(
      'banned:damn',
    );
  });

  it('Chinese gets two characters each side; other rules are switched off on this platform only', () => {
    expect(contextAround('这个很可靠的产品', 4, 5)).toBe('很可靠的产');
    const exception = exceptionFor(
      finding({ ruleId: 'preferred:users', list: 'preferred', term: 'users' }),
      'our users',
      'weibo',
    );
    expect(exception).toEqual({ kind: 'disable-rule', platform: 'weibo', ruleId: 'preferred:users' });
    const next = withException(kit, exception);
    expect(next.platforms?.weibo?.disabledRules).toEqual(['preferred:users']);
    expect(withException(next, exception)).toBe(next);
  });
});

describe('feature registry', () => {
  it('isolates a failing feature, skips those whose page predicate is false, aborts each with the assistant', async () => {
    const controller = new AbortController();
    const aborted: string[] = [];
    const report = vi.fn();
    const run = await startFeatures(
      [
        {
          id: 'ok',
          applies: () => true,
          init: (signal) => signal.addEventListener('abort', () => aborted.push('ok')),
        },
        {
          id: 'broken',
          applies: () => true,
          init: async (signal) => {
            signal.addEventListener('abort', () => aborted.push('broken'));
            throw new Error('site changed');
          },
        },
        { id: 'elsewhere', applies: () => false, init: () => void aborted.push('never') },
        { id: 'after', applies: () => true, init: () => undefined },
      ],
      {},
      controller.signal,
      report,
    );
    expect(run).toEqual({ started: ['ok', 'after'], failed: ['broken'] });
    expect(report).toHaveBeenCalledWith('broken', expect.any(Error));
    expect(aborted).toEqual(['broken']);
    controller.abort();
    expect(aborted).toEqual(['broken', 'ok']);
  });
});

describe('in-page commands', () => {
  it('accepts only its own well-formed messages', () => {
    expect(parseInPageCommand({ onbrandInPage: 1, command: 'open-findings' })).toEqual({
      onbrandInPage: 1,
      command: 'open-findings',
    });
    expect(
      parseInPageCommand({ onbrandInPage: 1, command: 'check-selection', text: 'hi', frame: true }),
    ).toEqual({ onbrandInPage: 1, command: 'check-selection', text: 'hi', frame: true });
    expect(parseInPageCommand({ onbrandInPage: 1, command: 'check-selection' })).toBeNull();
    expect(parseInPageCommand({ onbrand: 1, type: 'ping' })).toBeNull();
    expect(parseInPageCommand(null)).toBeNull();
  });
});
