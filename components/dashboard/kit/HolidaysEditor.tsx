import { useState } from 'react';
import type { BrandKit } from '@/lib/engine';
import { holidaySchemas } from '@/lib/engine/kit-holidays';
import { formatPath } from '@/lib/field-path';
import { SHIPPED_HOLIDAYS, type Holiday } from '@/lib/community/reminders/holiday-list';
import { formatLocalDate } from '@/lib/i18n/format';
import { uiLocale, useT } from '../../shared/i18n';

// The kit's holidays for the community reminders: the shipped ones (each switched on or off for this kit) and the
// kit's own (added, edited, removed). Edits go into the kit's draft; "Save kit" validates the whole kit.

interface Form {
  /** The own holiday being edited (its id), or null for a new one. */
  editing: string | null;
  en: string;
  zh: string;
  /** MM-DD, or YYYY-MM-DD dates separated by commas. */
  when: string;
  template: string;
}
const EMPTY: Form = { editing: null, en: '', zh: '', when: '', template: '' };

/** An id from the English name ("Acme Day" → "acme-day"), made unique among the ids taken. */
function newId(en: string, taken: ReadonlySet<string>): string {
  const base =
    en
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'holiday';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function HolidaysEditor({ kit, onChange }: { kit: BrandKit; onChange: (kit: BrandKit) => void }) {
  const t = useT();
  const locale = uiLocale.value;
  const own = kit.holidays?.add ?? [];
  const off = new Set(kit.holidays?.off ?? []);
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const set = (next: { add?: Holiday[]; off?: string[] }) => {
    const holidays = { ...kit.holidays, ...next };
    if (!holidays.add?.length) delete holidays.add;
    if (!holidays.off?.length) delete holidays.off;
    const { holidays: _old, ...rest } = kit;
    onChange(Object.keys(holidays).length ? { ...rest, holidays: holidays as BrandKit['holidays'] } : rest);
  };
  const nameOf = (h: Holiday) => (locale === 'zh-CN' ? h.name.zh : h.name.en);
  const today = new Date().toISOString().slice(0, 10);
  const dateOf = (h: Holiday) => {
    if (h.date) return formatLocalDate(locale, `2028-${h.date}`, 'dayMonth');
    const next = h.dates?.find((d) => d >= today) ?? h.dates?.[h.dates.length - 1];
    return next ? formatLocalDate(locale, next, 'medium') : '';
  };

  const submit = () => {
    const when = form.when.trim();
    const dates = when
      .split(/[,，\s]+/)
      .map((d) => d.trim())
      .filter(Boolean);
    const taken = new Set([...SHIPPED_HOLIDAYS.map((h) => h.id), ...own.map((h) => h.id)]);
    if (form.editing) taken.delete(form.editing);
    const candidate = {
      id: form.editing ?? newId(form.en, taken),
      name: { en: form.en, zh: form.zh },
      ...(/^\d\d-\d\d$/.test(when) ? { date: when } : { dates }),
      ...(form.template.trim() ? { template: form.template.trim() } : {}),
    };
    const parsed = holidaySchemas().KitHoliday.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError(`${formatPath(issue.path)}: ${issue.message}`);
    }
    setError(null);
    set({
      add: form.editing ? own.map((h) => (h.id === form.editing ? parsed.data : h)) : [...own, parsed.data],
    });
    setForm(EMPTY);
  };

  return (
    <div className="kit-col" data-testid="holidays-editor">
      <p className="ob-muted">{t('kit.holidays.intro')}</p>
      <h4 id="holidays-shipped">{t('kit.holidays.shipped')}</h4>
      <ul className="kit-holiday-list" aria-labelledby="holidays-shipped" data-testid="holidays-shipped">
        {SHIPPED_HOLIDAYS.map((h) => (
          <li key={h.id} className="kit-term-row" data-testid={`holiday-shipped-${h.id}`}>
            <label className="kit-check">
              <input
                type="checkbox"
                checked={!off.has(h.id)}
                aria-label={t('kit.holidays.greet', { holiday: nameOf(h) })}
                data-testid={`holiday-on-${h.id}`}
                onChange={(e) =>
                  set({
                    off: e.target.checked ? [...off].filter((id) => id !== h.id) : [...off, h.id],
                  })
                }
              />
              <strong>{nameOf(h)}</strong>
            </label>
            <span className="ob-muted">{dateOf(h)}</span>
          </li>
        ))}
      </ul>
      <h4 id="holidays-own">{t('kit.holidays.own')}</h4>
      {own.length === 0 && <p className="ob-muted">{t('kit.holidays.none')}</p>}
      <ul className="kit-holiday-list" aria-labelledby="holidays-own" data-testid="holidays-own">
        {own.map((h) => (
          <li key={h.id} className="kit-term-row" data-testid={`holiday-own-${h.id}`}>
            <span>
              <strong>{nameOf(h)}</strong> <span className="ob-muted">{dateOf(h)}</span>
              {h.template && <span className="ob-muted"> · {h.template}</span>}
            </span>
            <button
              type="button"
              aria-label={t('kit.holidays.edit', { holiday: nameOf(h) })}
              data-testid={`holiday-edit-${h.id}`}
              onClick={() =>
                setForm({
                  editing: h.id,
                  en: h.name.en,
                  zh: h.name.zh,
                  when: h.date ?? (h.dates ?? []).join(', '),
                  template: h.template ?? '',
                })
              }
            >
              {t('kit.holidays.editButton')}
            </button>
            <button
              type="button"
              aria-label={t('kit.holidays.remove', { holiday: nameOf(h) })}
              data-testid={`holiday-remove-${h.id}`}
              onClick={() => set({ add: own.filter((x) => x.id !== h.id) })}
            >
              {t('kit.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="kit-row kit-add"
        aria-label={form.editing ? t('kit.holidays.editTitle') : t('kit.holidays.addTitle')}
        data-testid="holiday-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <input
          value={form.en}
          aria-label={t('kit.holidays.nameEn')}
          placeholder={t('kit.holidays.nameEn')}
          data-testid="holiday-name-en"
          onChange={(e) => setForm({ ...form, en: e.target.value })}
        />
        <input
          value={form.zh}
          aria-label={t('kit.holidays.nameZh')}
          placeholder={t('kit.holidays.nameZh')}
          data-testid="holiday-name-zh"
          onChange={(e) => setForm({ ...form, zh: e.target.value })}
        />
        <input
          value={form.when}
          aria-label={t('kit.holidays.when')}
          placeholder={t('kit.holidays.whenPlaceholder')}
          data-testid="holiday-when"
          onChange={(e) => setForm({ ...form, when: e.target.value })}
        />
        <input
          value={form.template}
          aria-label={t('kit.holidays.template')}
          placeholder={t('kit.holidays.template')}
          data-testid="holiday-template"
          onChange={(e) => setForm({ ...form, template: e.target.value })}
        />
        <button type="submit" data-testid="holiday-submit">
          {form.editing ? t('kit.holidays.saveEdit') : t('kit.holidays.add')}
        </button>
        {form.editing && (
          <button type="button" data-testid="holiday-cancel" onClick={() => setForm(EMPTY)}>
            {t('kit.holidays.cancel')}
          </button>
        )}
      </form>
      {error && (
        <p className="kit-error" role="alert" data-testid="holiday-error">
          {error}
        </p>
      )}
    </div>
  );
}
