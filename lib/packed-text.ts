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

/** `bytes` through a (de)compression stream, read whole (a Response reads a stream in one call). */
async function through(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Response(bytes).body!.pipeThrough(transform)).arrayBuffer());
}

export async function packText(text: string): Promise<string> {
  return base64OfBytes(await through(new TextEncoder().encode(text), new CompressionStream('gzip')));
}

/** Rejects on text that is not base64 of gzip. */
export async function unpackText(packed: string): Promise<string> {
  return new TextDecoder().decode(await through(bytesOfBase64(packed), new DecompressionStream('gzip')));
}
