// Single-line text fields: <input> of type text or search (or no type). Other types (email, number…) have no
// selection API or are not prose.
import { createFieldStrategy } from './form-field';

const TEXT_TYPES = new Set(['', 'text', 'search']);

export function textInputOf(element: Element): HTMLInputElement | null {
  if (element.tagName !== 'INPUT') return null;
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  return TEXT_TYPES.has(type) ? (element as HTMLInputElement) : null;
}

export const inputStrategy = createFieldStrategy('input', textInputOf);
