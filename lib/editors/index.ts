// Public API of the editor strategies: detect an editor, then read, select and replace its text through the
// returned strategy. Everything here runs in a content script's isolated world and only touches the shared DOM.
export {
  detectEditor,
  findEditableFromEvent,
  focusedEditor,
  STRATEGIES,
  strategyFor,
  type DetectedEditor,
} from './detect';
export { fieldRects } from './form-mirror';
export { isComposing } from './composition';
export { deepActiveElement } from './selection';
export type {
  EditorKind,
  EditorStrategy,
  InsertMethod,
  ReplaceOptions,
  ReplaceOutcome,
  TextSelection,
  TextSnapshot,
} from './types';
