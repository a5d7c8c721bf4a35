import { platformMeta } from '@/lib/platforms';
import type { ContentType } from './schema';
import type { PlatformId } from '../platforms';

// Where "Post now" from a slot opens: the platform's own compose or upload page (each platform's `compose` in
// lib/platforms/, all on hosts Onbrand supports, so the draft checks run there).

/** The compose page for a platform (and content type), or undefined for 'generic'. */
export function composeUrl(platform: PlatformId, contentType?: ContentType): string | undefined {
  const compose = platformMeta(platform).compose;
  if (!compose) return undefined;
  return (contentType && compose.byContentType?.[contentType]) || compose.default;
}
