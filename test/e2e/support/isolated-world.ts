import type { CDPSession, Page } from '@playwright/test';
import { build } from 'esbuild';
import { REPO_ROOT } from './paths';

// Runs lib/editors in an ISOLATED world of a page, exactly where a content script runs: its own JS globals
// (no access to the page's `window.fixture`, React internals or editor instances), the page's shared DOM.
// The module is bundled once per test-worker process into an IIFE that sets `globalThis.__onbrandEditors`.

export type EditorsApi = typeof import('../../../lib/editors/index');

let bundle: Promise<string> | undefined;

/** lib/editors/index.ts as a browser IIFE (esbuild, cached for the run). */
export function editorsBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: `import * as editors from './lib/editors/index.ts';\nglobalThis.__onbrandEditors = editors;`,
      resolveDir: REPO_ROOT,
      sourcefile: 'onbrand-editors-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    alias: { '@': REPO_ROOT },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

interface EvaluateResult {
  result: { value?: unknown; type: string; description?: string };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

export interface IsolatedWorld {
  /**
   * Runs `fn(editors, arg)` in the isolated world and returns its (JSON-serialisable) result. `fn` is sent as
   * source text, so it must not close over test variables: pass them in `arg`.
   */
  run<Arg, Result>(
    fn: (editors: EditorsApi, arg: Arg) => Result | Promise<Result>,
    arg: Arg,
  ): Promise<Result>;
  /** The world's own global object differs from the page's: proof that nothing leaks between them. */
  contextId(): number;
  dispose(): Promise<void>;
}

const WORLD_NAME = 'onbrand-editors-test';

/** Creates the isolated world for the page's main frame (call again after a navigation). */
export async function openIsolatedWorld(page: Page): Promise<IsolatedWorld> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await session.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: WORLD_NAME,
    grantUniveralAccess: false,
  })) as { executionContextId: number };

  const evaluate = async (expression: string): Promise<unknown> => {
    const response = (await session.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    })) as EvaluateResult;
    if (response.exceptionDetails) {
      throw new Error(
        `isolated world: ${response.exceptionDetails.exception?.description ?? response.exceptionDetails.text}`,
      );
    }
    return response.result.value;
  };

  await evaluate(await editorsBundle());
  return {
    run: async (fn, arg) =>
      (await evaluate(
        `(${fn.toString()})(globalThis.__onbrandEditors, ${JSON.stringify(arg ?? null)})`,
      )) as never,
    contextId: () => executionContextId,
    dispose: () => session.detach(),
  };
}

/** One-shot helper: opens a world, runs `fn`, closes the session. */
export async function runInIsolatedWorld<Arg, Result>(
  page: Page,
  fn: (editors: EditorsApi, arg: Arg) => Result | Promise<Result>,
  arg: Arg,
): Promise<Result> {
  const world = await openIsolatedWorld(page);
  try {
    return await world.run(fn, arg);
  } finally {
    await world.dispose();
  }
}
