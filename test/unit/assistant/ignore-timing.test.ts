// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { BoxSession } from '@/lib/assistant/box-session';
import { carrySpan } from '@/lib/assistant/anchors';
import { textareaSession } from './textarea-session';

// Issue 16: "Ignore" clicked between two edits inside one check delay (the finding was found in an older text
// than the box holds) must ignore that finding, and keep ignoring it while the person types on.

const session = (text: string) => textareaSession(text);
const rules = (s: BoxSession) => s.checked.value!.analysis.findings.map((f) => `${f.ruleId}@${f.start}`);

describe('ignore between two edits inside one check delay', () => {
  it('carries a span found in an older text to the text now', () => {
    const span = { start: 5, end: 9 };
    expect(carrySpan(span, 'This damn plan', 'Well, This damn plan')).toEqual({ start: 11, end: 15 });
    expect(carrySpan(span, 'This damn plan', 'This damn plan!')).toEqual(span);
    expect(carrySpan(span, 'This damn plan', 'This dam plan')).toBeNull();
  });

  it('an edit before the finding, Ignore, another edit: the finding stays ignored', () => {
    const { s, area } = session('This damn plan');
    const [finding] = s.checkNow().analysis.findings;
    expect(finding).toMatchObject({ ruleId: 'banned:damn', start: 5 });
    // Typed before the span, no check ran yet (inside the delay): then Ignore, then more typing.
    area.value = 'Well, This damn plan';
    s.ignore(finding);
    expect(rules(s)).toEqual([]);
    area.value = 'Well, This damn plan is damn good';
    s.checkNow();
    // The ignored one stays ignored; the new one, elsewhere, is caught.
    expect(rules(s)).toEqual(['banned:damn@24']);
    s.dispose();
  });

  it('a finding from an older check, with newer checks since (card left open while typing)', () => {
    const { s, area } = session('This damn plan');
    const [finding] = s.checkNow().analysis.findings;
    area.value = 'Oh. This damn plan';
    s.checkNow();
    area.value = 'Oh no. This damn plan';
    s.ignore(finding);
    expect(rules(s)).toEqual([]);
    s.dispose();
  });
});
