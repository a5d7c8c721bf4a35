import { useEffect, useState } from 'react';
import { loadCalendar, onCalendarChanged } from './calendar-client';

/**
 * The calendar's time zone (Settings of the calendar), followed as it changes; undefined until read. The pause's
 * times are read and shown in it, like the calendar's slots ("until tomorrow" is the calendar's midnight).
 */
export function useCalendarZone(): string | undefined {
  const [zone, setZone] = useState<string>();
  useEffect(() => {
    let fresh = true;
    void loadCalendar().then(
      (snapshot) => fresh && setZone(snapshot.calendar.settings.timeZone),
      (error: unknown) => console.warn('Onbrand: calendar not read', error),
    );
    const unwatch = onCalendarChanged((snapshot) => {
      fresh = false;
      setZone(snapshot.calendar.settings.timeZone);
    });
    return () => {
      fresh = false;
      unwatch();
    };
  }, []);
  return zone;
}
