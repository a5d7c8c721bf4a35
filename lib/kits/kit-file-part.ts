import { workerPart } from '../worker-part-registry';
import type * as KitFile from './kit-file';

// Stands in for lib/kits/kit-file.ts inside Chrome's background.js, for lib/kits/managed-kit.ts only (wxt.config.ts):
// the worker reads a kit's text only when an organisation pushes one by policy, so the reader with its error
// positions and their wording (≈2 KB gzip) is parsed then, from entrypoints/part-kit-file.ts.

export const readKitText: typeof KitFile.readKitText = (text) =>
  workerPart<typeof KitFile>('kit-file').readKitText(text);
export type { KitFileError } from './kit-file';
