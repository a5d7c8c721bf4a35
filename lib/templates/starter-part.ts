import { workerPart } from '../worker-part-registry';
import type * as Starter from './starter';

// Stands in for lib/templates/starter.ts inside Chrome's background.js, for lib/team/background.ts only
// (wxt.config.ts): the worker needs the starter templates only when a team's templates arrive for a person who never
// saved a library, so their text (≈2 KB gzip) is parsed then, from entrypoints/part-starter-templates.ts.

export const starterLibrary: typeof Starter.starterLibrary = (now) =>
  workerPart<typeof Starter>('starter-templates').starterLibrary(now);
