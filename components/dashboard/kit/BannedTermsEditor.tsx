import { useDeferredValue, useMemo, useState } from 'react';
import type { BannedTerm, BrandKit, LocalizedText } from '@/lib/engine';
import { mergeTerms, parseTermLines, readTermsFile, type BulkResult } from '@/lib/kits/bulk-terms';
import { uiLocale, useT } from '../../shared/i18n';
import { Check, ListField, Select, TextField } from './fields';
import { VirtualList } from './VirtualList';
import { categoryOptions, severityOptions, type Category, type Severity } from './labels';
import { FilePicker } from '../../shared/FilePicker';

const ROW_HEIGHT = 34;

const messageParts = (message: LocalizedText | undefined) =>
  typeof message === 'string'
    ? { en: message, zh: message }
    : { en: message?.en ?? '', zh: message?.zh ?? '' };

/** A list filter: "all" (the empty value) or one of the options. */
function FilterSelect<V extends string>(props: {
  value: V | '';
  onChange: (value: V | '') => void;
  options: Array<{ value: V; label: string }>;
  all: string;
  label: string;
  testId: string;
}) {
  return (
    <select
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as V | '')}
      data-testid={props.testId}
      aria-label={props.label}
    >
      <option value="">{props.all}</option>
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Banned terms: search and filter in a virtualised list, one-term editor, add, bulk paste and CSV import. */
export function BannedTermsEditor({ kit, onChange }: { kit: BrandKit; onChange: (kit: BrandKit) => void }) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<Category | ''>('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [selected, setSelected] = useState<number | null>(null);
  const [newTerm, setNewTerm] = useState('');
  const [defaults, setDefaults] = useState<{ category: Category; severity: Severity }>({
    category: 'custom',
    severity: 'warn',
  });
  const [bulk, setBulk] = useState('');
  const [bulkReport, setBulkReport] = useState<{ added: number; problems: BulkResult['problems'] } | null>(
    null,
  );
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());

  // Indices into kit.bannedTerms, so edits address the right entry whatever the filter.
  const visible = useMemo(() => {
    const out: number[] = [];
    kit.bannedTerms.forEach((term, i) => {
      if (category && term.category !== category) return;
      if (severity && term.severity !== severity) return;
      if (deferredQuery && !term.term.toLowerCase().includes(deferredQuery)) return;
      out.push(i);
    });
    return out;
  }, [kit.bannedTerms, category, severity, deferredQuery]);

  const setTerms = (bannedTerms: BannedTerm[]) => onChange({ ...kit, bannedTerms });
  const update = (index: number, patch: Partial<BannedTerm>) =>
    setTerms(kit.bannedTerms.map((term, i) => (i === index ? { ...term, ...patch } : term)));
  const remove = (index: number) => {
    setTerms(kit.bannedTerms.filter((_, i) => i !== index));
    setSelected(null);
  };
  const addMany = (result: BulkResult) => {
    const merged = mergeTerms(kit.bannedTerms, result.terms);
    setTerms(merged.terms);
    setBulkReport({ added: merged.added, problems: result.problems });
  };
  const current = selected !== null ? kit.bannedTerms[selected] : undefined;
  const message = messageParts(current?.message);

  return (
    <div className="kit-banned">
      <div className="kit-row">
        <input
          type="search"
          placeholder={t('kit.banned.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="banned-search"
          aria-label={t('kit.banned.search')}
        />
        <FilterSelect
          value={category}
          onChange={setCategory}
          options={categoryOptions(t)}
          all={t('kit.banned.allCategories')}
          label={t('kit.banned.category')}
          testId="banned-filter-category"
        />
        <FilterSelect
          value={severity}
          onChange={setSeverity}
          options={severityOptions(t)}
          all={t('kit.banned.allSeverities')}
          label={t('kit.banned.severity')}
          testId="banned-filter-severity"
        />
        <span className="ob-muted" data-testid="banned-count">
          {t('kit.banned.count', { shown: visible.length, total: kit.bannedTerms.length })}
        </span>
      </div>
      <VirtualList
        items={visible}
        rowHeight={ROW_HEIGHT}
        height={340}
        testId="banned-list"
        label={t('kit.section.banned')}
        renderRow={(index, position) => {
          const term = kit.bannedTerms[index];
          return (
            <button
              type="button"
              className={`kit-term-row${selected === index ? ' selected' : ''}`}
              data-testid={`banned-row-${position}`}
              data-term={term.term}
              onClick={() => setSelected(index)}
            >
              <strong>{term.term}</strong>
              <span className="kit-chip">{t(`kit.category.${term.category}`)}</span>
              <span className={`kit-chip sev-${term.severity}`}>{t(`kit.severity.${term.severity}`)}</span>
              {term.allowContexts?.length ? (
                <span className="ob-muted">
                  {t('kit.banned.allowShort', { list: term.allowContexts.join('、') })}
                </span>
              ) : null}
            </button>
          );
        }}
      />
      {current && selected !== null && (
        <fieldset className="kit-term-editor" data-testid="banned-editor" key={selected}>
          <legend>{t('kit.banned.editing', { term: current.term })}</legend>
          <div className="kit-grid">
            <TextField
              label={t('kit.banned.term')}
              value={current.term}
              onChange={(term) => update(selected, { term })}
              testId="banned-edit-term"
            />
            <Select
              label={t('kit.banned.category')}
              value={current.category}
              options={categoryOptions(t)}
              onChange={(value) => update(selected, { category: value })}
              testId="banned-edit-category"
            />
            <Select
              label={t('kit.banned.severity')}
              value={current.severity}
              options={severityOptions(t)}
              onChange={(value) => update(selected, { severity: value })}
              testId="banned-edit-severity"
            />
            <Check
              label={t('kit.banned.pinyin')}
              checked={current.pinyin ?? false}
              onChange={(pinyin) => update(selected, { pinyin: pinyin || undefined })}
              testId="banned-edit-pinyin"
            />
            <Check
              label={t('kit.banned.inflect')}
              checked={current.inflect ?? false}
              onChange={(inflect) => update(selected, { inflect: inflect || undefined })}
              testId="banned-edit-inflect"
            />
            <ClaimWhenFields
              value={current.claimWhen}
              onChange={(claimWhen) => update(selected, { claimWhen })}
            />
            <ListField
              label={t('kit.banned.suggestions')}
              value={current.suggestions}
              onChange={(suggestions) => update(selected, { suggestions })}
              testId="banned-edit-suggestions"
            />
            <ListField
              label={t('kit.banned.allowContexts')}
              value={current.allowContexts}
              onChange={(allowContexts) => update(selected, { allowContexts })}
              testId="banned-edit-allow"
            />
            <TextField
              label={t('kit.banned.messageEn')}
              value={message.en}
              onChange={(en) => update(selected, { message: { ...message, en } })}
              testId="banned-edit-message-en"
            />
            <TextField
              label={t('kit.banned.messageZh')}
              value={message.zh}
              onChange={(zh) => update(selected, { message: { ...message, zh } })}
              testId="banned-edit-message-zh"
            />
          </div>
          <button
            type="button"
            className="kit-danger"
            onClick={() => remove(selected)}
            data-testid="banned-delete"
          >
            {t('kit.delete')}
          </button>
        </fieldset>
      )}
      <div className="kit-row kit-add">
        <input
          value={newTerm}
          placeholder={t('kit.banned.newTerm')}
          aria-label={t('kit.banned.newTerm')}
          onChange={(e) => setNewTerm(e.target.value)}
          data-testid="banned-new-term"
        />
        <select
          value={defaults.category}
          aria-label={t('kit.banned.category')}
          onChange={(e) => setDefaults({ ...defaults, category: e.target.value as Category })}
          data-testid="banned-new-category"
        >
          {categoryOptions(t).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <select
          value={defaults.severity}
          aria-label={t('kit.banned.severity')}
          onChange={(e) => setDefaults({ ...defaults, severity: e.target.value as Severity })}
          data-testid="banned-new-severity"
        >
          {severityOptions(t).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!newTerm.trim()}
          data-testid="banned-add"
          onClick={() => {
            addMany(parseTermLines(newTerm, defaults));
            setNewTerm('');
          }}
        >
          {t('kit.add')}
        </button>
      </div>
      <label className="ob-field">
        <span>{t('kit.banned.bulk')}</span>
        <textarea
          rows={4}
          value={bulk}
          onChange={(e) => setBulk(e.target.value)}
          data-testid="banned-bulk"
          placeholder={'term one\nterm two'}
        />
      </label>
      <div className="kit-row">
        <button
          type="button"
          disabled={!bulk.trim()}
          data-testid="banned-bulk-add"
          onClick={() => {
            addMany(parseTermLines(bulk, defaults));
            setBulk('');
          }}
        >
          {t('kit.banned.bulkAdd')}
        </button>
        <FilePicker
          label={t('kit.banned.csv')}
          accept=".csv,text/csv"
          testId="banned-csv"
          onFile={async (file) => addMany(readTermsFile(new Uint8Array(await file.arrayBuffer()), defaults))}
        />
        <span className="ob-muted">{t('kit.banned.csvHelp')}</span>
      </div>
      {bulkReport && (
        <div data-testid="banned-bulk-report" role="status">
          {t('kit.banned.bulkAdded', { count: bulkReport.added })}
          {bulkReport.problems.map((p) => (
            <div key={p.line} className="kit-error">
              {t('kit.banned.bulkProblem', {
                line: p.line,
                message: uiLocale.value === 'zh-CN' ? p.message.zh : p.message.en,
              })}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * "Flag only where it makes a claim" (BannedTerm.claimWhen): off leaves the term flagged everywhere; on starts
 * with "closes a phrase" (销量第一) and lets the person name the words around it that make it a claim.
 */
function ClaimWhenFields(props: {
  value: BannedTerm['claimWhen'];
  onChange: (claimWhen: BannedTerm['claimWhen']) => void;
}) {
  const t = useT();
  const claim = props.value;
  const set = (patch: NonNullable<BannedTerm['claimWhen']>) => {
    const next = { ...claim, ...patch };
    if (!next.followedBy?.length) delete next.followedBy;
    if (!next.precededBy?.length) delete next.precededBy;
    if (!next.closesPhrase) delete next.closesPhrase;
    props.onChange(next);
  };
  return (
    <fieldset className="kit-claim">
      <legend>{t('kit.banned.claim.legend')}</legend>
      <Check
        label={t('kit.banned.claim')}
        checked={claim !== undefined}
        onChange={(on) => props.onChange(on ? { closesPhrase: true } : undefined)}
        testId="banned-edit-claim"
      />
      {claim && (
        <>
          <Check
            label={t('kit.banned.claim.closesPhrase')}
            checked={claim.closesPhrase ?? false}
            onChange={(closesPhrase) => set({ closesPhrase })}
            testId="banned-edit-claim-closes"
          />
          <ListField
            label={t('kit.banned.claim.precededBy')}
            value={claim.precededBy}
            onChange={(precededBy) => set({ precededBy })}
            testId="banned-edit-claim-before"
            rows={2}
          />
          <ListField
            label={t('kit.banned.claim.followedBy')}
            value={claim.followedBy}
            onChange={(followedBy) => set({ followedBy })}
            testId="banned-edit-claim-after"
            rows={2}
          />
        </>
      )}
    </fieldset>
  );
}
