import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import { addMessages, resolveLocale, type UiLocale } from '@/lib/i18n';
import { loadSettings } from '@/lib/storage/page-settings';
import { browserManagedSource } from '@/lib/storage/managed-source';
import type { KitLibrary } from '@/lib/kits/kit-library-schema';
import { knownKitKeys } from '@/lib/kits/known-kit-keys';
import { storedLibraryData } from '@/lib/kits/checked-library';
import type { TemplateLibrary } from '@/lib/templates/schema';
import { TEMPLATES_KEY } from '@/lib/templates/store';
import { TEAM_KITS_KEY } from '@/lib/team/team-kit';
import { siteIdForHost } from '@/lib/sites/hosts';
import { platformMeta } from '@/lib/platforms';
import { loadedPart, type PartName } from './part-registry';

// Optional pieces of the in-page assistant, kept out of content-scripts/assistant.js and injected into the same
// content-script world only where they are needed (each is an unlisted script, entrypoints/part-*.ts, that
// registers itself here). The background injects the ones the stored kits need together with the assistant;
// the assistant asks for one when a kit changes to need it. Page scripts never see this world's globals.
//   re2js (≈47 KB gzip): the RE2 engine, needed only by kits with user-written patterns;
//   i18n-en / i18n-zh (≈14 KB gzip each): the UI strings of one language, the page's UI language only;
//   starter (≈30 KB gzip): the starter packs and templates, only while storage holds no kit library or no
//   template library (a browser nobody has set up yet, or an unreadable library);
//   pinyin: the engine's pinyin table, only for kits with a term that opts into pinyin spellings;
//   t2s (≈13 KB gzip): the engine's traditional → simplified pairs, only for kits with a hanzi anywhere (a kit
//   without one has no hanzi term, so how a draft's hanzi fold changes no finding; a kit term with hanzi does not
//   compile without the pairs: it fails loudly, never matching less);
//   site-<id> (≈1–2.5 KB gzip each): one supported site's DOM adapter, only in that site's frames (the generic
//   adapter for other sites stays in the assistant);
//   x-links (≈2 KB gzip): X's link scanner, which only X's weighted length reads, with X's site part;
//   template-pinyin (≈9 KB gzip): the template search's pinyin initials, only for template libraries with hanzi,
//   injected after the assistant has started (the picker gets the library once it is in place);
//   community-ui (≈7 KB gzip) / template-picker-ui (≈2.8 KB gzip): the UI on a page's comments and the template
//   picker's window, asked for the first time they have something to draw (components/overlay/useUiPart.ts).

export { PART_FILES, PART_NAMES, loadedPart, registerPart, type PartName } from './part-registry';

/** Asks the background to inject `name` into this frame unless it is here already. */
export async function ensurePart(name: PartName): Promise<void> {
  if (loadedPart(name) !== undefined) return;
  await send('assistant.part', { name });
  if (loadedPart(name) === undefined) throw new Error(`the assistant's ${name} part did not load`);
}

const LIST_KEYS = new Set(['patterns', 'custom']);
const TERM_LISTS = new Set(['bannedTerms', 'preferredTerms']);

/**
 * Whether a stored value (the kit library, a cached managed kit, a managed policy, raw) holds a user pattern
 * anywhere: a non-empty `patterns` or `privacy.custom` list, or a kit written as text that mentions one. It errs
 * towards yes; the term lists, which never hold patterns, are skipped so a 10,000-term kit is not walked.
 */
export function mentionsUserPatterns(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return depth > 0 && value.includes('"pattern"');
  if (depth > 12 || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => mentionsUserPatterns(item, depth + 1));
  for (const [key, item] of Object.entries(value)) {
    if (LIST_KEYS.has(key) && Array.isArray(item) && item.length > 0) return true;
    if (!TERM_LISTS.has(key) && mentionsUserPatterns(item, depth + 1)) return true;
  }
  return false;
}

/**
 * Whether a stored value holds a term that opts into pinyin spellings (`"pinyin": true`, lib/engine/schema.ts), or
 * a kit written as text that mentions one. Unlike mentionsUserPatterns it walks the term lists, one property per
 * term.
 */
export function mentionsPinyinTerms(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return depth > 0 && value.includes('"pinyin"');
  if (depth > 12 || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => mentionsPinyinTerms(item, depth + 1));
  if ((value as { pinyin?: unknown }).pinyin === true) return true;
  return Object.values(value).some((item) => mentionsPinyinTerms(item, depth + 1));
}

const BMP_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Whether a stored value holds a hanzi in any string (a term, a tone word, a message, a kit written as text): such
 * a kit may have a term with a traditional hanzi, which compiles only with the t2s part. It errs towards yes.
 */
export function mentionsHan(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return BMP_HAN.test(value);
  if (depth > 12 || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => mentionsHan(item, depth + 1));
  return Object.values(value).some((item) => mentionsHan(item, depth + 1));
}

/** The parts the kits stored in this browser (library, managed policy, its last good copy, team kits) need. */
export async function partsForStoredKits(): Promise<PartName[]> {
  // Both areas at once: this runs while a person waits for the assistant in the box they clicked.
  const [local, managed] = await Promise.all([
    browser.storage.local.get(['kits', 'managed:lastGoodKit', TEAM_KITS_KEY, TEMPLATES_KEY]),
    browserManagedSource.read(),
  ]);
  // The library as data: its writers store it packed (checked-library.ts), which no text check can look into.
  const kits = [
    await storedLibraryData(local.kits),
    local['managed:lastGoodKit'],
    local[TEAM_KITS_KEY],
    managed,
  ];
  const parts: PartName[] = mentionsUserPatterns(kits) ? ['re2js'] : [];
  // Nothing stored yet: the starter kit and templates are in force. (An unreadable library is rarer: the page
  // asks for the part when it finds one, see starterKits.)
  if (local.kits === undefined || local[TEMPLATES_KEY] === undefined) parts.push('starter');
  // The starter kit (the starter packs) has pinyin terms (profanity-zh): it needs the table too.
  if ((mentionsPinyinTerms(kits) || local.kits === undefined) && !parts.includes('pinyin'))
    parts.push('pinyin');
  // The starter kit has hanzi terms too (profanity-zh, ad-law).
  if (mentionsHan(kits) || local.kits === undefined) parts.push('t2s');
  return parts;
}

/** What the starter part (entrypoints/part-starter.ts) registers. */
export interface StarterPart {
  kits: (now?: number) => Promise<KitLibrary>;
  /** The kitKey of the starter kit `kits` returns, computed at build time (lib/kits/starter-kit.ts). */
  kitKey?: string;
  templates: (now?: number) => TemplateLibrary;
}

async function starterPart(): Promise<StarterPart> {
  await ensurePart('starter');
  return loadedPart<StarterPart>('starter')!;
}

/**
 * In the page: the starter library, for when storage holds none (kit-library-schema's StarterKits), with the pinyin
 * table and traditional → simplified pairs its terms need (parts.test.ts: it has both). Usually injected with the
 * assistant already; a library that turned unreadable did not have them injected at start.
 */
export const starterKits = async (): Promise<KitLibrary> => {
  const { kits, kitKey } = await starterPart();
  const library = await kits(0);
  if (kitKey) knownKitKeys.set(library.kits[0].kit, kitKey);
  await ensurePart('pinyin');
  await ensurePart('t2s');
  return library;
};

/** In the page: the starter templates, for when storage holds none (templates/store's StarterTemplates). */
export const starterTemplates = async (now: number): Promise<TemplateLibrary> =>
  (await starterPart()).templates(now);

const HAN = /\p{Script=Han}/u;

/**
 * In the page: `library` once the picker can search it — with the pinyin initials (the template-pinyin part) when a
 * template has hanzi anywhere (erring towards yes: any field counts, not only the searched ones).
 */
export async function withTemplateParts(library: TemplateLibrary): Promise<TemplateLibrary> {
  if (library.templates.some((template) => HAN.test(JSON.stringify(template))))
    await ensurePart('template-pinyin');
  return library;
}

/** The part holding the UI strings of `locale`. */
export const messagesPart = (locale: UiLocale): PartName => (locale === 'zh-CN' ? 'i18n-zh' : 'i18n-en');

/** The part holding the DOM adapter of the site `hostname` belongs to; undefined for unsupported sites. */
export function sitePart(hostname: string): PartName | undefined {
  const id = siteIdForHost(hostname);
  return id === undefined ? undefined : `site-${id}`;
}

/**
 * Every part a page on `hostname` needs for its site: the adapter, and X's link scanner where one of the site's
 * fields counts X's weighted length (the only unit that reads links).
 */
export function siteParts(hostname: string): PartName[] {
  const id = siteIdForHost(hostname);
  if (id === undefined) return [];
  const weighted = Object.values(platformMeta(id).fields).some((field) => field.unit === 'weighted');
  return weighted ? [`site-${id}`, 'x-links'] : [`site-${id}`];
}

/** The hostname of a frame's URL as the browser reports it; '' for about:blank/srcdoc frames and the like. */
function hostnameOf(url: string | undefined): string {
  if (!url || !/^https?:/.test(url)) return '';
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The parts every page of this browser needs, by what storage holds: its UI language's strings, the kits' parts. */
export async function storedPartsForPages(): Promise<PartName[]> {
  const [settings, forKits] = await Promise.all([loadSettings(), partsForStoredKits()]);
  return [messagesPart(resolveLocale(settings.locale, navigator.language)), ...forKits];
}

/**
 * Every part a page needs when the assistant is injected: its site's adapter (from the frame's URL; a frame
 * without a hostname of its own asks for it at start) and `stored` (storedPartsForPages). The page checks the
 * kits' parts and its strings again before it uses them, so a stale `stored` costs a request, never a part.
 */
export async function partsForPage(
  frameUrl?: string,
  stored: Promise<PartName[]> = storedPartsForPages(),
): Promise<PartName[]> {
  return [...siteParts(hostnameOf(frameUrl)), ...(await stored)];
}

/** In the page, before the site adapter is chosen: the parts of `hostname`'s site are here (siteParts). */
export async function ensureSitePart(hostname: string): Promise<void> {
  for (const name of siteParts(hostname)) await ensurePart(name);
}

/** In the page, before the UI shows `locale`: its strings are here (startLocaleSync's prepare). */
export async function ensureMessages(locale: UiLocale): Promise<void> {
  const name = messagesPart(locale);
  await ensurePart(name);
  addMessages(locale, loadedPart<Record<string, string>>(name)!);
}

/** In the page: injects what the stored kits need before they are parsed and compiled (kit-source's beforeLoad). */
export async function ensurePartsForStoredKits(): Promise<void> {
  for (const name of await partsForStoredKits()) await ensurePart(name);
}
