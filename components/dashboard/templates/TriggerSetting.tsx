import { useEffect, useState } from 'react';
import { TRIGGER_PATTERN } from '@/lib/templates';
import { useT } from '../../shared/i18n';

/** The prefix typed before a shortcut (";;thx"); stored in the template library. */
export function TriggerSetting({
  trigger,
  onSave,
}: {
  trigger: string;
  onSave(trigger: string): Promise<void>;
}) {
  const t = useT();
  const [value, setValue] = useState(trigger);
  const [status, setStatus] = useState<'idle' | 'invalid' | 'saved'>('idle');
  useEffect(() => setValue(trigger), [trigger]);
  const valid = TRIGGER_PATTERN.test(value);
  return (
    <form
      className="tpl-trigger"
      data-testid="templates-trigger"
      onSubmit={(event) => {
        event.preventDefault();
        if (!valid) return setStatus('invalid');
        void onSave(value).then(() => setStatus('saved'));
      }}
    >
      <label>
        <span>{t('tpl.trigger')} </span>
        <input
          data-testid="templates-trigger-input"
          value={value}
          size={5}
          maxLength={4}
          aria-invalid={!valid}
          onChange={(e) => {
            setValue(e.target.value);
            setStatus('idle');
          }}
        />
      </label>{' '}
      <button type="submit" data-testid="templates-trigger-save">
        {t('tpl.trigger.save')}
      </button>{' '}
      <span className="ob-muted">{t('tpl.trigger.help', { example: `${valid ? value : trigger}thx` })}</span>
      {status === 'invalid' && (
        <p className="tpl-error" role="alert" data-testid="templates-trigger-error">
          {t('tpl.trigger.invalid')}
        </p>
      )}
      {status === 'saved' && (
        <p className="tpl-ok" role="status" data-testid="templates-trigger-saved">
          {t('tpl.trigger.saved')}
        </p>
      )}
    </form>
  );
}
