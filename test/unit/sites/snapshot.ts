import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// vitest runs from the repo root (happy-dom rewrites import.meta.url, so paths are resolved from the root).
const SNAPSHOT_DIR = join(process.cwd(), 'test/unit/sites/snapshots');
/** Skeletons saved by users with "Report this box" (lib/sites/skeleton.ts): real pages, kept apart from our renders. */
export const REPORTED_DIR = join(process.cwd(), 'test/unit/sites/reported');

// Loads a saved page snapshot (test/unit/sites/snapshots/<name>.html, rendered from the fixture pages) as its own
// Document, in the happy-dom environment the site tests run in.
export function loadSnapshot(name: string): Document {
  const html = readFileSync(join(SNAPSHOT_DIR, `${name}.html`), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachShadowRoots(doc);
  return doc;
}

/** Loads a "Report this box" file (test/unit/sites/reported/<name>.html) as a Document, shadow roots attached. */
export function loadReported(name: string): Document {
  const doc = new DOMParser().parseFromString(
    readFileSync(join(REPORTED_DIR, `${name}.html`), 'utf8'),
    'text/html',
  );
  attachShadowRoots(doc);
  return doc;
}

/**
 * Snapshots keep open shadow roots as declarative `<template shadowrootmode="open">` (test/tools/capture-snapshots.ts);
 * the parser leaves them as templates, so they are attached here, nested ones included.
 */
export function attachShadowRoots(root: ParentNode): void {
  for (const template of [...root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]')]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(...template.content.childNodes);
    template.remove();
    attachShadowRoots(shadow);
  }
}

/** The editable a fixture page registered under `name` (pages mark it with data-fixture-editor). */
export function editorIn(doc: Document, name: string): HTMLElement {
  const element = doc.querySelector<HTMLElement>(`[data-fixture-editor="${name}"]`);
  if (!element) throw new Error(`snapshot has no editor "${name}"`);
  return element;
}

/** Appends an element parsed from `html` to `parent` and returns it. */
export function append(parent: Element, html: string): HTMLElement {
  const template = parent.ownerDocument.createElement('template');
  template.innerHTML = html.trim();
  const element = template.content.firstElementChild as HTMLElement;
  parent.append(element);
  return element;
}

export function keydown(init: KeyboardEventInit): KeyboardEvent {
  return new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init });
}
