import type { SiteAdapter } from './types';
import { findPublishButton, nearestContainerWith } from './dom';

// Any site the user switched on from the popup (an optional host permission granted at that moment), and the
// fallback on a supported site whose structure changed: every focused editable field is checked.
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  name: { en: 'Other site', zh: '其他网站' },
  hosts: [],
  testUrls: ['https://example.org/'],
  pageKind: () => 'any',
  matchBox(editable) {
    const container =
      editable.closest('form, [role="dialog"]') ?? nearestContainerWith(editable, 'button, [role="button"]') ?? editable.parentElement;
    return container ? { role: 'post', field: 'body', container } : null;
  },
  submitControl: (box) => findPublishButton(box.container),
  isSubmitKey: (event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey),
  threadContext: () => null,
  confirmsPublish: () => false,
  selectors: {},
};
