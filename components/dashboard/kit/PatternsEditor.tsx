import { useState } from 'react';
import type { BrandKit, UserPattern } from '@/lib/engine';
import { useT } from '../../shared/i18n';
import { Check, Select, TextField } from './fields';
import { PatternInput, patternProblem } from './PatternInput';
import { severityOptions, type Severity } from './labels';

const messageText = (message: UserPattern['message']) =>
  typeof message === 'string' ? message : (message.en ?? message.zh ?? '');

export function PatternsEditor({ kit, onChange }: { kit: BrandKit; onChange: (kit: BrandKit) => void }) {
  const t = useT();
  const patterns = kit.patterns ?? [];
  const set = (next: UserPattern[]) => onChange({ ...kit, patterns: next });
  const update = (index: number, patch: Partial<UserPattern>) =>
    set(patterns.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const [draft, setDraft] = useState({
    id: '',
    pattern: '',
    message: '',
    severity: 'warn' as Severity,
    caseInsensitive: false,
  });
  const idTaken = patterns.some((p) => p.id === draft.id.trim());
  return (
    <div>
      <ul className="kit-plain">
        {patterns.map((pattern, i) => (
          <li key={pattern.id} className="kit-card" data-testid={`pattern-${i}`}>
            <strong>{pattern.id}</strong>
            <div className="kit-grid">
              <PatternInput
                label={t('kit.pattern.pattern')}
                value={pattern.pattern}
                caseInsensitive={pattern.caseInsensitive ?? false}
                onValid={(p) => update(i, { pattern: p })}
                testId={`pattern-${i}-input`}
              />
              <TextField
                label={t('kit.pattern.message')}
                value={messageText(pattern.message)}
                onChange={(message) => update(i, { message })}
                testId={`pattern-${i}-message`}
              />
              <Select
                label={t('kit.banned.severity')}
                value={pattern.severity}
                options={severityOptions(t)}
                onChange={(severity) => update(i, { severity })}
                testId={`pattern-${i}-severity`}
              />
              <Check
                label={t('kit.pattern.caseInsensitive')}
                checked={pattern.caseInsensitive ?? false}
                onChange={(caseInsensitive) => update(i, { caseInsensitive })}
                testId={`pattern-${i}-case`}
              />
            </div>
            <button
              type="button"
              className="kit-danger"
              data-testid={`pattern-${i}-delete`}
              onClick={() => set(patterns.filter((_, j) => j !== i))}
            >
              {t('kit.delete')}
            </button>
          </li>
        ))}
      </ul>
      <fieldset className="kit-card" data-testid="pattern-new">
        <legend>{t('kit.pattern.new')}</legend>
        <div className="kit-grid">
          <TextField
            label={t('kit.pattern.id')}
            value={draft.id}
            onChange={(id) => setDraft({ ...draft, id })}
            testId="pattern-new-id"
          />
          {/* key: a fresh field after each add */}
          <PatternInput
            key={patterns.length}
            label={t('kit.pattern.pattern')}
            value={draft.pattern}
            caseInsensitive={draft.caseInsensitive}
            onValid={() => undefined}
            onText={(pattern) => setDraft((d) => ({ ...d, pattern }))}
            testId="pattern-new-input"
          />
          <TextField
            label={t('kit.pattern.message')}
            value={draft.message}
            onChange={(message) => setDraft({ ...draft, message })}
            testId="pattern-new-message"
          />
          <Select
            label={t('kit.banned.severity')}
            value={draft.severity}
            options={severityOptions(t)}
            onChange={(severity) => setDraft({ ...draft, severity })}
            testId="pattern-new-severity"
          />
          <Check
            label={t('kit.pattern.caseInsensitive')}
            checked={draft.caseInsensitive}
            onChange={(caseInsensitive) => setDraft({ ...draft, caseInsensitive })}
            testId="pattern-new-case"
          />
        </div>
        {idTaken && <p className="kit-error">{t('kit.pattern.idTaken')}</p>}
        <button
          type="button"
          data-testid="pattern-add"
          disabled={
            !draft.id.trim() ||
            idTaken ||
            !draft.message.trim() ||
            patternProblem(draft.pattern, draft.caseInsensitive)
          }
          onClick={() => {
            set([
              ...patterns,
              {
                id: draft.id.trim(),
                pattern: draft.pattern,
                message: draft.message.trim(),
                severity: draft.severity,
                ...(draft.caseInsensitive ? { caseInsensitive: true } : {}),
              },
            ]);
            setDraft({ id: '', pattern: '', message: '', severity: 'warn', caseInsensitive: false });
          }}
        >
          {t('kit.add')}
        </button>
      </fieldset>
    </div>
  );
}
