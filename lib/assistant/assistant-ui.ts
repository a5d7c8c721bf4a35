// Onbrand's own in-page UI: one host element with a closed shadow root (entrypoints/assistant.content).

export const ASSISTANT_HOST = 'onbrand-assistant';

/**
 * Is `node` part of Onbrand's own in-page UI? Its fields are never reply boxes. The shadow root is closed, so a
 * listener outside it sees events from inside with the host as their target.
 */
export function isAssistantUi(node: EventTarget | null | undefined): boolean {
  if (!(node instanceof Node)) return false;
  if (node instanceof Element && node.localName === ASSISTANT_HOST) return true;
  const root = node.getRootNode();
  return root instanceof ShadowRoot && root.host.localName === ASSISTANT_HOST;
}
