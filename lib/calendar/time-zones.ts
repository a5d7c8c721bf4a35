/**
 * The time zones a person can pick: every IANA zone the browser knows (Intl.supportedValuesOf), each shown with
 * its current UTC offset, its city and the zone's name in the UI language, so nobody has to decode `Etc/GMT-4`
 * (which is UTC+4: POSIX signs are inverted). Fixed-offset `Etc/` zones are never offered; one already stored
 * is shown as its offset.
 */

export interface ZoneOption {
  id: string;
  /** Minutes east of UTC at the moment the list was made (daylight saving moves it). */
  offsetMinutes: number;
  /** UTC+05:30 */
  offset: string;
  /** Kolkata; empty for a fixed offset. */
  city: string;
  /** The zone's generic name in the UI language: India Standard Time, 印度时间. */
  name: string;
  /** What the picker shows: "UTC+05:30 · Kolkata · India Standard Time". */
  label: string;
}

/**
 * The zone's offset and generic name at `at`, from one formatter (building ~420 of them is the picker's whole
 * cost): the offset is the zone's wall clock minus UTC.
 */
function describeZone(id: string, locale: string, at: number): { offsetMinutes: number; name: string } {
  const at0 = Math.floor(at / 60_000) * 60_000;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: id,
      timeZoneName: 'longGeneric',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
      numberingSystem: 'latn',
      calendar: 'gregory',
    });
  } catch {
    // An engine without longGeneric names: the offset alone.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
  }
  const parts = format.formatToParts(at0);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return {
    offsetMinutes: Math.round((wall - at0) / 60_000),
    name: parts.find((p) => p.type === 'timeZoneName')?.value ?? '',
  };
}

export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * ICU still lists some zones under their old CLDR names (Asia/Calcutta, Europe/Kiev …). People search for and
 * read the city's current name; the id stays the one the browser knows.
 */
const RENAMED_CITIES: Record<string, string> = {
  'Africa/Asmera': 'Asmara',
  'America/Godthab': 'Nuuk',
  'Asia/Calcutta': 'Kolkata',
  'Asia/Katmandu': 'Kathmandu',
  'Asia/Rangoon': 'Yangon',
  'Asia/Saigon': 'Ho Chi Minh City',
  'Atlantic/Faeroe': 'Faroe',
  'Europe/Kiev': 'Kyiv',
};

const isFixedOffset = (id: string) => id === 'UTC' || id.startsWith('Etc/');

export function zoneOption(id: string, locale: string, at = Date.now()): ZoneOption {
  const described = describeZone(id, locale, at);
  const { offsetMinutes } = described;
  let { name } = described;
  const offset = formatUtcOffset(offsetMinutes);
  if (isFixedOffset(id)) return { id, offsetMinutes, offset, city: '', name: '', label: offset };
  const city = RENAMED_CITIES[id] ?? id.slice(id.lastIndexOf('/') + 1).replace(/_/g, ' ');
  // Some zones have no name of their own and get "GMT+05:30" back: that repeats the offset, so it is dropped.
  if (/^(GMT|UTC)([+-]|$)/.test(name)) name = '';
  return { id, offsetMinutes, offset, city, name, label: [offset, city, name].filter(Boolean).join(' · ') };
}

const listCache = new Map<string, ZoneOption[]>();

/** Every pickable zone, west to east, then by city. */
export function timeZoneOptions(locale: string, at = Date.now()): ZoneOption[] {
  const key = `${locale}|${Math.floor(at / 3_600_000)}`;
  let list = listCache.get(key);
  if (!list) {
    const ids = Intl.supportedValuesOf('timeZone').filter((id) => !isFixedOffset(id));
    if (!ids.includes('UTC')) ids.push('UTC');
    list = ids
      .map((id) => zoneOption(id, locale, at))
      .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.city.localeCompare(b.city));
    listCache.set(key, list);
  }
  return list;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();

/**
 * Options matching what was typed: any word of the zone id, city or name, or an offset written as
 * "+5:30", "UTC+8", "GMT-3" (the way people say it, never the inverted Etc sign).
 */
export function searchZones(options: readonly ZoneOption[], query: string): ZoneOption[] {
  const q = fold(query);
  if (!q) return [...options];
  const offset = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/.exec(q);
  if (offset) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    return options.filter((o) => o.offsetMinutes === minutes);
  }
  return options.filter((o) => fold(`${o.id} ${o.label}`).includes(q));
}
