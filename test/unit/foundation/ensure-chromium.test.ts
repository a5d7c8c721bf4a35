import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 17: `npm start` failed at random on its font check: `fc-list | grep -qi "noto sans cjk"` under pipefail,
// where grep -q exits at the first match and fc-list then dies of SIGPIPE. Here fc-list names the CJK family
// first and then writes far more than a pipe holds, the case that failed; `id` says "not root", so a check that
// fails exits 1 with its list instead of installing anything.
const script = path.resolve(import.meta.dirname, '../../tools/ensure-chromium.sh');

function fakeTools(): string {
  const bin = mkdtempSync(path.join(tmpdir(), 'onbrand-fc-'));
  const tool = (name: string, body: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  tool(
    'fc-list',
    'echo "Noto Sans CJK SC"; i=0; while [ $i -lt 4000 ]; do echo "DejaVu Sans Mono Bold Oblique $i"; i=$((i+1)); done',
  );
  tool('id', 'echo 1000');
  return bin;
}

/** What the check lists as missing ('' when it passes). */
function missing(bin: string): string {
  try {
    execFileSync('bash', [script], {
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

describe('ensure-chromium.sh font check', () => {
  it('finds the CJK fonts every time when fc-list writes more than the pipe holds (5 runs)', () => {
    const bin = fakeTools();
    for (let run = 0; run < 5; run++) expect(missing(bin)).not.toContain('fonts-noto-cjk');
  });

  it('still names the fonts missing when fc-list has none', () => {
    const bin = fakeTools();
    writeFileSync(path.join(bin, 'fc-list'), '#!/bin/sh\necho "DejaVu Sans"\n');
    expect(missing(bin)).toContain('fonts-noto-cjk');
  });
});
