import { boxSkeleton } from '@/lib/sites/skeleton';
import type { BoxSession } from './box-session';

/**
 * "Report this box": saves the sanitised skeleton of the page around the box (lib/sites/skeleton.ts) as a file the user
 * can send the team. The anchor is never attached to the page, so page scripts see neither it nor the file's URL.
 */
export function saveBoxReport(session: BoxSession): string {
  const host = location.hostname.replace(/^www\./, '') || 'page';
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const file = `onbrand-box-${host}-${stamp}.html`;
  const url = URL.createObjectURL(new Blob([boxSkeleton(session.root)], { type: 'text/html' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file;
}
