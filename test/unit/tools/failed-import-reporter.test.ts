import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createVitest, type Reporter } from 'vitest/node';
import type { RunnerTask, RunnerTestCase } from 'vitest';
import { FailedImportAsFailedTest } from '../../tools/failed-import-reporter';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** The tests Stryker's vitest runner reads after a run: every `test` task under each file (its collectTestsFromSuite). */
function collectedTests(task: RunnerTask): RunnerTestCase[] {
  if (task.type === 'test') return [task];
  return 'tasks' in task ? task.tasks.flatMap(collectedTests) : [];
}

/** A reporter that prints nothing, so the nested run stays quiet. */
const SILENT: Reporter = {};

async function runFixtures(reporter: Reporter) {
  const vitest = await createVitest(
    'test',
    { config: false, root: FIXTURES, include: ['*.fixture.ts'], reporters: [reporter], watch: false },
    {},
  );
  try {
    await vitest.start();
    return Object.fromEntries(
      vitest.state.getFiles().map((file) => [path.basename(file.filepath), collectedTests(file)]),
    );
  } finally {
    await vitest.close();
  }
}

describe('a mutation run’s vitest reporter', () => {
  it('without it, a test file that fails to import leaves no test for Stryker to count as failed', async () => {
    const tests = await runFixtures(SILENT);
    expect(tests['throws-on-import.fixture.ts']).toEqual([]);
  });

  it('with it, that file holds one failed test carrying the import error; a file that loads is left alone', async () => {
    const tests = await runFixtures(new FailedImportAsFailedTest());
    const failed = tests['throws-on-import.fixture.ts'];
    expect(failed.map((t) => t.result?.state)).toEqual(['fail']);
    expect(failed[0].result?.errors?.[0]?.message).toContain('the module under test failed to load');
    expect(tests['loads.fixture.ts'].map((t) => [t.name, t.result?.state])).toEqual([['passes', 'pass']]);
  });
});
