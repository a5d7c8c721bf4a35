// The one spelling of a field's place in a document, used by every validator's error messages (kits,
// templates) and read back to find the field's line in an imported file.

/** ['bannedTerms', 3, 'severity'] → "bannedTerms[3].severity". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** "bannedTerms[3].severity" → ['bannedTerms', 3, 'severity'] (the inverse of formatPath). */
export function pathParts(path: string): Array<string | number> {
  if (path === '(root)') return [];
  const parts: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]);
  return parts;
}
