/**
 * A compiled kit's term tables (compileTerms) as bytes to store, so a page that finds them stored skips folding
 * every term and building the automaton, the largest part of a first focus after the assistant's own load
 * (issue 18). The int32 tables lie in the bytes as they lie in memory, so a page reads each in place (a view, no
 * copy, no base64 or JSON of 280 KB on the starter kit); the small sparse maps follow as JSON. The term sources are
 * rebuilt from the kit (termSources).
 */
import { Automaton, type AutomatonArrays } from './automaton';
import { termSources, type AllowContext, type ClaimRule, type CompiledTerms } from './compile-terms';
import type { BrandKit } from './schema';
import { COMPILED_FORM_VERSION } from './compiled-form-version';

/** The sparse maps, after the tables. */
interface SparseMaps {
  repeats: Array<[number, number[]]>;
  wordBreaks: Array<[number, number[]]>;
  /** Per pattern: its allow contexts as [codes, runs, offset]. */
  allow: Array<[number, Array<[number[], number[], number]>]>;
  claims: Array<[number, boolean, number[][], number[][]]>;
}

const AUTOMATON_ARRAYS: ReadonlyArray<keyof AutomatonArrays> = [
  'symbols',
  'base',
  'check',
  'fail',
  'head',
  'chainNext',
  'patternLength',
];

/** The form's head, in int32s: the version, then each table's length (the automaton's, patternSource, patternInfo). */
const HEAD = 1 + AUTOMATON_ARRAYS.length + 2;

/**
 * The bytes: HEAD int32s, the tables back to back (each 4-byte aligned), then SparseMaps as UTF-8 JSON. Native
 * byte order: the form is read back by the browser that wrote it.
 */
export function encodeCompiledTerms(terms: CompiledTerms): Uint8Array<ArrayBuffer> {
  const automaton = terms.automaton.arrays();
  const tables = [...AUTOMATON_ARRAYS.map((name) => automaton[name]), terms.patternSource, terms.patternInfo];
  const sparse: SparseMaps = {
    repeats: [...terms.repeats].map(([pattern, runs]) => [pattern, [...runs]]),
    wordBreaks: [...terms.wordBreaks].map(([pattern, breaks]) => [pattern, [...breaks]]),
    allow: [...terms.allow].map(([pattern, contexts]) => [
      pattern,
      contexts.map((c): [number[], number[], number] => [[...c.codes], [...c.runs], c.offset]),
    ]),
    claims: [...terms.claims].map(([pattern, rule]) => [
      pattern,
      rule.closesPhrase,
      rule.followedBy.map((codes) => [...codes]),
      rule.precededBy.map((codes) => [...codes]),
    ]),
  };
  const json = new TextEncoder().encode(JSON.stringify(sparse));
  const words = HEAD + tables.reduce((sum, table) => sum + table.length, 0);
  const bytes = new Uint8Array(words * 4 + json.length);
  const ints = new Int32Array(bytes.buffer, 0, words);
  ints[0] = COMPILED_FORM_VERSION;
  let at = HEAD;
  tables.forEach((table, i) => {
    ints[1 + i] = table.length;
    ints.set(table, at);
    at += table.length;
  });
  bytes.set(json, words * 4);
  return bytes;
}

/**
 * The CompiledTerms `encodeCompiledTerms` was given, for the same kit (the caller keys stored forms by the kit's
 * content). Its tables are views into `bytes` (into a copy when `bytes` starts off a 4-byte boundary). Throws on a
 * form of another version or one that does not fit the kit; the caller then compiles.
 */
export function decodeCompiledTerms(kit: BrandKit, bytes: Uint8Array): CompiledTerms {
  // One message for every refusal (the caller only compiles instead; the stack says which check).
  const unfit = () => new Error('compiled form: another version, or not this kit');
  // A view needs an offset that is a multiple of 4.
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  if (own.length < HEAD * 4) throw unfit();
  const head = new Int32Array(own.buffer, own.byteOffset, HEAD);
  if (head[0] !== COMPILED_FORM_VERSION) throw unfit();
  let at = own.byteOffset + HEAD * 4;
  const tables = Array.from(head.subarray(1), (length) => {
    if (length < 0 || at + length * 4 > own.byteOffset + own.length) throw unfit();
    const table = new Int32Array(own.buffer, at, length);
    at += length * 4;
    return table;
  });
  const arrays = {} as AutomatonArrays;
  AUTOMATON_ARRAYS.forEach((name, i) => (arrays[name] = tables[i]));
  const [patternSource, patternInfo] = tables.slice(AUTOMATON_ARRAYS.length);
  const sparse = JSON.parse(new TextDecoder().decode(own.subarray(at - own.byteOffset))) as SparseMaps;
  const sources = termSources(kit);
  const patterns = arrays.patternLength.length;
  if (patternSource.length !== patterns || patternInfo.length !== patterns) throw unfit();
  for (let p = 0; p < patterns; p++)
    if (patternSource[p] < 0 || patternSource[p] >= sources.length) throw unfit();
  return {
    automaton: new Automaton(arrays),
    sources,
    patternSource,
    patternInfo,
    repeats: new Map(sparse.repeats),
    wordBreaks: new Map(sparse.wordBreaks.map(([pattern, breaks]) => [pattern, new Set(breaks)])),
    allow: new Map(
      sparse.allow.map(([pattern, contexts]) => [
        pattern,
        contexts.map(([codes, runs, offset]): AllowContext => ({ codes, runs, offset })),
      ]),
    ),
    claims: new Map(
      sparse.claims.map(([pattern, closesPhrase, followedBy, precededBy]): [number, ClaimRule] => [
        pattern,
        {
          closesPhrase,
          followedBy: followedBy.map((codes) => new Int32Array(codes)),
          precededBy: precededBy.map((codes) => new Int32Array(codes)),
        },
      ]),
    ),
  };
}
