// How popup.html starts its app (issue 18). Its module script is not in the built markup: fetched and evaluated
// during the parse, it competed with the saved first screen's frame. popup-first-screen.js inserts it instead, after
// that frame, or at once when there is no copy. Dependency-free: the early script must stay small.

/**
 * The `<meta>` of popup.html that names the built app's entry, then the chunks it imports (space-separated,
 * extension paths), filled in by wxt.config.ts's popupAppEntry build hook. Empty under the dev server, where the
 * page's own module script starts the app.
 */
export const APP_ENTRY_META = 'onbrand-app-entry';

/** The entry and its imports named by the page's meta; none under the dev server. */
export function appEntryFiles(doc: Document = document): string[] {
  const content = doc.querySelector<HTMLMetaElement>(`meta[name="${APP_ENTRY_META}"]`)?.content ?? '';
  return content.split(/\s+/).filter(Boolean);
}

/** Inserts the app's module script, its imports preloaded beside it (fetched in parallel, not one after the other). */
function insertApp(files: string[], doc: Document): void {
  const [entry, ...imports] = files;
  for (const file of imports) {
    const link = doc.createElement('link');
    link.rel = 'modulepreload';
    link.href = file;
    doc.head.append(link);
  }
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = entry;
  doc.head.append(script);
}

/** Runs `task` once the next frame has been painted: in a task after that frame's callbacks. */
export function afterPaint(task: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => task();
    channel.port2.postMessage(0);
  });
}

/**
 * Starts the popup's app: once the saved copy's frame has been painted when `copyShown`, else at once. Does
 * nothing under the dev server.
 */
export function startApp(copyShown: boolean, doc: Document = document): void {
  const files = appEntryFiles(doc);
  if (!files.length) return;
  if (!copyShown) return insertApp(files, doc);
  afterPaint(() => insertApp(files, doc));
}
