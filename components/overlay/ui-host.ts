import { memo, useEffect, useRef, useState } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { useSignals } from '@preact/signals-react/runtime';
import { useIntlLocale, useT } from '@/components/shared/i18n';
import { commenterAt, commentersWatched } from '@/lib/community/commenters';
import { replyTargetMs } from '@/lib/community/thread-scan';
import { replyChips } from '@/lib/community/reply-chips';
import { send } from '@/lib/messaging/client';
import {
  chooseTemplate,
  closePicker,
  leaveForm,
  moveHighlight,
  pickerState,
  setQuery,
  submitForm,
  templateLibrary,
} from '@/lib/assistant/template-picker-state';
import { pickerMatches } from '@/lib/assistant/template-picker-decisions';
import {
  FEEDBACK_TAGS,
  closeTagging,
  hoveredComment,
  openTagging,
  saveFeedback,
  taggedComments,
  taggingTarget,
} from '@/lib/assistant/feedback';
import { rectOf } from '@/lib/assistant/placement';
import { isComposing } from '@/lib/editors/composition';
import { bodyFor, DEFAULT_TRIGGER } from '@/lib/templates';
import { uiHostModules } from '@/lib/assistant/page-handshake';
import { useRectOf } from './useRectOf';
import { usePlacement } from './usePlacement';

// What the assistant lends its UI parts (entrypoints/part-*-ui.ts): a UI part must render with the assistant's
// Preact (one hooks state, one signals runtime) and read the assistant's module state (the locale, the tracked
// thread, the chips, the picker, the tagged comment), so wxt.config.ts builds it with these imports pointing here
// instead of bundling copies. This table is the one list: wxt.config.ts reads its keys (package names, or the
// files a part's imports resolve to, without extension). Each lends only the names the parts import (a whole
// module object would keep its unused exports in assistant.js).
export const UI_HOST = {
  react: { memo, useEffect, useRef, useState },
  'react/jsx-runtime': { Fragment, jsx, jsxs },
  '@preact/signals-react/runtime': { useSignals },
  'components/shared/i18n': { useIntlLocale, useT },
  'components/overlay/useRectOf': { useRectOf },
  'components/overlay/usePlacement': { usePlacement },
  'lib/assistant/feedback': {
    FEEDBACK_TAGS,
    closeTagging,
    hoveredComment,
    openTagging,
    saveFeedback,
    taggedComments,
    taggingTarget,
  },
  'lib/community/commenters': { commenterAt, commentersWatched },
  'lib/community/thread-scan': { replyTargetMs },
  'lib/community/reply-chips': { replyChips },
  'lib/messaging/client': { send },
  'lib/assistant/template-picker-state': {
    chooseTemplate,
    closePicker,
    leaveForm,
    moveHighlight,
    pickerState,
    setQuery,
    submitForm,
    templateLibrary,
  },
  'lib/assistant/template-picker-decisions': { pickerMatches },
  'lib/assistant/placement': { rectOf },
  'lib/editors/composition': { isComposing },
  'lib/templates/index': { bodyFor, DEFAULT_TRIGGER },
};

/** Makes UI_HOST available to the UI parts injected into this frame later. */
export function lendUiHost(): void {
  Object.assign(uiHostModules(), UI_HOST);
}
