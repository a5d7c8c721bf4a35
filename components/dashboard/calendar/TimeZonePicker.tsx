import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { isValidTimeZone } from '@/lib/calendar';
import { searchZones, timeZoneOptions, zoneOption } from '@/lib/calendar/time-zones';
import { useIntlLocale, useT } from '../../shared/i18n';

/** At most this many matches are drawn; typing narrows the rest (the full list is ~420 zones). */
const SHOWN = 60;

/**
 * A searchable time-zone combobox (ARIA 1.2 pattern: the input owns a listbox; arrows move, Enter picks, Escape
 * closes). Shows each zone as its UTC offset, city and local name; a typed IANA id is accepted as is.
 */
export function TimeZonePicker({
  value,
  onChange,
  testId,
  disabled,
}: {
  value: string;
  onChange(zone: string): void;
  testId: string;
  disabled?: boolean;
}) {
  const t = useT();
  const locale = useIntlLocale();
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const editing = query !== null;
  // The full list costs a few hundred Intl formatters: it is built on the first search, not with the tab.
  const options = useMemo(() => (editing ? timeZoneOptions(locale) : []), [locale, editing]);
  const current = useMemo(() => zoneOption(value, locale), [value, locale]);
  const matches = useMemo(
    () => (query === null ? [] : searchZones(options, query).slice(0, SHOWN)),
    [options, query],
  );
  const open = query !== null && matches.length > 0;

  const pick = (zone: string) => {
    setQuery(null);
    if (zone !== value) onChange(zone);
  };
  /** On leaving the field: an exact zone id typed by hand is taken, anything else falls back to the value. */
  const commitTyped = () => {
    if (query === null) return;
    const typed = query.trim();
    const exact =
      timeZoneOptions(locale).find((o) => o.id.toLowerCase() === typed.toLowerCase() || o.label === typed)
        ?.id ?? (isValidTimeZone(typed) ? typed : undefined);
    if (exact) pick(exact);
    else setQuery(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (query === null) {
        setQuery('');
        setActive(
          Math.max(
            0,
            timeZoneOptions(locale)
              .slice(0, SHOWN)
              .findIndex((o) => o.id === value),
          ),
        );
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter') {
      // Enter picks the highlighted zone and never submits the surrounding form half-chosen.
      if (query === null) return;
      event.preventDefault();
      if (open) pick(matches[Math.min(active, matches.length - 1)].id);
      else commitTyped();
    } else if (event.key === 'Escape' && query !== null) {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    }
  };

  const activeId = open ? `${listId}-${Math.min(active, matches.length - 1)}` : undefined;
  return (
    <div className="tz-picker">
      <input
        ref={input}
        data-testid={testId}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-description={t('calendar.zone.hint')}
        data-zone={value}
        disabled={disabled}
        autoComplete="off"
        spellCheck={false}
        value={query ?? current.label}
        // The shown label is selected whole (focus, or a click on the already focused field after a pick), so
        // typing starts a new search instead of appending to "UTC+05:30 · Kolkata …".
        onFocus={(e) => e.currentTarget.select()}
        onClick={(e) => {
          if (query === null) e.currentTarget.select();
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={commitTyped}
      />
      {/* The listbox stays in the DOM (aria-controls must point at it); hidden while closed. */}
      <ul
        id={listId}
        role="listbox"
        className="tz-list"
        hidden={!open}
        aria-label={t('calendar.field.timeZone')}
        data-testid="tz-options"
      >
        {open &&
          matches.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === Math.min(active, matches.length - 1)}
              data-testid="tz-option"
              data-zone={option.id}
              // mousedown, not click: the input's blur must not close the list before the pick lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(option.id);
                input.current?.blur();
              }}
            >
              {option.label}
            </li>
          ))}
      </ul>
      {query !== null && matches.length === 0 && (
        <p className="tz-none" role="status" data-testid="tz-none">
          {t('calendar.zone.none')}
        </p>
      )}
    </div>
  );
}
