/**
 * Regular English inflections of a kit word (-s -es -ed -ing -er -y, with the silent e dropped and the last
 * consonant doubled as English spells them: "fucked", "raping", "shitting"). A term marked `inflect` matches
 * them without listing each form; the pack builder enumerates the same forms (inflectedForms) to find the
 * ordinary words among them ("spicy" for "spic") and lists those as allow-contexts.
 */

/**
 * Suffixes after the whole term ("fuck" + "ed"). A term ending in e takes the short forms ("rape" + "d"). -er
 * and -ings make new words (a "skanker", "bollockings" are not in any list), so only the forms a list names
 * ("fucker") match, as terms of their own.
 */
const AFTER_WORD = ['s', 'es', 'ed', 'ing', 'y'];
const AFTER_E = ['s', 'd'];
/** Suffixes after a term without its final e ("rap" + "ing"), and after a doubled last consonant ("shitt" + "ing"). */
const AFTER_STEM = ['ing', 'ed', 'y'];

const isVowel = (c: number) => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
const isLetter = (c: number) => c >= 0x61 && c <= 0x7a;

/** Longest suffix, in letters: the matcher reads no further than this past a term. */
export const MAX_SUFFIX = 3;

/** "shit", "cum", "twat": a short word ending consonant–vowel–consonant doubles its last letter before a vowel. */
export function doublesLastLetter(letters: ArrayLike<number>): boolean {
  const n = letters.length;
  if (n < 3 || n > 5) return false;
  const last = letters[n - 1];
  return (
    isLetter(last) &&
    !isVowel(last) &&
    last !== 0x77 &&
    last !== 0x78 &&
    last !== 0x79 &&
    isVowel(letters[n - 2]) &&
    isLetter(letters[n - 3]) &&
    !isVowel(letters[n - 3])
  );
}

const SUFFIX_SETS = { word: AFTER_WORD, e: AFTER_E, stem: AFTER_STEM } as const;
export type SuffixSet = keyof typeof SUFFIX_SETS;

/** -es follows only s, x, z, h and o ("asses", "bitches"), never another letter ("rapes" is not "rap" + es). */
const takesEs = (lastLetter: number) =>
  lastLetter === 0x73 ||
  lastLetter === 0x78 ||
  lastLetter === 0x7a ||
  lastLetter === 0x68 ||
  lastLetter === 0x6f;

/** Is `suffix` (lower-case letters) an inflection ending allowed after this kind of match ending in `lastLetter`? */
export function isSuffix(set: SuffixSet, suffix: string, lastLetter: number): boolean {
  if (suffix === 'es' && set === 'word' && !takesEs(lastLetter)) return false;
  return SUFFIX_SETS[set].includes(suffix);
}

/** Which suffixes follow a full term: the short ones after a final e. */
export const suffixSetOf = (term: string): SuffixSet => (term.endsWith('e') ? 'e' : 'word');

const codesOf = (word: string) => Array.from(word, (c) => c.charCodeAt(0));

/** Every form an inflecting term matches besides itself (the pack builder checks them against a dictionary). */
export function inflectedForms(term: string): string[] {
  const word = term.toLowerCase();
  const forms = new Set<string>();
  const lastLetter = word.charCodeAt(word.length - 1);
  const set = suffixSetOf(word);
  for (const suffix of SUFFIX_SETS[set]) if (isSuffix(set, suffix, lastLetter)) forms.add(word + suffix);
  if (word.endsWith('e') && word.length > 3)
    for (const suffix of AFTER_STEM) forms.add(word.slice(0, -1) + suffix);
  if (doublesLastLetter(codesOf(word)))
    for (const suffix of AFTER_STEM) forms.add(word + word[word.length - 1] + suffix);
  forms.delete(word);
  return [...forms];
}

/**
 * The regular inflections English really spells for an ordinary word ("rap" → raps, rapped, rapping; never
 * "raping"): what makes a form innocent when it belongs to an unlisted word.
 */
export function englishForms(word: string): string[] {
  const w = word.toLowerCase();
  if (!/^[a-z]{2,}$/.test(w)) return [];
  const last = w.charCodeAt(w.length - 1);
  if (w.endsWith('e')) return [`${w}s`, `${w}d`, ...AFTER_STEM.map((s) => w.slice(0, -1) + s)];
  if (last === 0x79 && !isVowel(w.charCodeAt(w.length - 2))) {
    const stem = w.slice(0, -1);
    return [`${w}s`, `${stem}ies`, `${stem}ied`, `${w}ing`];
  }
  const plural = takesEs(last) ? `${w}es` : `${w}s`;
  const stem = doublesLastLetter(codesOf(w)) ? w + w[w.length - 1] : w;
  return [plural, ...AFTER_STEM.map((s) => stem + s)];
}
