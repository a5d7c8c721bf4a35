import { useEffect, useRef, useState } from 'react';
import type { PickerForm as PickerFormState } from '@/lib/assistant/template-picker-decisions';
import type { MissingValue } from '@/lib/templates';
import { useT, type Translate } from '../../shared/i18n';

function labelOf(value: MissingValue, t: Translate): string {
  switch (value.kind) {
    case 'author':
      return t('picker.form.author');
    case 'my_name':
      return t('picker.form.myName');
    case 'brand':
      return t('picker.form.brand');
    case 'custom':
      return value.label;
  }
}

interface Props {
  form: PickerFormState;
  onSubmit(answers: string[]): void;
  onBack(): void;
}

/** Asks for the values a template needs that nobody knows yet; Enter inserts once every field is filled. */
export function PickerForm({ form, onSubmit, onBack }: Props) {
  const t = useT();
  const [answers, setAnswers] = useState<string[]>(() => form.missing.map(() => ''));
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    setAnswers(form.missing.map(() => ''));
    firstRef.current?.focus();
  }, [form]);
  const complete = form.missing.every((_, index) => answers[index]?.trim());
  return (
    <form
      className="ob-picker-form"
      data-testid="picker-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete && event.nativeEvent.isTrusted) onSubmit(answers);
      }}
    >
      <p className="ob-picker-form-title">{t('picker.form.title', { name: form.template.name })}</p>
      {form.missing.map((value, index) => (
        <label key={value.kind === 'custom' ? `?${value.label}` : value.kind} className="ob-picker-field">
          <span>{labelOf(value, t)}</span>
          <input
            ref={index === 0 ? firstRef : undefined}
            type="text"
            data-testid={`picker-field-${index}`}
            data-field={value.kind === 'custom' ? value.label : value.kind}
            value={answers[index] ?? ''}
            onChange={(event) => {
              const next = [...answers];
              next[index] = event.target.value;
              setAnswers(next);
            }}
          />
        </label>
      ))}
      {!complete && <p className="ob-muted ob-picker-note">{t('picker.form.required')}</p>}
      <div className="ob-picker-actions">
        <button type="button" data-testid="picker-form-back" onClick={onBack}>
          {t('picker.form.back')}
        </button>
        <button type="submit" className="ob-primary" data-testid="picker-form-insert" disabled={!complete}>
          {t('picker.form.insert')}
        </button>
      </div>
    </form>
  );
}
