import { describe, expect, it } from 'vitest';
import { compileKit, GATE_MODES, type BannedTerm, type BrandKit } from '@/lib/engine';
import { gateDecision, gateModeOf, isGateSubmitKey } from '@/lib/assistant/gate';
import { SITE_ADAPTERS } from '@/lib/sites/registry';
import { genericAdapter } from '@/lib/sites/generic';
import type { BoxMatch, BoxRole, SiteAdapter } from '@/lib/sites/types';
import { kitWith } from '../engine/helpers';

// The gate's decision without the DOM: listeners ignore synthetic (untrusted) events, so the keyboard path is
// proven end to end in test/e2e/specs/gate-keyboard.e2e.ts; here every mode, severity and adapter key is pinned.

const term = (t: string, severity: BannedTerm['severity']): BannedTerm => ({
  term: t,
  category: 'custom',
  severity,
});
const kit = (mode?: (typeof GATE_MODES)[number]): BrandKit =>
  kitWith(mode ? { gate: { mode } } : {}, [
    term('forbidden', 'block'),
    term('dubious', 'warn'),
    term('fyi', 'info'),
  ]);

function decide(kitUnderTest: BrandKit, draft: string) {
  const findings = compileKit(kitUnderTest).check(draft, { platform: 'generic' });
  return gateDecision(gateModeOf(kitUnderTest), findings);
}

describe('gate decision', () => {
  it('defaults to warn when the kit says nothing, and reads each mode the kit sets', () => {
    expect(gateModeOf(null)).toBe('warn');
    expect(gateModeOf(kit())).toBe('warn');
    for (const mode of GATE_MODES) expect(gateModeOf(kit(mode))).toBe(mode);
  });

  it('lets a draft with only warn and info findings through in every mode', () => {
    for (const mode of [undefined, ...GATE_MODES]) {
      const findings = compileKit(kit(mode)).check('dubious fyi', { platform: 'generic' });
      expect(findings.map((f) => f.severity).sort()).toEqual(['info', 'warn']);
      expect(decide(kit(mode), 'dubious fyi')).toEqual({ action: 'pass' });
    }
  });

  it('holds a block finding in warn mode without asking a reason, with exactly the blocking findings', () => {
    const decision = decide(kit('warn'), 'forbidden and dubious');
    expect(decision.action).toBe('hold');
    if (decision.action !== 'hold') return;
    expect(decision.requireReason).toBe(false);
    expect(decision.blocking.map((f) => [f.term, f.severity])).toEqual([['forbidden', 'block']]);
  });

  it('asks a reason in require-reason mode', () => {
    expect(decide(kit('require-reason'), 'forbidden')).toMatchObject({ action: 'hold', requireReason: true });
  });

  it('never holds when the gate is off, even with block findings', () => {
    expect(decide(kit('off'), 'forbidden')).toEqual({ action: 'pass' });
  });

  it('follows the severity the kit gives a term: the same word blocks or passes', () => {
    const asBlock = kitWith({ gate: { mode: 'warn' } }, [term('sale', 'block')]);
    const asWarn = kitWith({ gate: { mode: 'warn' } }, [term('sale', 'warn')]);
    expect(decide(asBlock, 'big sale').action).toBe('hold');
    expect(decide(asWarn, 'big sale').action).toBe('pass');
  });

  it('passes a clean draft', () => {
    expect(decide(kit('require-reason'), 'hello there')).toEqual({ action: 'pass' });
  });

  it('during a crisis pause holds every draft, clean or not and whatever the mode, and asks a reason', () => {
    const pause = { id: 'p', startedAt: 1, reason: 'Recall', terms: [] };
    for (const mode of GATE_MODES) {
      const clean = compileKit(kit(mode)).check('hello there', { platform: 'generic' });
      expect(gateDecision(mode, clean, pause)).toEqual({ action: 'hold', blocking: [], requireReason: true });
      const blocked = compileKit(kit(mode)).check('forbidden', { platform: 'generic' });
      expect(gateDecision(mode, blocked, pause)).toMatchObject({
        action: 'hold',
        requireReason: true,
        blocking: mode === 'off' ? [] : [{ term: 'forbidden' }],
      });
    }
  });
});

type Key = Partial<
  Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'isComposing' | 'keyCode'>
> & {
  key?: string;
};
const key = (init: Key = {}): KeyboardEvent =>
  ({
    key: 'Enter',
    code: 'Enter',
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    isComposing: false,
    // No editable on the path: the generic adapter's plain-Enter rule (single-line boxes) does not apply here.
    type: 'keydown',
    keyCode: 13,
    composedPath: () => [],
    ...init,
  }) as unknown as KeyboardEvent;

const session = (adapter: SiteAdapter, role: BoxRole, isComposing = false) => ({
  adapter,
  box: { role, field: 'body', container: null as unknown as Element } as BoxMatch,
  isComposing,
});

const byId = (id: string) => SITE_ADAPTERS.find((a) => a.id === id) ?? genericAdapter;

// The submit key of every adapter and box role, as each site binds it (each adapter in lib/sites).
const PLAIN_ENTER = 'Enter';
const MOD_ENTER = 'Ctrl/Cmd+Enter';
const NONE = 'none';
const EXPECTED: Record<string, Record<BoxRole, string>> = {
  x: { post: MOD_ENTER, reply: MOD_ENTER, comment: MOD_ENTER },
  facebook: { post: NONE, reply: PLAIN_ENTER, comment: PLAIN_ENTER },
  instagram: { post: NONE, reply: NONE, comment: PLAIN_ENTER },
  linkedin: { post: NONE, reply: NONE, comment: NONE },
  reddit: { post: NONE, reply: MOD_ENTER, comment: MOD_ENTER },
  youtube: { post: NONE, reply: NONE, comment: NONE },
  tiktok: { post: NONE, reply: PLAIN_ENTER, comment: PLAIN_ENTER },
  weibo: { post: MOD_ENTER, reply: MOD_ENTER, comment: MOD_ENTER },
  xiaohongshu: { post: NONE, reply: NONE, comment: NONE },
  douyin: { post: NONE, reply: PLAIN_ENTER, comment: PLAIN_ENTER },
  zhihu: { post: NONE, reply: NONE, comment: NONE },
  bilibili: { post: NONE, reply: NONE, comment: NONE },
  wechat: { post: NONE, reply: NONE, comment: NONE },
  generic: { post: MOD_ENTER, reply: MOD_ENTER, comment: MOD_ENTER },
};

function submitKeyOf(adapter: SiteAdapter, role: BoxRole): string {
  const s = session(adapter, role);
  const plain = isGateSubmitKey(key(), s);
  const ctrl = isGateSubmitKey(key({ ctrlKey: true }), s);
  const meta = isGateSubmitKey(key({ metaKey: true }), s);
  if (plain && !ctrl && !meta) return PLAIN_ENTER;
  if (!plain && ctrl && meta) return MOD_ENTER;
  if (!plain && !ctrl && !meta) return NONE;
  return `plain=${plain} ctrl=${ctrl} meta=${meta}`;
}

describe('gate submit key', () => {
  it('covers every adapter', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...SITE_ADAPTERS.map((a) => a.id), 'generic'].sort());
  });

  for (const [id, roles] of Object.entries(EXPECTED)) {
    it(`${id}: the site's own submit key per box`, () => {
      const adapter = byId(id);
      expect(adapter.id).toBe(id);
      const actual = Object.fromEntries(
        (['post', 'reply', 'comment'] as const).map((r) => [r, submitKeyOf(adapter, r)]),
      );
      expect(actual).toEqual(roles);
    });
  }

  it('Shift+Enter (a new line) and other keys are never a submit', () => {
    for (const adapter of [...SITE_ADAPTERS, genericAdapter]) {
      for (const role of ['post', 'reply', 'comment'] as const) {
        expect(isGateSubmitKey(key({ shiftKey: true }), session(adapter, role))).toBe(false);
        expect(isGateSubmitKey(key({ key: 'a', ctrlKey: true }), session(adapter, role))).toBe(false);
        expect(isGateSubmitKey(key({ key: 'Tab' }), session(adapter, role))).toBe(false);
      }
    }
  });

  it('a session that still thinks it is composing (its compositionend never came) does not let a submit through', () => {
    // The site submits on this event (it is not composing), so the gate must see it too: fail closed.
    const facebook = byId('facebook');
    expect(isGateSubmitKey(key(), session(facebook, 'comment', true))).toBe(true);
  });

  it('only Enter is ever a submit, whatever an adapter answers (the listener looks at nothing else)', () => {
    const eager = { ...genericAdapter, isSubmitKey: () => true };
    expect(isGateSubmitKey(key({ key: 'a' }), session(eager, 'reply'))).toBe(false);
    expect(isGateSubmitKey(key(), session(eager, 'reply'))).toBe(true);
  });

  it('Enter during an IME composition is never a submit, however the browser reports it', () => {
    for (const adapter of [...SITE_ADAPTERS, genericAdapter]) {
      for (const role of ['post', 'reply', 'comment'] as const) {
        for (const mods of [{}, { ctrlKey: true }, { metaKey: true }]) {
          // The event's own flag, and the legacy keyCode 229 (Safari, some IMEs).
          expect(isGateSubmitKey(key({ ...mods, isComposing: true }), session(adapter, role))).toBe(false);
          expect(isGateSubmitKey(key({ ...mods, keyCode: 229 }), session(adapter, role))).toBe(false);
        }
      }
    }
  });
});
