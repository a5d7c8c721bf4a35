// Text packed as base64 of its gzip, for large, repetitive data that crosses into a page: the starter kit's
// 300,000 characters of JSON are ≈34,000 packed. Every byte a first focus moves costs it time (≈70 µs per KB of
// injected script in Chromium, load 5–6, issue 18), and the browser's own (De)CompressionStream unpacks ≈300 KB in
// about a millisecond.

/**
 * Whether this build packs what its content scripts read (the kit library, the compiled kit, the starter part):
 * Chrome's, where it was measured; Firefox's stores JSON (packing there was never measured in a content script).
 */
export const PACKS = import.meta.env.BROWSER !== 'firefox';

/** The bytes of base64 text: Chromium 140+ decodes natively; elsewhere atob and a copy. */
export function bytesOfBase64(text: string): Uint8Array<ArrayBuffer> {
  const fromBase64 = (Uint8Array as { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> }).fromBase64;
  if (fromBase64) return fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * `bytes` through a (de)compression stream: one write, the output read chunk by chunk. Unpacking the starter's
 * compiled kit (93 KB → 337 KB) this way took a median 11.8 ms in Chromium against 25.9 ms through `Response`
 * (a stream piped and read whole), 10 fresh pages each, load 6.7 (issue 18).
 */
async function through(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const writer = transform.writable.getWriter();
  // Bad input errors the readable too: the loop below rejects with it.
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  const chunks: Uint8Array[] = [];
  for await (const chunk of transform.readable) chunks.push(chunk);
  const whole = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  chunks.reduce((at, chunk) => (whole.set(chunk, at), at + chunk.length), 0);
  return whole;
}

/** Bytes packed: base64 of their gzip. */
export async function packBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return base64OfBytes(await through(bytes, new CompressionStream('gzip')));
}

/** Rejects on text that is not base64 of gzip. */
export function unpackBytes(packed: string): Promise<Uint8Array> {
  return through(bytesOfBase64(packed), new DecompressionStream('gzip'));
}

export const packText = (text: string): Promise<string> => packBytes(new TextEncoder().encode(text));

/** Rejects on text that is not base64 of gzip. */
export const unpackText = async (packed: string): Promise<string> =>
  new TextDecoder().decode(await unpackBytes(packed));
