import { describe, expect, it } from 'vitest';
import { buildStarterKit, parseBrandKit } from '@/lib/engine';
import { gateModeOf } from '@/lib/assistant/gate';

describe('kit schema: gate', () => {
  it('is optional and accepts off, warn and require-reason', () => {
    expect(parseBrandKit(buildStarterKit()).ok).toBe(true);
    for (const mode of ['off', 'warn', 'require-reason'] as const) {
      const parsed = parseBrandKit({ ...buildStarterKit(), gate: { mode } });
      expect(parsed.ok && parsed.kit.gate).toEqual({ mode });
      if (parsed.ok) expect(gateModeOf(parsed.kit)).toBe(mode);
    }
  });
  it('refuses other modes, naming gate.mode', () => {
    const parsed = parseBrandKit({ ...buildStarterKit(), gate: { mode: 'always' } });
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['gate.mode']);
  });
});
