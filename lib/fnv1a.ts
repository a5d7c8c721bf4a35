/**
 * 32-bit FNV-1a over UTF-16 units, unsigned: a cheap, stable key (not a secure hash). `basis` and `prime` default to
 * FNV-1a's own; another pair gives an independent hash of the same shape (lib/community/queue.ts widens ids so).
 */
export function fnv1a(text: string, basis = 0x811c9dc5, prime = 0x01000193): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), prime);
  return hash >>> 0;
}
