import { useState } from 'react';
import {
  addSlot,
  CONTENT_TYPES,
  deleteOccurrence,
  deleteSlot,
  editFollowing,
  editOccurrence,
  editSeries,
  formatLocalDateTime,
  newId,
  parseLocalDateTime,
  SLOT_STATUSES,
  type Calendar,
  type ContentType,
  type FieldError,
  type Occurrence,
  type SlotStatus,
} from '@/lib/calendar';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import { useT } from '../../shared/i18n';
import { RuleBuilder } from './RuleBuilder';
import { TimeZonePicker } from './TimeZonePicker';
import { useTeamMembers } from './useTeamMembers';
import { loadCalendar } from '@/components/shared/calendar-client';
import { shareWithTeam, useTeamShare } from '../team/useTeamShare';
import { TeamShareControls, type TeamShareWords } from '../team/TeamShareControls';

const SLOT_SHARE_WORDS: TeamShareWords = {
  share: 'calendar.team.share',
  shared: 'calendar.team.shared',
  plannersOnly: 'calendar.team.plannersOnly',
  refused: 'calendar.team.refused',
};

export type SlotFormTarget =
  { kind: 'new'; date: string; time?: string } | { kind: 'edit'; occurrence: Occurrence };
type Scope = 'one' | 'following' | 'all';

interface Fields {
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: number;
  platform: PlatformId;
  contentType: ContentType;
  campaignId: string;
  title: string;
  owner: string;
  status: SlotStatus;
  notes: string;
  url: string;
  rrule: string | undefined;
}

function initialFields(calendar: Calendar, target: SlotFormTarget): Fields {
  if (target.kind === 'new') {
    return {
      date: target.date,
      time: target.time ?? '12:00',
      timeZone: calendar.settings.timeZone,
      durationMinutes: 30,
      platform: 'x',
      contentType: 'text',
      campaignId: '',
      title: '',
      owner: '',
      status: 'planned',
      notes: '',
      url: '',
      rrule: undefined,
    };
  }
  const o = target.occurrence;
  const series = calendar.slots.find((s) => s.id === o.seriesId);
  return {
    date: o.start.slice(0, 10),
    time: o.start.slice(11, 16),
    timeZone: o.timeZone,
    durationMinutes: Math.round((o.endMs - o.startMs) / 60_000),
    platform: o.platform,
    contentType: o.contentType,
    campaignId: o.campaignId ?? '',
    title: o.title,
    owner: o.owner,
    status: o.status,
    notes: o.notes,
    url: o.url ?? '',
    rrule: series?.rrule,
  };
}

/** Create or edit a slot or a series; for one occurrence of a series the user picks what the change applies to. */
export function SlotForm({
  calendar,
  target,
  onSave,
  onClose,
}: {
  calendar: Calendar;
  target: SlotFormTarget;
  onSave(change: (calendar: Calendar) => Calendar): Promise<boolean>;
  onClose(): void;
}) {
  const t = useT();
  const [fields, setFields] = useState(() => initialFields(calendar, target));
  // In a team, a slot's owner is one of its members (the list comes from the team server); said, not blocked:
  // slots imported from a file keep the names they came with.
  const teamMembers = useTeamMembers();
  const ownerOutsideTeam =
    !!teamMembers && fields.owner.trim() !== '' && !teamMembers.includes(fields.owner.trim());
  const [scope, setScope] = useState<Scope>('one');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const occurrence = target.kind === 'edit' ? target.occurrence : undefined;
  const recurring = occurrence?.recurring ?? false;
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));
  const start = `${fields.date}T${fields.time}`;
  const common = {
    durationMinutes: fields.durationMinutes,
    contentType: fields.contentType,
    title: fields.title,
    owner: fields.owner,
    status: fields.status,
    notes: fields.notes,
    ...(fields.url ? { url: fields.url } : {}),
  };
  const seriesPatch = {
    ...common,
    start,
    timeZone: fields.timeZone,
    platform: fields.platform,
    campaignId: fields.campaignId || undefined,
    rrule: fields.rrule ?? '',
  };

  /**
   * The change as a pure edit, the errors it would raise on `c` (checked on the current copy first), and the slots
   * (series) it writes.
   */
  const build = (): { change: (c: Calendar) => Calendar; check: FieldError[]; ids: string[] } => {
    if (!occurrence) {
      const id = newId();
      const input = {
        ...common,
        start,
        timeZone: fields.timeZone,
        platform: fields.platform,
        ...(fields.campaignId ? { campaignId: fields.campaignId } : {}),
        ...(fields.rrule ? { rrule: fields.rrule } : {}),
      };
      const probe = addSlot(calendar, input, id);
      return {
        ids: [id],
        check: probe.ok ? [] : probe.errors,
        change: (c) => {
          const r = addSlot(c, input, id);
          return r.ok ? r.calendar : c;
        },
      };
    }
    if (!recurring) {
      const probe = editSeries(calendar, occurrence.seriesId, seriesPatch);
      return {
        ids: [occurrence.seriesId],
        check: probe.ok ? [] : probe.errors,
        change: (c) => {
          const r = editSeries(c, occurrence.seriesId, seriesPatch);
          return r.ok ? r.calendar : c;
        },
      };
    }
    if (scope === 'one') {
      const patch = { ...common, start, campaignId: fields.campaignId || null };
      return {
        ids: [occurrence.seriesId],
        check: Number.isNaN(parseLocalDateTime(start)) ? [{ path: 'start', message: 'not a real date' }] : [],
        change: (c) => editOccurrence(c, occurrence.id, patch),
      };
    }
    if (scope === 'following') {
      const tailId = newId();
      const probe = editFollowing(calendar, occurrence.id, seriesPatch, tailId);
      return {
        ids: [occurrence.seriesId, tailId],
        check: probe.ok ? [] : probe.errors,
        change: (c) => {
          const r = editFollowing(c, occurrence.id, seriesPatch, tailId);
          return r.ok ? r.calendar : c;
        },
      };
    }
    // All occurrences: the series' own start moves by as much as this occurrence was moved.
    const series = calendar.slots.find((s) => s.id === occurrence.seriesId);
    const shift = parseLocalDateTime(start) - parseLocalDateTime(occurrence.originalStart);
    const patch = {
      ...seriesPatch,
      start:
        series && !Number.isNaN(shift)
          ? formatLocalDateTime(parseLocalDateTime(series.start) + shift)
          : start,
    };
    const probe = editSeries(calendar, occurrence.seriesId, patch);
    return {
      ids: [occurrence.seriesId],
      check: probe.ok ? [] : probe.errors,
      change: (c) => {
        const r = editSeries(c, occurrence.seriesId, patch);
        return r.ok ? r.calendar : c;
      },
    };
  };

  // The team's shared calendar: a planner's saved slot goes to the team when shared (a team slot always is; a new
  // one by default); for everyone else a team slot is the team's to change, so the form only shows it.
  const share = useTeamShare();
  const teamSlot = !!occurrence && !!share?.slots.has(occurrence.seriesId);
  const [shareNew, setShareNew] = useState(true);
  const sharing = !!share?.planner && (teamSlot || (!occurrence && shareNew));
  const teamsOnly = !!share && !share.planner && teamSlot;
  const [shareProblem, setShareProblem] = useState<string | null>(null);

  /** After the local write: the shared slots as they now stand go to the team (a deleted one leaves it). */
  const sendShared = async (ids: string[]): Promise<boolean> => {
    if (!sharing) return true;
    const { calendar: saved } = await loadCalendar();
    const problem = await shareWithTeam(
      'calendar',
      ids.map((id) => ({ id, entry: saved.slots.find((slot) => slot.id === id) })),
    );
    setShareProblem(problem);
    return problem === null;
  };

  const save = async () => {
    const { change, check, ids } = build();
    setErrors(check);
    if (check.length) return;
    if ((await onSave(change)) && (await sendShared(ids))) onClose();
  };

  const remove = async () => {
    if (!occurrence) return;
    const change = (c: Calendar) =>
      recurring && scope === 'one' ? deleteOccurrence(c, occurrence.id) : deleteSlot(c, occurrence.seriesId);
    if ((await onSave(change)) && (await sendShared([occurrence.seriesId]))) onClose();
  };

  return (
    <div className="cal-dialog-backdrop">
      <form
        className="cal-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="cal-slot-form-title"
        data-testid="cal-slot-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3 id="cal-slot-form-title">
          {occurrence ? t('calendar.dash.editSlot') : t('calendar.dash.newSlot')}
        </h3>
        {recurring && (
          <label className="ob-field">
            <span>{t('calendar.dash.series')}</span>
            <select
              data-testid="cal-slot-scope"
              value={scope}
              onChange={(e) => setScope(e.target.value as Scope)}
            >
              <option value="one">{t('calendar.scope.one')}</option>
              <option value="following">{t('calendar.scope.following')}</option>
              <option value="all">{t('calendar.scope.all')}</option>
            </select>
          </label>
        )}
        <div className="cal-form-grid">
          <label className="ob-field">
            <span>{t('calendar.field.date')}</span>
            <input
              type="date"
              required
              data-testid="cal-slot-date"
              value={fields.date}
              onChange={(e) => set('date', e.target.value)}
            />
          </label>
          <label className="ob-field">
            <span>{t('calendar.field.time')}</span>
            <input
              type="time"
              required
              data-testid="cal-slot-time"
              value={fields.time}
              onChange={(e) => set('time', e.target.value)}
            />
          </label>
          <label className="ob-field">
            <span>{t('calendar.field.durationMinutes')}</span>
            <input
              type="number"
              min={0}
              data-testid="cal-slot-duration"
              value={fields.durationMinutes}
              onChange={(e) => set('durationMinutes', Number(e.target.value) || 0)}
            />
          </label>
          <label className="ob-field">
            <span>{t('calendar.field.timeZone')}</span>
            <TimeZonePicker
              testId="cal-slot-zone"
              value={fields.timeZone}
              disabled={recurring && scope === 'one'}
              onChange={(zone) => set('timeZone', zone)}
            />
          </label>
          <label className="ob-field">
            <span>{t('calendar.field.platform')}</span>
            <select
              data-testid="cal-slot-platform"
              value={fields.platform}
              disabled={recurring && scope === 'one'}
              onChange={(e) => set('platform', e.target.value as PlatformId)}
            >
              {PLATFORM_IDS.map((p) => (
                <option key={p} value={p}>
                  {t(`platform.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="ob-field">
            <span>{t('calendar.field.contentType')}</span>
            <select
              data-testid="cal-slot-type"
              value={fields.contentType}
              onChange={(e) => set('contentType', e.target.value as ContentType)}
            >
              {CONTENT_TYPES.map((c) => (
                <option key={c} value={c}>
                  {t(`calendar.contentType.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="ob-field">
            <span>{t('calendar.field.campaign')}</span>
            <select
              data-testid="cal-slot-campaign"
              value={fields.campaignId}
              onChange={(e) => set('campaignId', e.target.value)}
            >
              <option value="">—</option>
              {calendar.campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label className="ob-field">
            <span>{t('calendar.field.status')}</span>
            <select
              data-testid="cal-slot-status"
              value={fields.status}
              onChange={(e) => set('status', e.target.value as SlotStatus)}
            >
              {SLOT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`calendar.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="ob-field">
            <span>{t('calendar.field.owner')}</span>
            <input
              data-testid="cal-slot-owner"
              value={fields.owner}
              list={teamMembers ? 'cal-slot-owner-members' : undefined}
              aria-describedby={ownerOutsideTeam ? 'cal-slot-owner-outside' : undefined}
              onChange={(e) => set('owner', e.target.value)}
            />
            {teamMembers && (
              <datalist id="cal-slot-owner-members" data-testid="cal-slot-owner-members">
                {teamMembers.map((member) => (
                  <option key={member} value={member} />
                ))}
              </datalist>
            )}
            {ownerOutsideTeam && (
              <span id="cal-slot-owner-outside" className="ob-muted" data-testid="cal-slot-owner-outside">
                {t('calendar.owner.outsideTeam', { owner: fields.owner.trim() })}
              </span>
            )}
          </label>
          <label className="ob-field">
            <span>{t('calendar.field.url')}</span>
            <input
              type="url"
              data-testid="cal-slot-url"
              value={fields.url}
              onChange={(e) => set('url', e.target.value)}
            />
          </label>
        </div>
        <label className="ob-field">
          <span>{t('calendar.field.title')}</span>
          <input
            data-testid="cal-slot-title"
            value={fields.title}
            onChange={(e) => set('title', e.target.value)}
          />
        </label>
        <label className="ob-field">
          <span>{t('calendar.field.notes')}</span>
          <textarea
            rows={3}
            data-testid="cal-slot-notes"
            value={fields.notes}
            onChange={(e) => set('notes', e.target.value)}
          />
        </label>
        {!(recurring && scope === 'one') && (
          <RuleBuilder rule={fields.rrule} startDate={fields.date} onChange={(rule) => set('rrule', rule)} />
        )}
        <TeamShareControls
          share={share}
          isTeams={teamSlot}
          offerShare={!occurrence}
          checked={shareNew}
          onChange={setShareNew}
          problem={shareProblem}
          words={SLOT_SHARE_WORDS}
          className="cal-share"
        />
        {errors.length > 0 && (
          <ul className="cal-errors" role="alert" data-testid="cal-slot-errors">
            {errors.map((e) => (
              <li key={`${e.path}:${e.message}`}>
                {e.path}: {e.message}
              </li>
            ))}
          </ul>
        )}
        <div className="cal-dialog-actions">
          {occurrence && !teamsOnly && (
            <button type="button" data-testid="cal-slot-delete" onClick={() => void remove()}>
              {t('calendar.action.delete')}
            </button>
          )}
          <span className="cal-spacer" />
          <button type="button" data-testid="cal-slot-cancel" onClick={onClose}>
            {t('calendar.action.cancel')}
          </button>
          <button type="submit" className="ob-primary" data-testid="cal-slot-save" disabled={teamsOnly}>
            {t('calendar.action.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
