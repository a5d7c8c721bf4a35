import { useMemo, useState } from 'react';
import { checkPattern } from '@/lib/kits/pattern-check';
import { useT } from '../../shared/i18n';

/**
 * A pattern field validated as it is typed (RE2 syntax, no empty match, time budget). Only a valid pattern
 * reaches the kit: while the text is invalid the reason shows and the kit keeps its last valid pattern.
 */
export function PatternInput(props: {
  value: string;
  caseInsensitive: boolean;
  onValid: (pattern: string) => void;
  onText?: (text: string) => void;
  testId: string;
  label: string;
}) {
  const t = useT();
  const [text, setText] = useState(props.value);
  const check = useMemo(
    () => (text ? checkPattern(text, props.caseInsensitive) : null),
    [text, props.caseInsensitive],
  );
  return (
    <label className="ob-field">
      <span>{props.label}</span>
      <input
        className="kit-mono"
        value={text}
        aria-invalid={check !== null && !check.ok}
        data-testid={props.testId}
        onChange={(e) => {
          setText(e.target.value);
          props.onText?.(e.target.value);
          const result = e.target.value ? checkPattern(e.target.value, props.caseInsensitive) : null;
          if (result?.ok) props.onValid(e.target.value);
        }}
      />
      {check && !check.ok && (
        <span
          className="kit-error"
          role="alert"
          data-testid={`${props.testId}-error`}
          data-reason={check.reason}
        >
          {t(`kit.pattern.${check.reason}`, { detail: check.detail })}
        </span>
      )}
      {check?.ok && (
        <span className="ob-muted" data-testid={`${props.testId}-ok`}>
          {t('kit.pattern.ok', { matches: check.matches, ms: (check.compileMs + check.scanMs).toFixed(1) })}
        </span>
      )}
    </label>
  );
}

/** The same check, for a "new pattern" form whose Add button stays disabled until the pattern is valid. */
export function patternProblem(pattern: string, caseInsensitive: boolean): boolean {
  return !pattern || !checkPattern(pattern, caseInsensitive).ok;
}
