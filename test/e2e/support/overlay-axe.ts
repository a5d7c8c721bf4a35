import axe from 'axe-core';
import type { overlay } from './overlay';

type Overlay = ReturnType<typeof overlay>;

/** Loads axe-core into the extension's world of the page, where the overlay's closed root is reachable. */
export async function loadAxe(ui: Overlay): Promise<void> {
  await ui.addScript(axe.source);
}

/** The overlay's serious and critical axe violations in its current state ("rule (impact) at targets"). */
export async function overlayViolations(ui: Overlay): Promise<string[]> {
  const problems = await ui.evaluate(async (root) => {
    // The overlay's root is closed to the page; in this (the extension's) world axe is shown it as open.
    const host = root.host as HTMLElement & { shadowRoot: ShadowRoot | null };
    Object.defineProperty(host, 'shadowRoot', { value: root, configurable: true });
    type Result = {
      violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
    };
    const run = (
      globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<Result> } }
    ).axe.run;
    const result = await run({ include: [[host.localName]] }, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}) at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, null);
  return problems ?? ['overlay not found'];
}
