import * as z from 'zod/mini';
import { PLATFORM_IDS } from './index';

// The platform id as a schema, for stored and messaged shapes (kept apart so the page-load script's platform
// tables do not pull in zod).
export { PLATFORM_IDS };
export const PlatformId = z.enum(PLATFORM_IDS);
export type PlatformId = z.infer<typeof PlatformId>;
