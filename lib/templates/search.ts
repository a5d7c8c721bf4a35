/**
 * Ranking templates for the picker. A query matches as a fuzzy subsequence of the shortcut, name, tags or body;
 * a hanzi matches itself or, from a Latin query letter, its pinyin initial ("gx" finds 感谢).
 * With no query: templates that suit this platform and language first, then the most used.
 */
import type { PlatformId } from '@/lib/platforms';
import { pinyinInitials } from './pinyin';
import type { Template, TemplateLibrary, TemplateUsage } from './schema';

export interface SearchOptions {
  platform?: PlatformId;
  /** The language of the reply ("en" / "zh"); templates marked "both" suit either. */
  language?: 'en' | 'zh';
}

export type MatchField = 'shortcut' | 'name' | 'tags' | 'body';

export interface TemplateMatch {
  template: Template;
  score: number;
  /** The field that matched best; undefined for an empty query. */
  field?: MatchField;
}

interface Unit {
  ch: string;
  initials: string;
  wordStart: boolean;
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Long bodies are searched by their opening only: that is what people remember, and it keeps typing instant. */
const BODY_SEARCH_CHARS = 600;

function units(text: string): Unit[] {
  const chars = [...text.normalize('NFKC')];
  return chars.map((raw, i) => {
    const ch = raw.toLowerCase();
    const prev = chars[i - 1];
    const han = HAN.test(raw);
    const wordStart =
      i === 0 ||
      han ||
      !WORD_CHAR.test(prev) ||
      HAN.test(prev) ||
      (raw !== ch && prev === prev.toLowerCase());
    return { ch, initials: han ? pinyinInitials(raw) : '', wordStart };
  });
}

const matches = (unit: Unit, q: string) =>
  unit.ch === q || (unit.initials !== '' && unit.initials.includes(q));

/**
 * Score of `query` (lowercased chars) as a subsequence of `candidate`; 0 when it does not match, or when the
 * matched window is wider than `maxSpread` characters (long texts match almost anything scattered).
 */
function fuzzyScore(query: readonly string[], candidate: readonly Unit[], maxSpread = Infinity): number {
  if (!query.length) return 0;
  // Forward to the first complete match, then backward from its end for the tightest window.
  let qi = 0;
  let end = -1;
  for (let i = 0; i < candidate.length; i++) {
    if (matches(candidate[i], query[qi]) && ++qi === query.length) {
      end = i;
      break;
    }
  }
  if (end < 0) return 0;
  let start = end;
  qi = query.length - 1;
  for (let i = end; i >= 0; i--) {
    if (matches(candidate[i], query[qi]) && --qi < 0) {
      start = i;
      break;
    }
  }
  if (end - start + 1 > maxSpread) return 0;
  let score = 0;
  let previousMatch = -2;
  qi = 0;
  for (let i = start; i <= end && qi < query.length; i++) {
    const unit = candidate[i];
    if (!matches(unit, query[qi])) {
      score -= 1; // gap
      continue;
    }
    score += 10;
    if (unit.ch === query[qi]) score += 2; // the character itself beats its pinyin initial
    if (unit.wordStart) score += 8;
    if (previousMatch === i - 1) score += 6;
    previousMatch = i;
    qi++;
  }
  if (start === 0) score += 8;
  return Math.max(score, 1);
}

interface Indexed {
  shortcut: string;
  name: Unit[];
  tags: Unit[][];
  body: Unit[];
  nameText: string;
}

const indexCache = new WeakMap<Template, Indexed>();

function indexed(template: Template): Indexed {
  let entry = indexCache.get(template);
  if (!entry) {
    const variants = Object.values(template.variants ?? {}).join(' ');
    entry = {
      shortcut: template.shortcut.toLowerCase(),
      name: units(template.name),
      tags: template.tags.map(units),
      body: units(`${template.body} ${variants}`.slice(0, BODY_SEARCH_CHARS)),
      nameText: template.name.normalize('NFKC').toLowerCase(),
    };
    indexCache.set(template, entry);
  }
  return entry;
}

/** 2 = made for this platform, 1 = suits every platform, 0 = made for other platforms. */
function platformFit(template: Template, platform: PlatformId | undefined): number {
  if (!platform) return 1;
  if (template.platforms.includes(platform) || template.variants?.[platform]) return 2;
  return template.platforms.length === 0 ? 1 : 0;
}

function languageFits(template: Template, language: 'en' | 'zh' | undefined): boolean {
  return !language || template.language === 'both' || template.language === language;
}

/**
 * 0 (best) … 5. The language decides first (a reply in the wrong language is no use), then the platform:
 * made for it, then for every platform, then for other platforms.
 */
function fitRank(template: Template, options: SearchOptions): number {
  return (languageFits(template, options.language) ? 0 : 3) + (2 - platformFit(template, options.platform));
}

function matchTemplate(
  template: Template,
  query: string,
  queryChars: string[],
): { score: number; field: MatchField } | null {
  const index = indexed(template);
  let best: { score: number; field: MatchField } | null = null;
  const consider = (score: number, field: MatchField) => {
    if (score > 0 && (!best || score > best.score)) best = { score, field };
  };
  if (index.shortcut) {
    if (index.shortcut === query) consider(10_000, 'shortcut');
    else if (index.shortcut.startsWith(query)) consider(2_000 + query.length, 'shortcut');
  }
  const name = fuzzyScore(queryChars, index.name);
  consider(name && (index.nameText.includes(query) ? name * 1.5 : name), 'name');
  for (const tag of index.tags) consider(fuzzyScore(queryChars, tag) * 0.9, 'tags');
  // In the body only a fairly tight match counts: about three characters per query character.
  consider(fuzzyScore(queryChars, index.body, queryChars.length * 3 + 2) * 0.6, 'body');
  return best;
}

function usageOf(library: TemplateLibrary, id: string): TemplateUsage {
  return library.usage[id] ?? { count: 0, lastUsed: 0 };
}

/** The library's templates ranked for a picker query (empty query: suitability, then most used). */
export function searchTemplates(
  library: TemplateLibrary,
  query: string,
  options: SearchOptions = {},
): TemplateMatch[] {
  const order = new Map(library.templates.map((t, i) => [t.id, i]));
  const byUsage = (a: Template, b: Template) => {
    const ua = usageOf(library, a.id);
    const ub = usageOf(library, b.id);
    return ub.count - ua.count || ub.lastUsed - ua.lastUsed || order.get(a.id)! - order.get(b.id)!;
  };
  const normalized = query.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  if (!normalized) {
    return [...library.templates]
      .sort((a, b) => fitRank(a, options) - fitRank(b, options) || byUsage(a, b))
      .map((template) => ({ template, score: 0 }));
  }
  const queryChars = [...normalized];
  const hits: TemplateMatch[] = [];
  for (const template of library.templates) {
    const match = matchTemplate(template, normalized, queryChars);
    if (!match) continue;
    // Suitability and habit nudge, never outweigh, the match itself.
    const fit = 5 - fitRank(template, options);
    const used = Math.log2(usageOf(library, template.id).count + 1);
    hits.push({ template, field: match.field, score: match.score + fit * 4 + Math.min(used, 10) * 2 });
  }
  return hits.sort((a, b) => b.score - a.score || byUsage(a.template, b.template));
}

/** The template a typed shortcut names (";;thx"), preferring one that suits the platform and language. */
export function findByShortcut(
  library: TemplateLibrary,
  shortcut: string,
  options: SearchOptions = {},
): Template | undefined {
  const wanted = shortcut.toLowerCase();
  const candidates = library.templates.filter((t) => t.shortcut && t.shortcut.toLowerCase() === wanted);
  return candidates.sort((a, b) => fitRank(a, options) - fitRank(b, options))[0];
}
