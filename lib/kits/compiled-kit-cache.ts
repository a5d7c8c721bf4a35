import { compileKit, type BrandKit, type Checker } from '@/lib/engine';
import { compileTerms } from '@/lib/engine/compile-terms';
import { decodeCompiledTerms, encodeCompiledTerms } from '@/lib/engine/compiled-form';
import { kitKey } from './kit-key';
import { COMPILED_KIT_KEY } from './kit-storage-keys';
import { readLocal, writeLocal } from '../storage/local-value';
import { PACKS, base64OfBytes, bytesOfBase64, packBytes, unpackBytes } from '../packed-text';

// The in-page assistant compiles the kit in force on its first focus (folding every term, building the
// automaton: ≈30 ms of a quiet first focus on the starter kit, issue 18). The first page to compile a kit stores
// the result; every later first focus with the same kit, in any tab, decodes it instead. One entry: a kit edit, or
// another site's own kit, replaces it. storage.local is written only by the extension's own contexts, never by a
// web page.

/**
 * Larger forms are not stored: reading them would cost the page about what compiling does (10,000-term kits; the
 * bound was 1,500,000 characters of the JSON form, ≈ 1,250,000 bytes of this one).
 */
const MAX_STORED_BYTES = 1_250_000;

interface StoredCompiledKit {
  /** The kit it was compiled from (kitKey): another kit, format or engine version compiles again. */
  key: string;
  /**
   * encodeCompiledTerms's bytes as base64 (storage.local holds JSON; one string crosses from the browser's storage
   * to the page as is, where nested arrays are converted value by value: 20–40 ms longer, load 13–17).
   */
  form: string;
  /**
   * `form` is base64 of the bytes' gzip (lib/packed-text.ts; Chrome's build): the starter kit's 267 KB are
   * ≈ 86 KB, and the bytes a first focus reads from storage cost it ≈ 70 µs per KB. Firefox's build stores the
   * bytes as they are.
   */
  packed?: boolean;
}

export const readCompiledKit = (): Promise<unknown> => readLocal(COMPILED_KIT_KEY).catch(() => undefined);

/**
 * The kit's checker, from `stored` (what readCompiledKit read) when it was compiled from this very kit; else
 * compiled here and stored for the next page, once this frame is idle (the first check goes first).
 */
export async function checkerFromStore(kit: BrandKit, stored: unknown): Promise<Checker> {
  const key = await kitKey(kit);
  const entry = stored as Partial<StoredCompiledKit> | undefined;
  if (entry?.key === key && entry.form) {
    try {
      const bytes = entry.packed ? await unpackBytes(entry.form) : bytesOfBase64(entry.form);
      return compileKit(kit, decodeCompiledTerms(kit, bytes));
    } catch {
      // A form this engine cannot read: compiled again below, and replaced.
    }
  }
  const terms = compileTerms(kit);
  const store = async () => {
    const form = encodeCompiledTerms(terms);
    if (form.length > MAX_STORED_BYTES) return;
    const value: StoredCompiledKit = PACKS
      ? { key, form: await packBytes(form), packed: true }
      : { key, form: base64OfBytes(form) };
    await writeLocal(COMPILED_KIT_KEY, value);
  };
  const storeLater = () => void store().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(storeLater, { timeout: 2000 });
  else setTimeout(storeLater, 0);
  return compileKit(kit, terms);
}
