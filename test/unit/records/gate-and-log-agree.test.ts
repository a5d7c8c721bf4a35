import { describe, expect, it } from 'vitest';
import { gateDecision } from '@/lib/assistant/gate';
import { buildStarterKit, compileKit } from '@/lib/engine';
import { maskPersonalData } from '@/lib/records/mask';

// The gate holds what the checker finds; the activity log masks what mask.ts finds. Both must read personal
// data the same way, so nothing the gate let through unwarned is stored unmasked, and nothing is masked that
// the draft never flagged. Each example names what both sides must see.
const EXAMPLES: Array<{ text: string; kinds: string[] }> = [
  { text: '身份证 11010519491231002X 请核对', kinds: ['cn-id'] },
  // A valid checksum but 13th month: not an ID, for both.
  { text: '编号 110105194913310020 不是身份证', kinds: [] },
  { text: 'card 4111 1111 1111 1111 thanks', kinds: ['bank-card'] },
  // Fails Luhn: neither a card for the gate nor for the log.
  { text: 'order 4111 1111 1111 1112 shipped', kinds: [] },
  { text: '电话13800138000，邮箱 li.lei@example.cn', kinds: ['phone', 'email'] },
  { text: 'see https://weibo.com/1234567890/Abc123 for 4111111111111111', kinds: ['bank-card'] },
  { text: 'call +1 (415) 555-0132 or write to http://john.doe@example.com', kinds: ['phone', 'email'] },
];

describe('the gate and the activity log agree on personal data', () => {
  const checker = compileKit(buildStarterKit({ packs: ['privacy'] }));
  for (const { text, kinds } of EXAMPLES) {
    it(text, () => {
      const findings = checker.check(text, { platform: 'weibo' }).filter((f) => f.list === 'privacy');
      const masked = maskPersonalData(text);
      const gateKinds = findings.map((f) => f.kind).sort();
      const logKinds = Object.entries(masked.found)
        .flatMap(([kind, n]) => Array<string>(n ?? 0).fill(kind))
        .sort();
      expect(gateKinds).toEqual([...kinds].sort());
      expect(logKinds).toEqual(gateKinds);
      // Every span the checker flags is gone from the stored text.
      for (const f of findings) expect(masked.text).not.toContain(text.slice(f.start, f.end));
      // A kit whose privacy findings block holds exactly when the log would mask something.
      const blocking = findings.map((f) => ({ ...f, severity: 'block' as const }));
      expect(gateDecision('warn', blocking).action).toBe(kinds.length > 0 ? 'hold' : 'pass');
    });
  }
});
