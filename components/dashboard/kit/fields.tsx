import { useState, type ReactNode } from 'react';

/** Small form helpers shared by the kit editors (one label, one control, one test id). */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  placeholder?: string;
  multiline?: boolean;
  rows?: number;
}) {
  return (
    <label className="ob-field">
      <span>{props.label}</span>
      {props.multiline ? (
        <textarea
          rows={props.rows ?? 3}
          value={props.value}
          placeholder={props.placeholder}
          data-testid={props.testId}
          onChange={(e) => props.onChange(e.target.value)}
        />
      ) : (
        <input
          value={props.value}
          placeholder={props.placeholder}
          data-testid={props.testId}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </label>
  );
}

/** An optional non-negative integer: empty means "not set". */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  testId: string;
  min?: number;
  max?: number;
  step?: number;
}) {
  return (
    <label className="ob-field kit-number">
      <span>{props.label}</span>
      <input
        type="number"
        min={props.min ?? 0}
        max={props.max}
        step={props.step ?? 1}
        value={props.value ?? ''}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </label>
  );
}

export function Select<V extends string>(props: {
  label: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  testId: string;
}) {
  return (
    <label className="ob-field">
      <span>{props.label}</span>
      <select
        value={props.value}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.value as V)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Check(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}) {
  return (
    <label className="kit-check">
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

export function Section(props: { title: string; testId: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="kit-section" id={props.testId} data-testid={props.testId} open={props.open}>
      <summary data-testid={`${props.testId}-toggle`}>{props.title}</summary>
      <div className="kit-section-body">{props.children}</div>
    </details>
  );
}

/** Lines of a textarea ⇄ a list (blank lines dropped). */
export const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
export const listText = (list: readonly string[] | undefined) => (list ?? []).join('\n');

/** A list edited as one item per line; keeps the raw text (so Enter works) and reports the cleaned list. */
export function ListField(props: {
  label: string;
  value: readonly string[] | undefined;
  onChange: (list: string[]) => void;
  testId: string;
  rows?: number;
}) {
  const [raw, setRaw] = useState(() => listText(props.value));
  return (
    <label className="ob-field">
      <span>{props.label}</span>
      <textarea
        rows={props.rows ?? 3}
        value={raw}
        data-testid={props.testId}
        onChange={(e) => {
          setRaw(e.target.value);
          props.onChange(linesOf(e.target.value));
        }}
      />
    </label>
  );
}
