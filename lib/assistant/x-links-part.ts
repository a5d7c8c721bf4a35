import type { findXLinks as scanLinks } from '@/lib/engine/x-links';
import { loadedPart } from './part-registry';

// Stands in for lib/engine/x-links.ts where lib/engine/length.ts imports it inside content-scripts/assistant.js
// (wxt.config.ts resolves it there only): the scanner is the x-links part (entrypoints/part-x-links.ts), injected
// with the site part of a site whose platform counts X's weighted length (parts.ts siteParts). Without it this
// throws rather than count a link as text.
export function findXLinks(text: string): Array<[number, number]> {
  const scan = loadedPart<typeof scanLinks>('x-links');
  if (scan === undefined) throw new Error("the assistant's x-links part is not loaded in this page");
  return scan(text);
}
