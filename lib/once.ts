/**
 * `build`'s result, made on the first call and kept. For schemas a bundle imports but rarely parses with
 * (lib/engine/schema.ts says what building them all at load cost a page).
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
