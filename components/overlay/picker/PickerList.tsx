import { useEffect, useRef } from 'react';
import type { PickerState } from '@/lib/assistant/template-picker-decisions';
import { bodyFor, type TemplateMatch } from '@/lib/templates';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '../../shared/i18n';
import { trusted } from '../trusted';

const LANGUAGE_LABEL: Record<'en' | 'zh' | 'both', MessageKey> = {
  en: 'picker.language.en',
  zh: 'picker.language.zh',
  both: 'picker.language.both',
};

/** One line of the body, for recognising a template at a glance (variables shown as written). */
function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 110 ? `${line.slice(0, 109)}…` : line;
}

interface Props {
  state: PickerState;
  matches: TemplateMatch[];
  trigger: string;
  emptyLibrary: boolean;
  onChoose(match: TemplateMatch): void;
  onHighlight(index: number): void;
}

/** The ranked list; the highlighted row follows the keyboard and stays scrolled into view. */
export function PickerList({ state, matches, trigger, emptyLibrary, onChoose, onHighlight }: Props) {
  const t = useT();
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [state.highlighted, state.query]);
  if (!matches.length) {
    return (
      <p className="ob-picker-empty" role="status" data-testid="picker-empty">
        {t(emptyLibrary ? 'picker.emptyLibrary' : 'picker.empty')}
      </p>
    );
  }
  const platform = state.session.adapter.id;
  return (
    <ul
      ref={listRef}
      className="ob-picker-list"
      role="listbox"
      id="ob-picker-list"
      aria-label={t('picker.title')}
      data-testid="picker-list"
    >
      {matches.map((match, index) => {
        const { template } = match;
        const selected = index === state.highlighted;
        return (
          <li
            key={template.id}
            id={`ob-picker-option-${index}`}
            role="option"
            aria-selected={selected}
            className={selected ? 'ob-picker-item ob-selected' : 'ob-picker-item'}
            data-testid={`picker-item-${index}`}
            data-template-id={template.id}
            // Keep focus where it is (the box in trigger mode, the search field in browse mode).
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => onHighlight(index)}
            onClick={trusted(() => onChoose(match))}
          >
            <span className="ob-picker-item-head">
              <strong>{template.name}</strong>
              {template.shortcut && <code className="ob-picker-shortcut">{trigger + template.shortcut}</code>}
              <span className="ob-picker-lang">{t(LANGUAGE_LABEL[template.language])}</span>
            </span>
            <span className="ob-picker-preview">{preview(bodyFor(template, platform))}</span>
          </li>
        );
      })}
    </ul>
  );
}
