import type { Reporter, Vitest } from 'vitest/node';

/**
 * A mutation run's vitest reporter: a test file that fails to import becomes one failed test.
 *
 * Stryker's vitest runner (9.4, same in 10.0) builds a mutant's result from the tests vitest collected, and a file
 * whose import throws collects none, so a static mutant that breaks a module at load (fold.ts's tables, built when
 * the module loads) was scored "survived" though every test of that module fails. Applied by hand, each such mutant
 * fails its test files ("1 failed, no tests"); with this test in the file's place, Stryker sees that failure too.
 */
export class FailedImportAsFailedTest implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(): void {
    for (const file of this.vitest?.state.getFiles() ?? []) {
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      file.tasks.push({
        type: 'test',
        id: `${file.id}_import`,
        name: 'the test file imports',
        fullName: `${file.name} the test file imports`,
        fullTestName: 'the test file imports',
        mode: 'run',
        file,
        suite: file,
        meta: {},
        annotations: [],
        artifacts: [],
        timeout: 0,
        result: { state: 'fail', errors: file.result.errors },
        context: undefined as never,
      });
    }
  }
}
