// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { compileKit } from '@/lib/engine';
import { DAMN_KIT, textareaSession } from './textarea-session';

// Draft.js re-renders the text a keystroke already changed, and that DOM change asks for a second check of the
// same text (in the typing bench: two checks per key). The engine is asked once per text and checker; the check
// still goes out with its new snapshot.

describe('a second check of the same text', () => {
  it('reuses the engine’s answer until the text or the checker changes', () => {
    const { s, area } = textareaSession('damn it');
    const checker = compileKit(DAMN_KIT);
    const analyze = vi.spyOn(checker, 'analyze');
    s.setChecker(checker);
    const first = s.checkNow();
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(first.analysis.findings.map((f) => f.text)).toEqual(['damn']);
    expect(s.checkNow().analysis).toBe(first.analysis);
    expect(analyze).toHaveBeenCalledTimes(1);

    area.value = 'damn it, damn';
    expect(s.checkNow().analysis.findings.map((f) => f.start)).toEqual([0, 9]);
    expect(analyze).toHaveBeenCalledTimes(2);

    // A new kit (or the crisis pause's terms) is a new checker: the same text is asked again.
    const next = compileKit({ ...DAMN_KIT, bannedTerms: [] });
    s.setChecker(next);
    expect(s.checked.value!.analysis.findings).toEqual([]);
  });

  it('an ignored finding stays out of the reused answer', () => {
    const { s } = textareaSession('damn it');
    const finding = s.checkNow().analysis.findings[0];
    s.ignore(finding);
    expect(s.checkNow().analysis.findings).toEqual([]);
    expect(s.checkNow().analysis.findings).toEqual([]);
  });
});
