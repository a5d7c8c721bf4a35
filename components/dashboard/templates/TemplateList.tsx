import { useState } from 'react';
import type { Template, TemplateLibrary } from '@/lib/templates';
import { useT } from '../../shared/i18n';
import { languageLabel } from './labels';

interface Props {
  library: TemplateLibrary;
  /** Templates to show, already filtered, in library order. */
  visible: Template[];
  /** False while a search query reorders the list by relevance. */
  reorderable: boolean;
  selectedId: string | null;
  /** Template id → number of block/warn findings from the kit check. */
  issues: ReadonlyMap<string, number>;
  onSelect(id: string): void;
  onMove(id: string, direction: -1 | 1): void;
  onDuplicate(id: string): void;
  onDelete(id: string): void;
}

export function TemplateList({
  library,
  visible,
  reorderable,
  selectedId,
  issues,
  onSelect,
  onMove,
  onDuplicate,
  onDelete,
}: Props) {
  const t = useT();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!visible.length)
    return (
      <p className="ob-muted" data-testid="templates-empty">
        {t('tpl.empty')}
      </p>
    );
  return (
    <ol className="tpl-list" data-testid="templates-list">
      {visible.map((template, index) => {
        const issueCount = issues.get(template.id) ?? 0;
        const used = library.usage[template.id]?.count ?? 0;
        return (
          <li
            key={template.id}
            className={template.id === selectedId ? 'tpl-item selected' : 'tpl-item'}
            data-testid={`template-item-${template.id}`}
          >
            <button
              type="button"
              className="tpl-item-main"
              aria-current={template.id === selectedId}
              data-testid={`template-open-${template.id}`}
              onClick={() => onSelect(template.id)}
            >
              <span className="tpl-item-name" data-testid="template-name">
                {template.name}
              </span>
              <span className="tpl-item-meta">
                {template.shortcut && <code>{library.trigger + template.shortcut}</code>}
                <span className="tpl-chip">{t(languageLabel(template.language))}</span>
                {template.tags.map((tag) => (
                  <span key={tag} className="tpl-chip tpl-tag">
                    #{tag}
                  </span>
                ))}
                {used > 0 && <span className="ob-muted">{t('tpl.used', { count: used })}</span>}
                {issueCount > 0 && (
                  <span className="tpl-chip tpl-issues" data-testid={`template-issues-${template.id}`}>
                    {t('tpl.badge.issues', { count: issueCount })}
                  </span>
                )}
              </span>
            </button>
            <span className="tpl-item-actions">
              <button
                type="button"
                aria-label={t('tpl.moveUp')}
                title={t('tpl.moveUp')}
                disabled={!reorderable || index === 0}
                data-testid={`template-up-${template.id}`}
                onClick={() => onMove(template.id, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('tpl.moveDown')}
                title={t('tpl.moveDown')}
                disabled={!reorderable || index === visible.length - 1}
                data-testid={`template-down-${template.id}`}
                onClick={() => onMove(template.id, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                data-testid={`template-duplicate-${template.id}`}
                onClick={() => onDuplicate(template.id)}
              >
                {t('tpl.duplicate')}
              </button>
              {confirming === template.id ? (
                <span className="tpl-confirm" role="alert">
                  {t('tpl.delete.confirm', { name: template.name })}
                  <button
                    type="button"
                    className="tpl-danger"
                    data-testid={`template-delete-confirm-${template.id}`}
                    onClick={() => {
                      setConfirming(null);
                      onDelete(template.id);
                    }}
                  >
                    {t('tpl.delete')}
                  </button>
                  <button
                    type="button"
                    data-testid={`template-delete-cancel-${template.id}`}
                    onClick={() => setConfirming(null)}
                  >
                    {t('tpl.delete.keep')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  data-testid={`template-delete-${template.id}`}
                  onClick={() => setConfirming(template.id)}
                >
                  {t('tpl.delete')}
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
