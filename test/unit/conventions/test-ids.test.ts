import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, allHooks } from '../../tools/test-ids';

// Every interactive element of the extension's UI carries a stable automation hook (data-testid), and every
// hook is listed in test/README.md, so tests and people can rely on them.
const hooks = allHooks();

describe('automation hooks', () => {
  it('every interactive element of the UI has a data-testid', () => {
    const missing = hooks
      .filter((h) => h.interactive && h.id === null)
      .map((h) => `${h.file}:${h.line} <${h.tag}>`);
    expect(missing).toEqual([]);
  });

  it('every data-testid is listed in test/README.md', () => {
    const readme = readFileSync(path.join(ROOT, 'test/README.md'), 'utf8');
    const unlisted = [
      ...new Set(hooks.map((h) => h.id).filter((id): id is string => !!id && id !== '*')),
    ].filter((id) => !readme.includes(`\`${id}`));
    expect(unlisted).toEqual([]);
  });
});
