import { useRef, useState } from 'react';
import { findDuplicateKeys, findSyntaxError } from '@/lib/kits/json-position';
import { jsonSyntaxText } from '@/lib/kits/json-syntax-text';
import {
  exportTemplates,
  mergeTemplates,
  parseTemplateLibrary,
  type TemplateError,
  type TemplateLibrary,
} from '@/lib/templates';
import { uiLocale, useT } from '../../shared/i18n';
import { decodeImportBytes, type Bilingual } from '@/lib/import-text';

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type Notice =
  | { kind: 'imported'; added: number; replaced: number; warnings: string[] }
  /** The file would replace templates the library has (same id): nothing changes until the person chooses. */
  | { kind: 'confirm'; next: TemplateLibrary; added: number; replacing: string[]; warnings: string[] }
  | { kind: 'failed'; errors: TemplateError[] }
  | { kind: 'too-big' };

/** Export downloads the library as JSON; import validates a file first, and a bad file changes nothing. */
export function ImportExport({
  library,
  onImport,
}: {
  library: TemplateLibrary;
  onImport(next: TemplateLibrary): Promise<void>;
}) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportTemplates(library)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `onbrand-templates-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) return setNotice({ kind: 'too-big' });
    // Bytes, not file.text(): invalid UTF-8 is named by offset, a GBK file is decoded (and said so).
    const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()), MAX_IMPORT_BYTES);
    const say = (m: Bilingual) => (uiLocale.value === 'zh-CN' ? m.zh : m.en);
    if (!decoded.ok)
      return setNotice({ kind: 'failed', errors: [{ path: '(file)', message: say(decoded.message) }] });
    // A syntax error is named by our scanner in the UI language (the engine's message is English only).
    const syntax = findSyntaxError(decoded.text);
    if (syntax)
      return setNotice({
        kind: 'failed',
        errors: [{ path: '(file)', message: jsonSyntaxText(uiLocale.value, syntax) }],
      });
    const parsed = parseTemplateLibrary(decoded.text);
    if (!parsed.ok) return setNotice({ kind: 'failed', errors: parsed.errors });
    // What the file does not say plainly: the encoding it was decoded from, and keys written twice (JSON keeps the
    // later one silently), each with its line.
    const warnings = [
      ...(decoded.notice ? [say(decoded.notice)] : []),
      ...duplicateKeys(decoded.text).map(({ key, position }) =>
        t('tpl.import.duplicateKey', { key, line: position.line }),
      ),
    ];
    const merged = mergeTemplates(library, parsed.library.templates);
    if (merged.replaced > 0) {
      const incoming = new Set(parsed.library.templates.map((template) => template.id));
      const replacing = library.templates.filter((template) => incoming.has(template.id)).map((x) => x.name);
      return setNotice({ kind: 'confirm', next: merged.library, added: merged.added, replacing, warnings });
    }
    await onImport(merged.library);
    setNotice({ kind: 'imported', added: merged.added, replaced: 0, warnings });
  };

  const confirm = async (choice: Extract<Notice, { kind: 'confirm' }>) => {
    await onImport(choice.next);
    setNotice({
      kind: 'imported',
      added: choice.added,
      replaced: choice.replacing.length,
      warnings: choice.warnings,
    });
  };

  return (
    <div className="tpl-import-export">
      <button type="button" data-testid="templates-import" onClick={() => input.current?.click()}>
        {t('tpl.import')}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="templates-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <button type="button" data-testid="templates-export" onClick={download}>
        {t('tpl.export')}
      </button>
      {notice?.kind === 'imported' && (
        <p className="tpl-ok" role="status" data-testid="templates-import-ok">
          {t('tpl.import.ok', { added: notice.added, replaced: notice.replaced })}
        </p>
      )}
      {notice?.kind === 'confirm' && (
        <div className="tpl-confirm" role="alertdialog" data-testid="templates-import-confirm">
          <p>{t('tpl.import.confirm', { added: notice.added, replaced: notice.replacing.length })}</p>
          <ul>
            {notice.replacing.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
          <button type="button" data-testid="templates-import-replace" onClick={() => void confirm(notice)}>
            {t('tpl.import.replace')}
          </button>
          <button type="button" data-testid="templates-import-cancel" onClick={() => setNotice(null)}>
            {t('tpl.import.cancel')}
          </button>
        </div>
      )}
      {(notice?.kind === 'imported' || notice?.kind === 'confirm') && notice.warnings.length > 0 && (
        <ul className="tpl-warnings" data-testid="templates-import-warnings">
          {notice.warnings.map((warning, i) => (
            <li key={i}>{warning}</li>
          ))}
        </ul>
      )}
      {notice?.kind === 'too-big' && (
        <p className="tpl-error" role="alert" data-testid="templates-import-error">
          {t('tpl.import.tooBig', { max: MAX_IMPORT_BYTES / (1024 * 1024) })}
        </p>
      )}
      {notice?.kind === 'failed' && (
        <div className="tpl-error" role="alert" data-testid="templates-import-error">
          <p>{t('tpl.import.failed')}</p>
          <ul>
            {notice.errors.slice(0, 10).map((error, i) => (
              <li key={i}>
                <code>{error.path}</code>: {error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function duplicateKeys(text: string) {
  try {
    return findDuplicateKeys(text);
  } catch {
    return [];
  }
}
