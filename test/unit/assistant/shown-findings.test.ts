// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { genericAdapter } from '@/lib/sites/generic';
import { compileKit } from '@/lib/engine';
import { DAMN_KIT, textareaSession } from './textarea-session';

// A box's "shown findings" (the popup's "caught" today, sent to the worker as records.draftFindings whenever it
// changes) count each finding once per draft. The platform's findings span text that changes with every key (the
// part past the length limit, the whole draft for too many hashtags): keyed by their text, typing past X's limit
// counted one more finding per keystroke, and the count went to the worker about once a second.

const session = (text: string) => textareaSession(text, { ...genericAdapter, id: 'x' });

describe('findings shown in a draft', () => {
  it('typing past the length limit counts the overflow once, however far it goes', () => {
    const { s, area } = session('a'.repeat(279));
    s.checkNow();
    expect(s.shownFindings.value).toBe(0);
    for (let i = 0; i < 20; i++) {
      area.value += 'b';
      s.checkNow();
    }
    expect(s.checked.value!.analysis.findings.map((f) => f.ruleId)).toEqual(['platform:length']);
    expect(s.shownFindings.value).toBe(1);
    // A term is still counted by its text: two different words are two findings, the same word twice is one.
    area.value += ' damn';
    s.checkNow();
    area.value += ' damn';
    s.checkNow();
    expect(s.shownFindings.value).toBe(2);
    s.dispose();
  });

  it('too many hashtags, with the draft changing around them, is one finding', () => {
    const { s, area } = session('#a #b #c #d');
    const findings = () => s.checked.value?.analysis.findings.map((f) => f.ruleId) ?? [];
    s.checkNow();
    // X sets no hashtag cap; a kit's own cap does.
    s.setChecker(compileKit({ ...DAMN_KIT, platforms: { x: { maxHashtags: 2 } } }));
    s.checkNow();
    expect(findings()).toEqual(['platform:hashtags']);
    for (const word of [' one', ' two', ' three']) {
      area.value += word;
      s.checkNow();
    }
    expect(s.shownFindings.value).toBe(1);
    s.dispose();
  });
});
