import { useEffect, useRef, useState } from 'react';
import {
  applyImport,
  CSV_FIELDS,
  previewCsv,
  previewIcs,
  readCalendarFile,
  slotsToCsv,
  toIcs,
  type Calendar,
  type CsvField,
  type CsvMapping,
  type ImportIssue,
  type ImportPreview,
} from '@/lib/calendar';
import type { MessageKey } from '@/lib/i18n';
import { uiLocale, useT, type Translate } from '../../shared/i18n';
import { FilePicker } from '../../shared/FilePicker';

interface PendingImport {
  name: string;
  format: 'csv' | 'ics';
  text: string;
  /** How the file was decoded when it was not UTF-8 (GB18030), in the UI language. */
  notice?: string;
  mapping: CsvMapping;
  header: string[];
  preview: ImportPreview;
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function issueText(t: Translate, issue: ImportIssue): string {
  const field =
    issue.field && (CSV_FIELDS as readonly string[]).includes(issue.field)
      ? t(`calendar.field.${issue.field as CsvField}`)
      : (issue.field ?? '');
  return t(`calendar.error.${issue.code}` as MessageKey, {
    line: issue.line,
    field,
    value: issue.value ?? '',
  });
}

/** Import from CSV (column mapping, preview, problems by line, all-or-nothing unless partial) or .ics; export both. */
export function ImportExport({
  calendar,
  onSave,
}: {
  calendar: Calendar;
  onSave(change: (c: Calendar) => Calendar): Promise<boolean>;
}) {
  const t = useT();
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [partial, setPartial] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const options = { defaultTimeZone: calendar.settings.timeZone, campaigns: calendar.campaigns };
  // A new preview (and its problems) comes into view with focus on its heading, wherever the page was
  // scrolled: the import buttons sit low on the page, and a file that fails must never fail out of sight.
  // Counts opened files (remapping a column keeps focus where it is).
  const [opened, setOpened] = useState(0);
  const dialogHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const heading = dialogHeading.current;
    if (!heading) return;
    heading.scrollIntoView({ block: 'nearest' });
    heading.closest('.cal-import')?.scrollIntoView({ block: 'nearest' });
    heading.focus({ preventScroll: true });
  }, [opened]);

  const open = async (file: File, format: 'csv' | 'ics') => {
    // Bytes, not file.text(): a GBK file or invalid UTF-8 must not turn into U+FFFD mojibake.
    const read = readCalendarFile(new Uint8Array(await file.arrayBuffer()));
    setPartial(false);
    setResult(null);
    setOpened((n) => n + 1);
    if (!read.ok) {
      const preview: ImportPreview = {
        slots: [],
        campaigns: [],
        issues: [read.issue],
        fatal: true,
        total: 0,
      };
      setPending({ name: file.name, format, text: '', mapping: {}, header: [], preview });
      return;
    }
    const { text } = read;
    const notice = read.notice && (uiLocale.value === 'zh-CN' ? read.notice.zh : read.notice.en);
    if (format === 'ics') {
      setPending({
        name: file.name,
        format,
        text,
        notice,
        mapping: {},
        header: [],
        preview: previewIcs(text, options),
      });
    } else {
      const preview = previewCsv(text, options);
      setPending({
        name: file.name,
        format,
        text,
        notice,
        mapping: preview.mapping,
        header: preview.header,
        preview,
      });
    }
  };

  const remap = (column: number, field: CsvField | '') => {
    if (!pending) return;
    const mapping: CsvMapping = Object.fromEntries(
      Object.entries(pending.mapping).filter(([, index]) => index !== column),
    );
    if (field) mapping[field] = column;
    setPending({ ...pending, mapping, preview: previewCsv(pending.text, { ...options, mapping }) });
  };

  const confirm = async () => {
    if (!pending) return;
    let outcome: ReturnType<typeof applyImport> | undefined;
    const saved = await onSave((c) => {
      outcome = applyImport(c, pending.preview, { partial });
      return outcome.calendar;
    });
    if (saved && outcome?.ok) {
      setResult(t('calendar.import.done', { added: outcome.added, updated: outcome.updated }));
      setPending(null);
    }
  };

  const { preview } = pending ?? {};
  const good = preview?.slots.length ?? 0;
  const blocked = !preview || preview.fatal || good === 0 || (preview.issues.length > 0 && !partial);
  const fieldOfColumn = (column: number) =>
    (Object.entries(pending?.mapping ?? {}).find(([, i]) => i === column)?.[0] ?? '') as CsvField | '';

  return (
    <section className="cal-panel" data-testid="cal-import-export">
      <h3>{t('calendar.dash.importExport')}</h3>
      <div className="cal-toolbar-group">
        <FilePicker
          label={t('calendar.action.importCsv')}
          accept=".csv,text/csv,text/plain"
          testId="cal-import-csv"
          onFile={(file) => void open(file, 'csv')}
        />
        <FilePicker
          label={t('calendar.action.importIcs')}
          accept=".ics,text/calendar"
          testId="cal-import-ics"
          onFile={(file) => void open(file, 'ics')}
        />
        <button
          type="button"
          data-testid="cal-export-csv"
          onClick={() =>
            download('onbrand-calendar.csv', `\ufeff${slotsToCsv(calendar)}`, 'text/csv;charset=utf-8')
          }
        >
          {t('calendar.action.exportCsv')}
        </button>
        <button
          type="button"
          data-testid="cal-export-ics"
          onClick={() =>
            download(
              'onbrand-calendar.ics',
              toIcs(calendar, { now: Date.now(), calendarName: 'Onbrand', includeCampaigns: true }),
              'text/calendar;charset=utf-8',
            )
          }
        >
          {t('calendar.action.exportIcs')}
        </button>
      </div>
      {result && (
        <p className="ob-ok" role="status" data-testid="cal-import-result">
          {result}
        </p>
      )}
      {pending && preview && (
        <div className="cal-import" data-testid="cal-import-dialog">
          <h4 ref={dialogHeading} tabIndex={-1}>
            {t('calendar.dash.importTitle', { name: pending.name })}
          </h4>
          {pending.format === 'csv' && pending.header.length > 0 && (
            <>
              <p className="ob-muted">{t('calendar.import.mapColumns')}</p>
              <div className="cal-mapping">
                {pending.header.map((name, column) => (
                  <label key={column} className="ob-field">
                    <span>{name || `#${column + 1}`}</span>
                    <select
                      data-testid={`cal-map-${column}`}
                      value={fieldOfColumn(column)}
                      onChange={(e) => remap(column, e.target.value as CsvField | '')}
                    >
                      <option value="">{t('calendar.field.unmapped')}</option>
                      {CSV_FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {t(`calendar.field.${f}`)}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
            </>
          )}
          {pending?.notice && <p role="status">{pending.notice}</p>}
          {preview.fatal ? (
            <p className="cal-error-text" role="alert" data-testid="cal-import-fatal">
              {t('calendar.import.fatal')}
            </p>
          ) : (
            <p data-testid="cal-import-summary">
              {t('calendar.import.preview', { good, total: preview.total })}
            </p>
          )}
          {preview.issues.length > 0 && (
            <>
              {!preview.fatal && <p>{t('calendar.import.problems', { count: preview.issues.length })}</p>}
              <ul className="cal-errors" data-testid="cal-import-issues">
                {preview.issues.map((issue, i) => (
                  <li key={i} data-testid="cal-import-issue" data-line={issue.line}>
                    {issueText(t, issue)}
                  </li>
                ))}
              </ul>
              {!preview.fatal && good > 0 && (
                <label className="popup-switch">
                  <input
                    type="checkbox"
                    data-testid="cal-import-partial"
                    checked={partial}
                    onChange={(e) => setPartial(e.target.checked)}
                  />
                  <span>{t('calendar.import.partial')}</span>
                </label>
              )}
            </>
          )}
          {good > 0 && (
            <ul className="cal-preview" data-testid="cal-import-preview">
              {preview.slots.slice(0, 8).map((s) => (
                <li key={s.id}>
                  {t('calendar.dash.previewRow', {
                    date: s.start.slice(0, 10),
                    time: s.start.slice(11),
                    platform: t(`platform.${s.platform}`),
                    title: s.title,
                  })}
                </li>
              ))}
              {good > 8 && <li className="ob-muted">{t('calendar.dash.more', { count: good - 8 })}</li>}
            </ul>
          )}
          <div className="cal-dialog-actions">
            <button type="button" data-testid="cal-import-cancel" onClick={() => setPending(null)}>
              {t('calendar.action.cancel')}
            </button>
            <button
              type="button"
              className="ob-primary"
              data-testid="cal-import-confirm"
              disabled={blocked}
              onClick={() => void confirm()}
            >
              {t('calendar.dash.importConfirm')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
