import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * CI allows one retry, so a flaky test would pass in silence: this lists, at the end of the run, every test that
 * needed a retry (and how its first attempt failed), so a flake is seen and fixed rather than absorbed.
 */
export default class RetrySummary implements Reporter {
  private readonly retried = new Map<TestCase, string>();

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry === 0 && result.status !== 'passed' && result.status !== 'skipped') {
      // eslint-disable-next-line no-control-regex
      const message = (result.error?.message ?? result.status).replace(/\u001b\[[0-9;]*m/g, '');
      this.retried.set(test, message.split('\n')[0].slice(0, 200));
    }
  }

  onEnd(_result: FullResult): void {
    const flaky = [...this.retried].filter(([test]) => test.results.length > 1);
    if (flaky.length === 0) {
      console.log('\nRetried tests: none.');
      return;
    }
    console.log(`\nRetried tests: ${flaky.length} (FLAKY: passed on the retry; FAILED: failed both times):`);
    for (const [test, firstError] of flaky) {
      console.log(
        `  ${test.outcome() === 'flaky' ? 'FLAKY ' : 'FAILED'} ${test.location.file.replace(/^.*\/specs\//, '')}:${test.location.line} › ${test.title}\n         first attempt: ${firstError}`,
      );
    }
  }

  printsToStdio(): boolean {
    return true;
  }
}
