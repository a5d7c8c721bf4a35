import { useCallback, useEffect, useState } from 'react';
import type { Calendar } from '@/lib/calendar';
import type { CalendarSnapshot } from '@/lib/calendar/store';
import {
  CalendarSaveError,
  loadCalendar,
  onCalendarChanged,
  updateCalendar,
} from '@/components/shared/calendar-client';

export interface CalendarDoc {
  snapshot: CalendarSnapshot | null;
  /** Applies a pure edit (from lib/calendar) to the latest stored calendar; resolves false and sets `error` if refused. */
  edit(change: (calendar: Calendar) => Calendar): Promise<boolean>;
  error: string | null;
  clearError(): void;
}

/** The stored calendar for the dashboard, kept current when the popup or the background change it. */
export function useCalendarDoc(): CalendarDoc {
  const [snapshot, setSnapshot] = useState<CalendarSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void loadCalendar().then(setSnapshot);
    return onCalendarChanged(setSnapshot);
  }, []);
  const edit = useCallback(async (change: (calendar: Calendar) => Calendar) => {
    try {
      setSnapshot(await updateCalendar(change));
      setError(null);
      return true;
    } catch (e) {
      setError(e instanceof CalendarSaveError ? e.message : e instanceof Error ? e.message : String(e));
      return false;
    }
  }, []);
  return { snapshot, edit, error, clearError: () => setError(null) };
}
