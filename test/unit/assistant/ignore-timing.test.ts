// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BoxSession } from '@/lib/assistant/box-session';
import { carrySpan } from '@/lib/assistant/anchors';
import { textareaStrategy } from '@/lib/editors/textarea';
import { genericAdapter } from '@/lib/sites/generic';
import { buildStarterKit, compileKit } from '@/lib/engine';

// Issue 16: "Ignore" clicked between two edits inside one check delay (the finding was found in an older text
// than the box holds) must ignore that finding, and keep ignoring it while the person types on.

const kit = {
  ...buildStarterKit({ name: 'Test', packs: [] }),
  bannedTerms: [{ term: 'damn', category: 'profanity' as const, severity: 'block' as const }],
};

function session(text: string) {
  document.body.innerHTML = '<form><textarea></textarea></form>';
  const area = document.querySelector('textarea')!;
  area.value = text;
  const box = { role: 'post' as const, field: 'body' as const, container: document.querySelector('form')! };
  const s = new BoxSession(area, area, textareaStrategy, genericAdapter, box, compileKit(kit), () => {});
  return { s, area };
}
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
