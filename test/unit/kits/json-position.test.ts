import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findSyntaxError, locatePath, positionAt } from '@/lib/kits/json-position';

const text = `{
  "a": 1,
  "list": [
    { "x": "y" },
    { "x": "z\\"quoted", "deep": { "k": [true, null] } }
  ]
}`;

describe('JSON position mapper', () => {
  it('finds the line of a nested value', () => {
    expect(locatePath(text, ['a'])).toMatchObject({ line: 2, column: 8 });
    expect(locatePath(text, ['list', 1, 'deep', 'k', 1])).toMatchObject({ line: 5, column: 47 });
    expect(locatePath(text, ['list', 0, 'x'])).toMatchObject({ line: 4 });
  });

  it('a missing key or index points at the deepest existing container', () => {
    expect(locatePath(text, ['list', 1, 'missing'])).toMatchObject({ line: 5, column: 5 });
    expect(locatePath(text, ['list', 7])).toMatchObject({ line: 3, column: 11 });
    expect(locatePath(text, [])).toMatchObject({ line: 1, column: 1 });
  });

  it('reports syntax errors with their position', () => {
    expect(findSyntaxError(text)).toBeNull();
    expect(findSyntaxError('{\n  "a": 1,\n}')?.position).toMatchObject({ line: 3, column: 1 });
    expect(findSyntaxError('{"a": tru}')?.position).toMatchObject({ line: 1, column: 7 });
    expect(findSyntaxError('{"a": "unterminated')?.message).toMatch(/Unterminated/);
    expect(findSyntaxError('{} {}')?.message).toMatch(/after the JSON value/);
  });

  it('locates every key of generated documents at its value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.jsonValue()), (object) => {
        const json = JSON.stringify(object);
        expect(findSyntaxError(json)).toBeNull();
        for (const key of Object.keys(object)) {
          expect(json.startsWith(JSON.stringify(object[key]), locatePath(json, [key]).offset)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('agrees with JSON.parse on validity of mangled documents', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', ' '),
        (value, at, insert) => {
          const json = JSON.stringify(value, null, 1);
          const cut = at % (json.length + 1);
          const mangled = json.slice(0, cut) + insert + json.slice(cut);
          let valid = true;
          try {
            JSON.parse(mangled);
          } catch {
            valid = false;
          }
          expect(findSyntaxError(mangled) === null).toBe(valid);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('positionAt counts lines', () => {
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2, offset: 4 });
  });
});
