import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { packText, unpackText } from '@/lib/packed-text';
import { starterKit } from '@/lib/kits/starter-kit';

describe('packed text (base64 of gzip)', () => {
  it('round-trips any text, hanzi and emoji included, and packs the starter kit to a small fraction', async () => {
    for (const text of ['', 'a', '最好的“国家级”产品 👍🏽 \u0000 end'])
      expect(await unpackText(await packText(text))).toBe(text);
    const json = JSON.stringify(starterKit());
    const packed = await packText(json);
    expect(packed.length).toBeLessThan(json.length / 5);
    expect(await unpackText(packed)).toBe(json);
  });

  it('reads what the build packs with Node’s zlib (wxt.config.ts, the starter part)', async () => {
    const json = JSON.stringify({ term: '第一', message: { en: 'Absolute claim' } });
    expect(await unpackText(gzipSync(Buffer.from(json), { level: 9 }).toString('base64'))).toBe(json);
  });

  it('rejects text that is not base64 of gzip', async () => {
    await expect(unpackText(btoa('not gzip at all'))).rejects.toThrow();
    await expect(unpackText('%%%')).rejects.toThrow();
  });
});
