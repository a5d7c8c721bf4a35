import { afterEach, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import {
  base64OfBytes,
  bytesOfBase64,
  packBytes,
  packText,
  unpackBytes,
  unpackText,
} from '@/lib/packed-text';
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

  it('round-trips bytes, and reads output the stream hands over in several chunks (≈ 300 KB)', async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const packed = await packBytes(bytes);
    expect(packed.length).toBeLessThan(bytes.length);
    expect(await unpackBytes(packed)).toEqual(bytes);
    expect(await unpackBytes(await packBytes(new Uint8Array(0)))).toEqual(new Uint8Array(0));
  });

  describe('where Uint8Array.fromBase64 decodes (Chromium 140+; not in this Node)', () => {
    const typed = Uint8Array as { fromBase64?: (text: string) => Uint8Array };
    afterEach(() => delete typed.fromBase64);

    it('decodes base64 with it, to the bytes atob gives', () => {
      const bytes = Uint8Array.from([0, 1, 127, 128, 255, 42]);
      const text = base64OfBytes(bytes);
      expect(bytesOfBase64(text)).toEqual(bytes);
      let calls = 0;
      typed.fromBase64 = (input) => {
        calls++;
        return new Uint8Array(Buffer.from(input, 'base64'));
      };
      expect(bytesOfBase64(text)).toEqual(bytes);
      expect(calls).toBe(1);
    });
  });
});
