// <textarea> (Weibo, Bilibili, Instagram comments), including React- and Vue-controlled ones.
import { createFieldStrategy } from './form-field';

export function textareaOf(element: Element): HTMLTextAreaElement | null {
  return element.tagName === 'TEXTAREA' ? (element as HTMLTextAreaElement) : null;
}

export const textareaStrategy = createFieldStrategy('textarea', textareaOf);
