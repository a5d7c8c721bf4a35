import { useState } from 'react';
import type { BrandKit } from '@/lib/engine';
import { diffKits, isEmptyDiff, type KitDiff, type RuleChange } from '@/lib/kits/kit-diff';
import {
  MAX_KIT_FILE_BYTES,
  MAX_KIT_FILE_MB,
  readKitFile,
  writeKitText,
  type KitFileError,
} from '@/lib/kits/kit-file';
import { uiLocale, useT, type Translate } from '../../shared/i18n';
import { FilePicker } from '../../shared/FilePicker';

/** Download the kit as one JSON file; import one: validate everything, show the diff, apply only on confirm. */
export function ImportExport(props: {
  kit: BrandKit;
  readOnly: boolean;
  onReplace: (kit: BrandKit) => void;
  onAddAsNew: (kit: BrandKit) => void;
}) {
  const t = useT();
  const [errors, setErrors] = useState<{ file: string; errors: KitFileError[] } | null>(null);
  const [pending, setPending] = useState<{
    file: string;
    kit: BrandKit;
    diff: KitDiff;
    migrated: boolean;
    warnings: KitFileError[];
  } | null>(null);
  const say = (error: KitFileError) =>
    error.localized ? error.localized[uiLocale.value === 'zh-CN' ? 'zh' : 'en'] : error.message;

  const exportKit = () => {
    const url = URL.createObjectURL(new Blob([writeKitText(props.kit)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${props.kit.profile.name.replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'brand'}.onbrand-kit.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const importFile = async (file: File) => {
    setPending(null);
    setErrors(null);
    // Size first: a huge file is refused before it is read into memory.
    const result =
      file.size > MAX_KIT_FILE_BYTES
        ? {
            ok: false as const,
            errors: [
              {
                code: 'too-large' as const,
                message: t('kit.import.tooLarge', {
                  size: (file.size / 1024 / 1024).toFixed(1),
                  max: MAX_KIT_FILE_MB,
                }),
              },
            ],
          }
        : readKitFile(new Uint8Array(await file.arrayBuffer()));
    if (!result.ok) return setErrors({ file: file.name, errors: result.errors });
    setPending({
      file: file.name,
      kit: result.kit,
      diff: diffKits(props.kit, result.kit),
      migrated: result.migrated,
      warnings: result.warnings,
    });
  };

  return (
    <div className="kit-col">
      <div className="kit-row">
        <button type="button" onClick={exportKit} data-testid="kit-export">
          {t('kit.export')}
        </button>
        <FilePicker
          label={t('kit.import')}
          accept=".json,application/json"
          testId="kit-import-file"
          onFile={(file) => void importFile(file)}
        />
      </div>
      {errors && (
        <div className="kit-error-box" role="alert" data-testid="kit-import-errors">
          <strong>{t('kit.import.failed', { file: errors.file })}</strong>
          <ul>
            {errors.errors.slice(0, 20).map((error, i) => (
              <li
                key={i}
                data-testid="kit-import-error"
                data-path={error.path ?? ''}
                data-line={error.line ?? ''}
              >
                <span className="kit-chip">{t(`kit.import.code.${error.code}`)}</span>{' '}
                {error.path && <code>{error.path}</code>}{' '}
                {error.line !== undefined && <span>{t('kit.import.line', { line: error.line })}</span>}{' '}
                {say(error)}
              </li>
            ))}
          </ul>
          <p className="ob-muted">{t('kit.import.unchanged')}</p>
        </div>
      )}
      {pending && (
        <div className="kit-card" data-testid="kit-import-preview">
          <strong>{t('kit.import.preview', { file: pending.file, name: pending.kit.profile.name })}</strong>
          {pending.migrated && <p className="ob-muted">{t('kit.import.migrated')}</p>}
          {pending.warnings.length > 0 && (
            <div role="status">
              <p>{t('kit.import.warnings')}</p>
              <ul>
                {pending.warnings.map((warning, i) => (
                  <li key={i} data-path={warning.path ?? ''} data-line={warning.line ?? ''}>
                    <span className="kit-chip">{t(`kit.import.code.${warning.code}`)}</span>{' '}
                    {warning.line !== undefined && (
                      <span>{t('kit.import.line', { line: warning.line })}</span>
                    )}{' '}
                    {say(warning)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {isEmptyDiff(pending.diff) ? (
            <p data-testid="kit-import-nochange">{t('kit.import.noChange')}</p>
          ) : (
            <DiffView diff={pending.diff} t={t} />
          )}
          <div className="kit-row">
            {!props.readOnly && (
              <button
                type="button"
                data-testid="kit-import-apply"
                onClick={() => {
                  props.onReplace(pending.kit);
                  setPending(null);
                }}
              >
                {t('kit.import.replace')}
              </button>
            )}
            <button
              type="button"
              data-testid="kit-import-add"
              onClick={() => {
                props.onAddAsNew(pending.kit);
                setPending(null);
              }}
            >
              {t('kit.import.addNew')}
            </button>
            <button type="button" data-testid="kit-import-cancel" onClick={() => setPending(null)}>
              {t('kit.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function DiffView({ diff, t }: { diff: KitDiff; t: Translate }) {
  const group = (kind: 'added' | 'removed' | 'changed', list: RuleChange[]) =>
    list.length > 0 && (
      <div data-testid={`kit-diff-${kind}`} data-count={list.length}>
        <strong>{t(`kit.diff.${kind}`, { count: list.length })}</strong>
        <ul className="kit-diff-list">
          {list.slice(0, 200).map((change) => (
            <li key={`${change.section}:${change.key}`} className={`kit-diff-${kind}`}>
              <span className="kit-chip">{t(`kit.diff.section.${change.section}`)}</span> {change.key}
            </li>
          ))}
          {list.length > 200 && (
            <li className="ob-muted">{t('kit.diff.more', { count: list.length - 200 })}</li>
          )}
        </ul>
      </div>
    );
  return (
    <div className="kit-diff" data-testid="kit-import-diff">
      {group('added', diff.added)}
      {group('removed', diff.removed)}
      {group('changed', diff.changed)}
    </div>
  );
}
