import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';

// Optional pieces of the in-page assistant, kept out of content-scripts/assistant.js and injected into the same
// content-script world only where they are needed (each is an unlisted script, entrypoints/part-*.ts, that
// registers itself here). The background injects the ones the stored kits need together with the assistant;
// the assistant asks for one when a kit changes to need it. Page scripts never see this world's globals.
//   re2js (≈47 KB gzip): the RE2 engine, needed only by kits with user-written patterns.

export const PART_FILES = { re2js: '/part-re2js.js' } as const;
export type PartName = keyof typeof PART_FILES;
export const PART_NAMES = Object.keys(PART_FILES) as PartName[];

type Registry = Partial<Record<PartName, unknown>>;
const registry = (): Registry => ((globalThis as { __onbrandParts?: Registry }).__onbrandParts ??= {});

export function registerPart(name: PartName, value: unknown): void {
  registry()[name] = value;
}

export function loadedPart<T>(name: PartName): T | undefined {
  return registry()[name] as T | undefined;
}

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

/** The parts the kits stored in this browser (library, managed policy, its last good copy) need. */
export async function partsForStoredKits(): Promise<PartName[]> {
  const local = await browser.storage.local.get(['kits', 'managed:lastGoodKit']);
  let managed: unknown = {};
  try {
    managed = (await browser.storage.managed.get()) ?? {};
  } catch {
    // No policy (Firefox rejects when none names the extension).
  }
  return mentionsUserPatterns([local.kits, local['managed:lastGoodKit'], managed]) ? ['re2js'] : [];
}

/** In the page: injects what the stored kits need before they are parsed and compiled (kit-source's beforeLoad). */
export async function ensurePartsForStoredKits(): Promise<void> {
  for (const name of await partsForStoredKits()) await ensurePart(name);
}
