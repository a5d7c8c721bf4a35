/**
 * Maps places in a JSON text back to lines: where a syntax error sits, and where the value at a zod path
 * (['bannedTerms', 3, 'severity']) was written, so import errors can say "line 42".
 * A small hand-written scanner: JSON.parse keeps no positions and its error wording differs between engines.
 */

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  offset: number;
}

/** What is wrong, as a message key's suffix (`kit.json.<kind>`) plus the character it is about: shown in the UI language. */
export interface JsonSyntaxReason {
  kind:
    | 'trailing'
    | 'expected'
    | 'expectedAtEnd'
    | 'control'
    | 'badUnicode'
    | 'badEscape'
    | 'unterminated'
    | 'end'
    | 'character'
    | 'separator'
    | 'separatorAtEnd';
  token?: string;
}

const ENGLISH: Record<JsonSyntaxReason['kind'], (token: string) => string> = {
  trailing: () => 'Unexpected text after the JSON value',
  expected: (t) => `Expected "${t}"`,
  expectedAtEnd: (t) => `Expected "${t}" but the file ended`,
  control: () => 'Control character inside a string',
  badUnicode: () => 'Bad \\u escape',
  badEscape: () => 'Bad escape in a string',
  unterminated: () => 'Unterminated string',
  end: () => 'Unexpected end of the file',
  character: (t) => `Unexpected character "${t}"`,
  separator: (t) => `Expected "," or "${t}"`,
  separatorAtEnd: (t) => `Expected "${t}" but the file ended`,
};

export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: JsonSyntaxReason,
    readonly position: TextPosition,
  ) {
    super(`${ENGLISH[reason.kind](reason.token ?? '')} (line ${position.line}, column ${position.column})`);
  }
}

export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * Walks the text along `path` and returns the position of the deepest value found: the value itself when the
 * whole path exists, else the object or array where it stops (a missing field is reported on its parent).
 * Throws JsonSyntaxError on malformed JSON.
 */
export function locatePath(text: string, path: ReadonlyArray<PropertyKey>): TextPosition {
  const scanner = new Scanner(text);
  scanner.skipSpace();
  let found = scanner.pos;
  let depth = 0;
  // Descend: at each level scan the container until the wanted key/index, then continue inside its value.
  while (depth < path.length) {
    const want = path[depth];
    const ch = text[scanner.pos];
    let matched = false;
    if (ch === '{' && typeof want === 'string') {
      scanner.pos++;
      scanner.skipSpace();
      if (text[scanner.pos] === '}') break;
      for (;;) {
        scanner.skipSpace();
        const key = scanner.readString();
        scanner.skipSpace();
        scanner.expect(':');
        scanner.skipSpace();
        if (key === want) {
          matched = true;
          break;
        }
        if (!scanner.skipToNextMember()) break;
      }
    } else if (ch === '[' && typeof want === 'number') {
      scanner.pos++;
      scanner.skipSpace();
      if (text[scanner.pos] === ']') break;
      for (let index = 0; ; index++) {
        scanner.skipSpace();
        if (index === want) {
          matched = true;
          break;
        }
        if (!scanner.skipToNextMember()) break;
      }
    }
    if (!matched) break;
    found = scanner.pos;
    depth++;
  }
  return positionAt(text, found);
}

/** Full syntax check with the position of the first error (null when the text is valid JSON). */
export function findSyntaxError(text: string): JsonSyntaxError | null {
  const scanner = new Scanner(text);
  try {
    scanner.skipSpace();
    scanner.skipValue();
    scanner.skipSpace();
    if (scanner.pos < text.length) scanner.fail({ kind: 'trailing' });
    return null;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
}

/** A key written twice in one object (JSON.parse silently keeps the last). */
export interface DuplicateKey {
  key: string;
  /** Where the second (kept) occurrence is written. */
  position: TextPosition;
}

/** Every duplicated key of a JSON text, in order; a text with a syntax error reports those before the error. */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const scanner = new Scanner(text, []);
  try {
    scanner.skipSpace();
    scanner.skipValue();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError) && !(error instanceof RangeError)) throw error;
  }
  return scanner.duplicates ?? [];
}

class Scanner {
  pos = 0;
  constructor(
    readonly text: string,
    /** Collects duplicated keys when given (reading each key costs a little). */
    readonly duplicates?: DuplicateKey[],
  ) {}

  fail(reason: JsonSyntaxReason): never {
    throw new JsonSyntaxError(reason, positionAt(this.text, this.pos));
  }

  /** Past the current member's value and its comma; false at the container's end. */
  skipToNextMember(): boolean {
    this.skipValue();
    this.skipSpace();
    if (this.text[this.pos] !== ',') return false;
    this.pos++;
    return true;
  }

  skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else break;
    }
  }

  expect(ch: string): void {
    if (this.text[this.pos] !== ch)
      this.fail({ kind: this.pos >= this.text.length ? 'expectedAtEnd' : 'expected', token: ch });
    this.pos++;
  }

  readString(): string {
    const start = this.pos;
    this.skipString();
    return JSON.parse(this.text.slice(start, this.pos)) as string;
  }

  skipString(): void {
    const { text } = this;
    this.expect('"');
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 34) {
        this.pos++;
        return;
      }
      if (c < 32) this.fail({ kind: 'control' });
      if (c === 92) {
        const next = text[this.pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(this.pos + 2, this.pos + 6)))
            this.fail({ kind: 'badUnicode' });
          this.pos += 6;
          continue;
        }
        if (!next || !'"\\/bfnrt'.includes(next)) this.fail({ kind: 'badEscape' });
        this.pos += 2;
        continue;
      }
      this.pos++;
    }
    this.fail({ kind: 'unterminated' });
  }

  skipValue(): void {
    const { text } = this;
    const ch = text[this.pos];
    if (ch === undefined) this.fail({ kind: 'end' });
    if (ch === '"') return this.skipString();
    if (ch === '{' || ch === '[') return this.skipContainer(ch);
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = this.pos;
    if (number.exec(text)) {
      this.pos = number.lastIndex;
      return;
    }
    this.fail({ kind: 'character', token: ch });
  }

  private skipContainer(open: '{' | '['): void {
    const close = open === '{' ? '}' : ']';
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    const keys = open === '{' && this.duplicates ? new Set<string>() : undefined;
    for (;;) {
      this.skipSpace();
      if (open === '{') {
        const keyAt = this.pos;
        if (keys) {
          const key = this.readString();
          if (keys.has(key)) this.duplicates!.push({ key, position: positionAt(this.text, keyAt) });
          keys.add(key);
        } else this.skipString();
        this.skipSpace();
        this.expect(':');
        this.skipSpace();
      }
      this.skipValue();
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === close) {
        this.pos++;
        return;
      }
      this.fail({ kind: next === undefined ? 'separatorAtEnd' : 'separator', token: close });
    }
  }
}
