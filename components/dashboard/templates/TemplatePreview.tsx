import type { PlatformId } from '@/lib/platforms';
import {
  bodyFor,
  customFields,
  fillBody,
  sampleContext,
  type DateLanguage,
  type Template,
} from '@/lib/templates';
import { useT } from '../../shared/i18n';

interface Props {
  draft: Template;
  platform: PlatformId;
  brand: string;
  myName: string;
  now: number;
}

/** The draft filled with sample values, once per date format it will be written in; ▏ marks the caret. */
export function TemplatePreview({ draft, platform, brand, myName, now }: Props) {
  const t = useT();
  const languages: DateLanguage[] = draft.language === 'both' ? ['en', 'zh'] : [draft.language];
  const body = bodyFor(draft, platform);
  const asks = customFields(body);
  return (
    <div className="tpl-preview" data-testid="template-preview">
      {languages.map((language) => {
        const { text, caretOffset } = fillBody(
          body,
          sampleContext(draft, language, brand, myName, now),
          language,
        );
        return (
          <figure key={language} className="tpl-preview-box">
            <figcaption className="ob-muted">
              {t(language === 'zh' ? 'tpl.preview.zh' : 'tpl.preview.en')}
            </figcaption>
            <p data-testid={`template-preview-${language}`}>
              {text.slice(0, caretOffset)}
              <span className="tpl-caret" aria-hidden="true">
                ▏
              </span>
              {text.slice(caretOffset)}
            </p>
          </figure>
        );
      })}
      <p className="ob-muted">
        {t('tpl.preview.caret')}
        {asks.length > 0 && (
          <>
            {' '}
            ·{' '}
            <span data-testid="template-preview-asks">
              {t('tpl.preview.asks', { fields: asks.join(', ') })}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
