import { useMemo, useState } from 'react';
import type { BrandKit, PreferredTerm } from '@/lib/engine';
import { useT } from '../../shared/i18n';
import { VirtualList } from './VirtualList';

export function PreferredTermsEditor({
  kit,
  onChange,
}: {
  kit: BrandKit;
  onChange: (kit: BrandKit) => void;
}) {
  const t = useT();
  const terms = useMemo(() => kit.preferredTerms ?? [], [kit.preferredTerms]);
  const [query, setQuery] = useState('');
  const [term, setTerm] = useState('');
  const [replacement, setReplacement] = useState('');
  const set = (preferredTerms: PreferredTerm[]) => onChange({ ...kit, preferredTerms });
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    return terms
      .map((_, i) => i)
      .filter(
        (i) =>
          !q || terms[i].term.toLowerCase().includes(q) || terms[i].replacement.toLowerCase().includes(q),
      );
  }, [terms, query]);
  return (
    <div>
      <input
        type="search"
        value={query}
        placeholder={t('kit.banned.search')}
        aria-label={t('kit.banned.search')}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="preferred-search"
      />
      <VirtualList
        items={visible}
        rowHeight={34}
        height={240}
        testId="preferred-list"
        label={t('kit.section.preferred')}
        renderRow={(index, position) => {
          const entry = terms[index];
          return (
            <div className="kit-term-row" data-testid={`preferred-row-${position}`}>
              <span>
                {entry.term} → <strong>{entry.replacement}</strong>
              </span>
              <label className="kit-check">
                <input
                  type="checkbox"
                  checked={entry.caseSensitive ?? false}
                  data-testid={`preferred-case-${position}`}
                  onChange={(e) =>
                    set(
                      terms.map((x, i) =>
                        i === index ? { ...x, caseSensitive: e.target.checked || undefined } : x,
                      ),
                    )
                  }
                />
                {t('kit.preferred.caseSensitive')}
              </label>
              <button
                type="button"
                data-testid={`preferred-delete-${position}`}
                onClick={() => set(terms.filter((_, i) => i !== index))}
              >
                {t('kit.delete')}
              </button>
            </div>
          );
        }}
      />
      <div className="kit-row kit-add">
        <input
          value={term}
          placeholder={t('kit.preferred.term')}
          aria-label={t('kit.preferred.term')}
          onChange={(e) => setTerm(e.target.value)}
          data-testid="preferred-new-term"
        />
        <input
          value={replacement}
          placeholder={t('kit.preferred.replacement')}
          aria-label={t('kit.preferred.replacement')}
          onChange={(e) => setReplacement(e.target.value)}
          data-testid="preferred-new-replacement"
        />
        <button
          type="button"
          disabled={!term.trim() || !replacement.trim()}
          data-testid="preferred-add"
          onClick={() => {
            set([...terms, { term: term.trim(), replacement: replacement.trim() }]);
            setTerm('');
            setReplacement('');
          }}
        >
          {t('kit.add')}
        </button>
      </div>
    </div>
  );
}
