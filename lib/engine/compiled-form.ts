/**
 * A compiled kit's term tables (compileTerms) as JSON-safe data, so a page that finds them stored skips folding
 * every term and building the automaton, the largest part of a first focus after the assistant's own load
 * (issue 18). Typed arrays travel as base64 of their bytes (storage.local holds JSON; atob is the cheapest decode
 * there); the sparse maps as number arrays; the term sources are rebuilt from the kit (termSources).
 */
import { Automaton, type AutomatonArrays } from './automaton';
import { termSources, type AllowContext, type ClaimRule, type CompiledTerms } from './compile-terms';
import type { BrandKit } from './schema';
import { COMPILED_FORM_VERSION } from './compiled-form-version';
import { base64OfBytes, bytesOfBase64 } from '../packed-text';

export interface CompiledForm {
  version: number;
  automaton: Record<keyof AutomatonArrays, string>;
  patternSource: string;
  patternInfo: string;
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

function base64Of(array: Int32Array): string {
  return base64OfBytes(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
}

/** Throws (a RangeError from Int32Array) on a byte count that is not a whole number of int32s. */
function int32Of(text: string): Int32Array {
  return new Int32Array(bytesOfBase64(text).buffer);
}

export function encodeCompiledTerms(terms: CompiledTerms): CompiledForm {
  const arrays = terms.automaton.arrays();
  const automaton = {} as Record<keyof AutomatonArrays, string>;
  for (const name of AUTOMATON_ARRAYS) automaton[name] = base64Of(arrays[name]);
  return {
    version: COMPILED_FORM_VERSION,
    automaton,
    patternSource: base64Of(terms.patternSource),
    patternInfo: base64Of(terms.patternInfo),
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
}

/**
 * The CompiledTerms `encodeCompiledTerms` was given, for the same kit (the caller keys stored forms by the kit's
 * content). Throws on a form of another version or one that does not fit the kit; the caller then compiles.
 */
export function decodeCompiledTerms(kit: BrandKit, form: CompiledForm): CompiledTerms {
  // One message for every refusal (the caller only compiles instead; the stack says which check).
  const unfit = () => new Error('compiled form: another version, or not this kit');
  if (form.version !== COMPILED_FORM_VERSION) throw unfit();
  const arrays = {} as AutomatonArrays;
  for (const name of AUTOMATON_ARRAYS) arrays[name] = int32Of(form.automaton[name]);
  const sources = termSources(kit);
  const patternSource = int32Of(form.patternSource);
  const patternInfo = int32Of(form.patternInfo);
  const patterns = arrays.patternLength.length;
  if (patternSource.length !== patterns || patternInfo.length !== patterns) throw unfit();
  for (let p = 0; p < patterns; p++)
    if (patternSource[p] < 0 || patternSource[p] >= sources.length) throw unfit();
  return {
    automaton: new Automaton(arrays),
    sources,
    patternSource,
    patternInfo,
    repeats: new Map(form.repeats),
    wordBreaks: new Map(form.wordBreaks.map(([pattern, breaks]) => [pattern, new Set(breaks)])),
    allow: new Map(
      form.allow.map(([pattern, contexts]) => [
        pattern,
        contexts.map(([codes, runs, offset]): AllowContext => ({ codes, runs, offset })),
      ]),
    ),
    claims: new Map(
      form.claims.map(([pattern, closesPhrase, followedBy, precededBy]): [number, ClaimRule] => [
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
