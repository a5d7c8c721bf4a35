import { useState } from 'react';
import { GATE_MODES } from '@/lib/engine';
import { normalizeHostname, type KitPrefs } from '@/lib/kits/kit-prefs';
import type { KitLibrary } from '@/lib/kits/kit-library-schema';
import { useT } from '../../shared/i18n';

/** Which kit each site uses (synced across the user's browsers), and the preferred gate mode. */
export function SiteAssignments(props: {
  library: KitLibrary;
  prefs: KitPrefs;
  location: 'sync' | 'local' | null;
  onChange: (prefs: KitPrefs) => void;
}) {
  const t = useT();
  const { library, prefs } = props;
  const [host, setHost] = useState('');
  const [kitId, setKitId] = useState(library.kits[0]?.id ?? '');
  const normalized = normalizeHostname(host);
  const nameOf = (id: string) =>
    library.kits.find((k) => k.id === id)?.kit.profile.name ?? t('kit.sites.missing');
  const setSites = (siteKits: Record<string, string>) => props.onChange({ ...prefs, siteKits });
  return (
    <div className="kit-col">
      <ul className="kit-plain" data-testid="site-list">
        {Object.entries(prefs.siteKits).map(([site, id]) => (
          <li key={site} className="kit-row" data-testid={`site-${site}`}>
            <code>{site}</code> → {nameOf(id)}
            <button
              type="button"
              data-testid={`site-remove-${site}`}
              onClick={() => {
                const next = { ...prefs.siteKits };
                delete next[site];
                setSites(next);
              }}
            >
              {t('kit.delete')}
            </button>
          </li>
        ))}
        {!Object.keys(prefs.siteKits).length && <li className="ob-muted">{t('kit.sites.none')}</li>}
      </ul>
      <div className="kit-row kit-add">
        <input
          value={host}
          placeholder="x.com"
          aria-label={t('kit.sites.host')}
          onChange={(e) => setHost(e.target.value)}
          data-testid="site-host"
        />
        <select
          value={kitId}
          onChange={(e) => setKitId(e.target.value)}
          data-testid="site-kit"
          aria-label={t('kit.sites.kit')}
        >
          {library.kits.map((k) => (
            <option key={k.id} value={k.id}>
              {k.kit.profile.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!normalized || !kitId}
          data-testid="site-add"
          onClick={() => {
            setSites({ ...prefs.siteKits, [normalized!]: kitId });
            setHost('');
          }}
        >
          {t('kit.sites.assign')}
        </button>
        {host && !normalized && <span className="kit-error">{t('kit.sites.badHost')}</span>}
      </div>
      <label className="ob-field">
        <span>{t('kit.sites.gatePref')}</span>
        <select
          value={prefs.gateMode ?? ''}
          data-testid="gate-preference"
          onChange={(e) =>
            props.onChange({ ...prefs, gateMode: (e.target.value || undefined) as KitPrefs['gateMode'] })
          }
        >
          <option value="">{t('kit.sites.gatePrefKit')}</option>
          {GATE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`kit.gate.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      {props.location && (
        <p className="ob-muted" data-testid="prefs-location">
          {t(props.location === 'sync' ? 'kit.sites.synced' : 'kit.sites.local')}
        </p>
      )}
    </div>
  );
}
