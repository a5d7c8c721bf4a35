import { translate, type UiLocale } from '../i18n';
import type { JsonSyntaxError } from './json-position';

/**
 * A JSON syntax error in the UI language, from the scanner's reason and position: never the engine's own
 * English ("Expected ',' or '}' after property value…") inside a Chinese sentence.
 */
export function jsonSyntaxText(locale: UiLocale, error: JsonSyntaxError, { lineShown = false } = {}): string {
  const reason = translate(locale, `kit.json.${error.reason.kind}`, { token: error.reason.token ?? '' });
  return translate(locale, lineShown ? 'kit.json.syntaxAt' : 'kit.json.syntax', {
    reason,
    line: error.position.line,
    column: error.position.column,
  });
}

/** Both languages, for errors made where the UI language is not known yet (a kit file read in the worker). */
export function localizedJsonSyntax(
  error: JsonSyntaxError,
  options?: { lineShown?: boolean },
): { en: string; zh: string } {
  return { en: jsonSyntaxText('en', error, options), zh: jsonSyntaxText('zh-CN', error, options) };
}
