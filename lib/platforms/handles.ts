// Account handles as people type them on any platform: the one comparison the engagement snapshots, the reply
// queue and the member book all use.

/** "@OnBrand " and "onbrand" are the same account; non-Latin handles (微博 names) compare as typed. */
export function normalizeHandle(handle: string): string {
  return handle.trim().replace(/^@+/, '').toLowerCase();
}

export function isOwnHandle(author: string | null | undefined, ownHandles: readonly string[]): boolean {
  if (!author) return false;
  const wanted = normalizeHandle(author);
  return wanted !== '' && ownHandles.some((handle) => normalizeHandle(handle) === wanted);
}
