import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MAX_KIT_FILE_BYTES,
  MAX_KIT_FILE_MB,
  readKitFile,
  readKitText,
  writeKitText,
  pathParts,
} from '@/lib/kits/kit-file';
import { buildStarterKit } from '@/lib/engine';

const corpus = (name: string) => new Uint8Array(readFileSync(path.join(__dirname, 'corpus', name)));
const errorsOf = (name: string) => {
  const result = readKitFile(corpus(name));
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.errors;
};

describe('kit files: the corpus of broken files', () => {
  it('wrong type: names the field and its line', () => {
    expect(errorsOf('wrong-types.json')).toEqual([
      expect.objectContaining({ code: 'invalid', path: 'bannedTerms[1].severity', line: 6 }),
    ]);
  });

  it('unknown top-level field: refused with its name and line, listing the known fields', () => {
    const [error] = errorsOf('unknown-field.json');
    expect(error).toMatchObject({ code: 'unknown-field', path: 'bannedTerm', line: 5 });
    expect(error.message).toContain('"bannedTerm"');
    expect(error.message).toContain('bannedTerms');
  });

  it('invalid regex (look-behind is not RE2): the pattern field and its line', () => {
    const [error] = errorsOf('invalid-regex.json');
    expect(error).toMatchObject({ code: 'invalid', path: 'patterns[1].pattern', line: 7 });
    expect(error.message).toMatch(/Invalid pattern/);
  });

  it('a detector matching empty text is refused', () => {
    expect(errorsOf('empty-match.json')[0]).toMatchObject({ path: 'privacy.custom[0].pattern', line: 5 });
  });

  it('JSON syntax: trailing comma reported with line and column', () => {
    const [error] = errorsOf('syntax-error.json');
    expect(error).toMatchObject({ code: 'syntax', line: 6, column: 3 });
  });

  it('missing required field: reported on the object that lacks it', () => {
    expect(errorsOf('missing-profile-name.json')[0]).toMatchObject({ path: 'profile.name', line: 3 });
  });

  it('future version, a list instead of an object, a bad gate mode, an unknown platform', () => {
    expect(errorsOf('future-version.json')[0]).toMatchObject({ path: 'version', line: 1 });
    expect(errorsOf('not-an-object.json')[0]).toMatchObject({ code: 'invalid', line: 1 });
    expect(errorsOf('bad-gate.json')[0]).toMatchObject({ path: 'gate.mode', line: 5 });
    expect(errorsOf('bad-platform.json')[0]).toMatchObject({
      code: 'invalid',
      path: expect.stringContaining('platforms'),
      line: expect.any(Number),
    });
  });

  it('UTF-16 with a byte-order mark is decoded (both byte orders)', () => {
    for (const name of ['utf16le-bom.json', 'utf16be-bom.json']) {
      const result = readKitFile(corpus(name));
      expect(result.ok && result.kit.profile.name).toBe('Acme 品牌');
      expect(result.ok && result.kit.bannedTerms[0].term).toBe('傻逼');
    }
  });

  it('UTF-16 without a byte-order mark and invalid UTF-8 are refused with a clear error', () => {
    expect(errorsOf('utf16-no-bom.json')[0]).toMatchObject({
      code: 'encoding',
      message: expect.stringContaining('UTF-16'),
    });
    const [invalid] = errorsOf('invalid-utf8.json');
    expect(invalid).toMatchObject({
      code: 'encoding',
      message: expect.stringContaining('not valid UTF-8 at byte 45'),
    });
    expect(errorsOf('latin1-as-text.json')[0].code).toBe('encoding');
  });

  it('files over 5 MB are refused before decoding', () => {
    // The limit as a literal: a test built from the constant would follow it to any size.
    expect(MAX_KIT_FILE_BYTES).toBe(5_242_880);
    // Bytes that are not even valid UTF-8: only the size check can have produced the error.
    const huge = new Uint8Array(5_242_881).fill(0xff);
    expect(readKitFile(huge)).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({
          code: 'too-large',
          message: `The file is 5 MB; at most ${MAX_KIT_FILE_MB} MB can be imported.`,
        }),
      ],
    });
    // Exactly 5 MB passes the size check (and fails on encoding instead).
    expect(readKitFile(new Uint8Array(5_242_880).fill(0xff))).toMatchObject({
      ok: false,
      errors: [{ code: 'encoding' }],
    });
    expect(readKitText(' '.repeat(5_242_881))).toEqual({
      ok: false,
      errors: [{ code: 'too-large', message: `The kit is larger than ${MAX_KIT_FILE_MB} MB.` }],
    });
  });

  it('a large valid kit (20,000 terms) reads back in one piece', () => {
    const kit = buildStarterKit();
    for (let i = 0; i < 20_000; i++)
      kit.bannedTerms.push({ term: `word${i}`, category: 'custom', severity: 'info' });
    const text = writeKitText(kit);
    const result = readKitText(text);
    expect(result.ok && result.kit.bannedTerms.length).toBe(kit.bannedTerms.length);
  });
});

describe('kit files: migrations and round trip', () => {
  it('a version 1 file is upgraded on import', () => {
    const result = readKitFile(corpus('v1-kit.json'));
    expect(result).toMatchObject({ ok: true, migrated: true });
    if (!result.ok) return;
    expect(result.kit.version).toBe(2);
    expect(result.kit.profile.name).toBe('Old Acme');
    expect(result.kit.bannedTerms.map((t) => t.term)).toEqual(['damn', '傻逼']);
    expect(result.kit.preferredTerms).toEqual([{ term: 'users', replacement: 'customers' }]);
  });

  it('export then import gives the same kit', () => {
    const kit = { ...buildStarterKit({ name: 'Round' }), gate: { mode: 'require-reason' as const } };
    const result = readKitText(writeKitText(kit));
    expect(result).toEqual({ ok: true, kit, migrated: false, warnings: [] });
  });

  it('paths split back into zod paths', () => {
    expect(pathParts('bannedTerms[3].severity')).toEqual(['bannedTerms', 3, 'severity']);
    expect(pathParts('platforms.x.patterns[0].pattern')).toEqual([
      'platforms',
      'x',
      'patterns',
      0,
      'pattern',
    ]);
    expect(pathParts('(root)')).toEqual([]);
  });
});

describe('kit imports that never lie (issue 15)', () => {
  it('a key written twice is a warning naming the key and its line', () => {
    const text =
      '{\n  "version": 2,\n  "profile": { "name": "B" },\n  "bannedTerms": [{ "term": "a", "category": "custom", "severity": "warn" }],\n  "bannedTerms": []\n}';
    const result = readKitText(text);
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        {
          code: 'duplicate-key',
          path: 'bannedTerms',
          line: 5,
          localized: { zh: expect.stringContaining('出现了两次') },
        },
      ],
    });
  });

  it('an upgraded kit names the broken entry as the old file wrote it, with its line', () => {
    const text = '{"version": 1, "name": "B",\n "banned": ["a", {"term": 5, "severity": "nope"}, "b"]}';
    const result = readKitText(text);
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          code: 'invalid',
          path: 'banned[1]',
          line: 2,
          message: expect.stringContaining('{"term":5,"severity":"nope"}'),
        },
      ],
    });
  });

  it('a pattern too costly for every keystroke is refused with the reason, as from the dashboard', () => {
    const kit = {
      ...buildStarterKit({ name: 'P' }),
      patterns: [
        { id: 'long', pattern: '[A-Za-z]{1000}', severity: 'warn' as const, message: 'Too long a word' },
      ],
    };
    const result = readKitText(writeKitText(kit));
    expect(result).toMatchObject({
      ok: false,
      errors: [{ path: 'patterns[0].pattern', message: expect.stringContaining('1002 RE2 steps') }],
    });
  });
});
