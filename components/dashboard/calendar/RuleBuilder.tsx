import {
  describeRule,
  ruleFromParts,
  ruleParts,
  WEEKDAYS,
  type RuleParts,
  type Weekday,
} from '@/lib/calendar';
import { useT } from '../../shared/i18n';

type Freq = 'none' | 'daily' | 'weekly' | 'monthly';

/** The recurrence form: daily / weekly on days / monthly on a day or the nth weekday, ending never, after N or on a date. */
export function RuleBuilder({
  rule,
  onChange,
  startDate,
}: {
  rule: string | undefined;
  onChange(rule: string | undefined): void;
  startDate: string;
}) {
  const t = useT();
  const parts = rule ? ruleParts(rule) : undefined;
  if (rule && !parts) {
    // A rule the form cannot show (e.g. imported BYSETPOS): shown as is, and can be removed.
    return (
      <fieldset className="cal-rule" data-testid="cal-rule">
        <legend>{t('calendar.field.rrule')}</legend>
        <p data-testid="cal-rule-text">{t('calendar.rule.custom', { rule })}</p>
        <button type="button" data-testid="cal-rule-clear" onClick={() => onChange(undefined)}>
          {t('calendar.rule.freq.none')}
        </button>
      </fieldset>
    );
  }
  const freq: Freq = parts && parts.freq !== 'yearly' ? parts.freq : 'none';
  const set = (next: RuleParts | undefined) => onChange(next ? ruleFromParts(next) : undefined);
  const startWeekday = WEEKDAYS[(new Date(`${startDate}T00:00Z`).getUTCDay() + 6) % 7] ?? 'MO';

  const changeFreq = (value: Freq) => {
    const interval = parts?.interval ?? 1;
    const end = parts?.end;
    if (value === 'none') set(undefined);
    else if (value === 'daily') set({ freq: 'daily', interval, end });
    else if (value === 'weekly') set({ freq: 'weekly', interval, weekdays: [startWeekday], end });
    else set({ freq: 'monthly', interval, monthDay: Number(startDate.slice(8, 10)) || 1, end });
  };

  return (
    <fieldset className="cal-rule" data-testid="cal-rule">
      <legend>{t('calendar.field.rrule')}</legend>
      <label className="ob-field">
        <span>{t('calendar.rule.freq')}</span>
        <select data-testid="cal-rule-freq" value={freq} onChange={(e) => changeFreq(e.target.value as Freq)}>
          {(['none', 'daily', 'weekly', 'monthly'] as const).map((f) => (
            <option key={f} value={f}>
              {t(`calendar.rule.freq.${f}`)}
            </option>
          ))}
        </select>
      </label>
      {parts && parts.freq !== 'yearly' && (
        <>
          <label className="ob-field cal-inline">
            <span>{t('calendar.rule.interval')}</span>
            <input
              type="number"
              min={1}
              max={99}
              data-testid="cal-rule-interval"
              value={parts.interval}
              onChange={(e) => set({ ...parts, interval: Math.max(1, Number(e.target.value) || 1) })}
            />
          </label>
          {parts.freq === 'weekly' && (
            <div className="cal-weekday-picks" role="group" aria-label={t('calendar.rule.onDays')}>
              {WEEKDAYS.map((d) => (
                <label key={d}>
                  <input
                    type="checkbox"
                    data-testid={`cal-rule-day-${d}`}
                    checked={parts.weekdays.includes(d)}
                    onChange={(e) =>
                      set({
                        ...parts,
                        weekdays: e.target.checked
                          ? [...parts.weekdays, d]
                          : parts.weekdays.filter((w) => w !== d),
                      })
                    }
                  />
                  {t(`calendar.weekday.${d}`)}
                </label>
              ))}
            </div>
          )}
          {parts.freq === 'monthly' && <MonthlyParts parts={parts} set={set} startWeekday={startWeekday} />}
          <EndParts parts={parts} set={set} startDate={startDate} />
          <p className="ob-muted" data-testid="cal-rule-description">
            {describeRule(parts, t)}
          </p>
        </>
      )}
    </fieldset>
  );
}

type Monthly = Extract<RuleParts, { freq: 'monthly' }>;

function MonthlyParts({
  parts,
  set,
  startWeekday,
}: {
  parts: Monthly;
  set(p: RuleParts): void;
  startWeekday: Weekday;
}) {
  const t = useT();
  const byNth = parts.nth !== undefined;
  return (
    <div className="cal-inline-group">
      <label className="ob-field cal-inline">
        <span>{t('calendar.rule.monthlyBy')}</span>
        <select
          data-testid="cal-rule-monthly-mode"
          value={byNth ? 'nth' : 'day'}
          onChange={(e) =>
            set(
              e.target.value === 'nth'
                ? { freq: 'monthly', interval: parts.interval, nth: 1, weekday: startWeekday, end: parts.end }
                : { freq: 'monthly', interval: parts.interval, monthDay: 1, end: parts.end },
            )
          }
        >
          <option value="day">{t('calendar.rule.byMonthDay')}</option>
          <option value="nth">{t('calendar.rule.byNthWeekday')}</option>
        </select>
      </label>
      {byNth ? (
        <>
          <select
            data-testid="cal-rule-nth"
            value={parts.nth}
            onChange={(e) => set({ ...parts, nth: Number(e.target.value) })}
          >
            {[1, 2, 3, 4, -1].map((n) => (
              <option key={n} value={n}>
                {t(`calendar.ordinal.${n === -1 ? 'last' : n}` as 'calendar.ordinal.1')}
              </option>
            ))}
          </select>
          <select
            data-testid="cal-rule-weekday"
            value={parts.weekday}
            onChange={(e) => set({ ...parts, weekday: e.target.value as Weekday })}
          >
            {WEEKDAYS.map((d) => (
              <option key={d} value={d}>
                {t(`calendar.weekday.${d}`)}
              </option>
            ))}
          </select>
        </>
      ) : (
        <input
          type="number"
          min={-1}
          max={31}
          data-testid="cal-rule-monthday"
          value={parts.monthDay ?? 1}
          onChange={(e) => set({ ...parts, monthDay: Number(e.target.value) || 1 })}
        />
      )}
    </div>
  );
}

function EndParts({
  parts,
  set,
  startDate,
}: {
  parts: Exclude<RuleParts, { freq: 'yearly' }>;
  set(p: RuleParts): void;
  startDate: string;
}) {
  const t = useT();
  const mode = !parts.end ? 'never' : 'count' in parts.end ? 'count' : 'until';
  return (
    <div className="cal-inline-group">
      <label className="ob-field cal-inline">
        <span>{t('calendar.rule.end')}</span>
        <select
          data-testid="cal-rule-end"
          value={mode}
          onChange={(e) => {
            const value = e.target.value;
            const { end: _end, ...rest } = parts;
            set(
              value === 'never'
                ? rest
                : value === 'count'
                  ? { ...rest, end: { count: 10 } }
                  : { ...rest, end: { untilDate: startDate } },
            );
          }}
        >
          <option value="never">{t('calendar.rule.endNever')}</option>
          <option value="count">{t('calendar.rule.endAfter')}</option>
          <option value="until">{t('calendar.rule.endOn')}</option>
        </select>
      </label>
      {parts.end && 'count' in parts.end && (
        <input
          type="number"
          min={1}
          max={999}
          data-testid="cal-rule-count"
          value={parts.end.count}
          onChange={(e) => set({ ...parts, end: { count: Math.max(1, Number(e.target.value) || 1) } })}
        />
      )}
      {parts.end && 'untilDate' in parts.end && (
        <input
          type="date"
          data-testid="cal-rule-until"
          value={parts.end.untilDate}
          onChange={(e) => e.target.value && set({ ...parts, end: { untilDate: e.target.value } })}
        />
      )}
    </div>
  );
}
