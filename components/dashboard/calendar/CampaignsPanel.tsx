import { useState } from 'react';
import {
  CAMPAIGN_PALETTE,
  deleteCampaign,
  newId,
  upsertCampaign,
  type Calendar,
  type Campaign,
} from '@/lib/calendar';
import { formatLocalDate } from '@/lib/i18n/format';
import { useIntlLocale, useT } from '../../shared/i18n';

/** Campaigns and themes: coloured date ranges drawn as bands over the grid. */
export function CampaignsPanel({
  calendar,
  today,
  onSave,
}: {
  calendar: Calendar;
  today: string;
  onSave(change: (c: Calendar) => Calendar): Promise<boolean>;
}) {
  const t = useT();
  const locale = useIntlLocale();
  const blank = (): Omit<Campaign, 'id'> => ({
    name: '',
    kind: 'campaign',
    color: CAMPAIGN_PALETTE[calendar.campaigns.length % CAMPAIGN_PALETTE.length],
    startDate: today,
    endDate: today,
  });
  const [draft, setDraft] = useState(blank);
  const valid = draft.name.trim() !== '' && draft.endDate >= draft.startDate;
  const add = async () => {
    const campaign: Campaign = { ...draft, name: draft.name.trim(), id: newId() };
    if (await onSave((c) => upsertCampaign(c, campaign))) setDraft(blank());
  };
  return (
    <section className="cal-panel" data-testid="cal-campaigns">
      <h3>{t('calendar.dash.campaignsTitle')}</h3>
      {calendar.campaigns.length === 0 && <p className="ob-muted">{t('calendar.dash.campaignsNone')}</p>}
      <ul className="cal-list">
        {calendar.campaigns.map((c) => (
          <li key={c.id} data-testid="cal-campaign">
            <span className="cal-swatch" style={{ background: c.color }} />
            {t(`calendar.campaign.kind.${c.kind}`)}: <strong>{c.name}</strong>{' '}
            {formatLocalDate(locale, c.startDate)} – {formatLocalDate(locale, c.endDate)}
            <button
              type="button"
              data-testid="cal-campaign-delete"
              onClick={() => void onSave((cal) => deleteCampaign(cal, c.id))}
            >
              {t('calendar.action.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="cal-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void add();
        }}
      >
        <input
          aria-label={t('calendar.dash.campaignName')}
          placeholder={t('calendar.dash.campaignName')}
          data-testid="cal-campaign-name"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        <select
          aria-label={t('calendar.dash.campaignKind')}
          data-testid="cal-campaign-kind"
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as Campaign['kind'] })}
        >
          <option value="campaign">{t('calendar.campaign.kind.campaign')}</option>
          <option value="theme">{t('calendar.campaign.kind.theme')}</option>
        </select>
        <input
          type="color"
          aria-label={t('calendar.dash.campaignColor')}
          data-testid="cal-campaign-color"
          value={draft.color}
          onChange={(e) => setDraft({ ...draft, color: e.target.value })}
        />
        <input
          type="date"
          aria-label={t('calendar.dash.campaignStart')}
          data-testid="cal-campaign-start"
          value={draft.startDate}
          onChange={(e) => setDraft({ ...draft, startDate: e.target.value })}
        />
        <input
          type="date"
          aria-label={t('calendar.dash.campaignEnd')}
          data-testid="cal-campaign-end"
          value={draft.endDate}
          onChange={(e) => setDraft({ ...draft, endDate: e.target.value })}
        />
        <button type="submit" data-testid="cal-campaign-add" disabled={!valid}>
          {t('calendar.dash.campaignAdd')}
        </button>
      </form>
    </section>
  );
}
