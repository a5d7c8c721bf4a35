import { useRef, useState } from 'react';
import { findSyntaxError } from '@/lib/kits/json-position';
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
  | { kind: 'imported'; added: number; replaced: number }
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
    const merged = mergeTemplates(library, parsed.library.templates);
    await onImport(merged.library);
    setNotice({ kind: 'imported', added: merged.added, replaced: merged.replaced });
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
      {notice?.kind === 'too-big' && (
        <p className="tpl-error" role="alert" data-testid="templates-import-error">
          {t('tpl.import.tooBig')}
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
