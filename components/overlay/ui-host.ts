import { memo, useEffect, useRef, useState } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { useSignals } from '@preact/signals-react/runtime';
import * as sharedI18n from '@/components/shared/i18n';
import * as useRectOf from './useRectOf';
import * as commentPopover from './CommentPopover';
import * as commenters from '@/lib/community/commenters';
import * as threadScan from '@/lib/community/thread-scan';
import * as replyChips from '@/lib/community/reply-chips';
import * as messagingClient from '@/lib/messaging/client';
import { uiHostModules } from '@/lib/assistant/page-handshake';

// What the assistant lends its UI parts (entrypoints/part-community-ui.ts): a UI part must render with the
// assistant's Preact (one hooks state, one signals runtime) and read the assistant's module state (the locale, the
// tracked thread, the chips), so wxt.config.ts builds it with these imports pointing here instead of bundling
// copies. Keys are the import names UI_HOST_KEYS in wxt.config.ts maps; React's are only the names the parts use.
export const UI_HOST = {
  react: { memo, useEffect, useRef, useState },
  'react/jsx-runtime': { Fragment, jsx, jsxs },
  '@preact/signals-react/runtime': { useSignals },
  'components/shared/i18n': sharedI18n,
  'components/overlay/useRectOf': useRectOf,
  'components/overlay/CommentPopover': commentPopover,
  'lib/community/commenters': commenters,
  'lib/community/thread-scan': threadScan,
  'lib/community/reply-chips': replyChips,
  'lib/messaging/client': messagingClient,
};

/** Makes UI_HOST available to the UI parts injected into this frame later. */
export function lendUiHost(): void {
  Object.assign(uiHostModules(), UI_HOST);
}
