// What Onbrand's scripts in one frame share through the extension's isolated world (the page-load script, the
// assistant injected later, its optional parts): each global's one typed home, so no other file names them. The
// page's own scripts run in another world and see none of them. Dependency-free: the page-load script and every
// part script import it. The property names stay as they were: a copy of an older version may still run in the
// frame until its context ends.

interface SharedGlobals {
  /** A page-load script (entrypoints/content.ts) runs in this frame. */
  __onbrandLoader?: boolean;
  /** The assistant (entrypoints/assistant.content) runs in this frame. */
  __onbrandAssistant?: boolean;
  /** The box whose person's focus or press made the page-load script ask for the assistant. */
  __onbrandLoadedFor?: Element;
  /** Boxes a person typed, pasted, dropped or composed in before the assistant arrived. */
  __onbrandTypedBoxes?: WeakSet<Element>;
  /** The optional parts registered so far (part-registry.ts). */
  __onbrandParts?: Record<string, unknown>;
  /** The person's last trusted clicks, newest last (focus.ts `noteUserClicks`). */
  __onbrandClicks?: WeakRef<Element>[];
  /** The assistant's modules a UI part uses instead of bundling its own copy (components/overlay/ui-host.ts). */
  __onbrandUiHost?: Record<string, unknown>;
}

const shared = globalThis as SharedGlobals;

/** Marks this frame's page-load script as running; false when one already is (this copy then does nothing). */
export function claimLoader(): boolean {
  if (shared.__onbrandLoader) return false;
  return (shared.__onbrandLoader = true);
}

/** Its context ended (update, reload, a newer copy): the next copy may start. */
export function releaseLoader(): void {
  shared.__onbrandLoader = false;
}

/** Marks the assistant as running in this frame; false when it already is (a second injection then stops). */
export function claimAssistant(): boolean {
  if (shared.__onbrandAssistant) return false;
  return (shared.__onbrandAssistant = true);
}

/** Paused or torn down: the page-load script may inject it again. */
export function releaseAssistant(): void {
  shared.__onbrandAssistant = false;
}

export function assistantRunning(): boolean {
  return shared.__onbrandAssistant === true;
}

export function noteLoadedFor(box: Element): void {
  shared.__onbrandLoadedFor = box;
}

export function loadedForBox(): Element | undefined {
  return shared.__onbrandLoadedFor;
}

export function typedBoxes(): WeakSet<Element> {
  return (shared.__onbrandTypedBoxes ??= new WeakSet());
}

export function partRegistry(): Record<string, unknown> {
  return (shared.__onbrandParts ??= {});
}

export function notedClicks(): WeakRef<Element>[] {
  return (shared.__onbrandClicks ??= []);
}

export function uiHostModules(): Record<string, unknown> {
  return (shared.__onbrandUiHost ??= {});
}
