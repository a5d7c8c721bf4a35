import { useEffect, useState } from 'react';
import { GATE_MODES, parseBrandKit, type BrandKit } from '@/lib/engine';
import type { ManagedProblem } from '@/lib/kits/managed-kit';
import { addKit, removeKit, replaceKit, setActiveKit } from '@/lib/kits/kit-library';
import { useT, type Translate } from '../../shared/i18n';
import { SectionNav, type NavTarget } from '../../shared/SectionNav';
import { BannedTermsEditor } from '../kit/BannedTermsEditor';
import { GateEditor } from '../kit/GateEditor';
import { HolidaysEditor } from '../kit/HolidaysEditor';
import { ImportExport } from '../kit/ImportExport';
import { PatternsEditor } from '../kit/PatternsEditor';
import { PlatformsEditor } from '../kit/PlatformsEditor';
import { PreferredTermsEditor } from '../kit/PreferredTermsEditor';
import { PrivacyEditor } from '../kit/PrivacyEditor';
import { ProfileEditor } from '../kit/ProfileEditor';
import { SiteAssignments } from '../kit/SiteAssignments';
import { TestBench } from '../kit/TestBench';
import { ToneEditor } from '../kit/ToneEditor';
import { Section } from '../kit/fields';
import { useKitWorkspace } from '../kit/useKitWorkspace';
import { Onboarding } from '../onboarding/Onboarding';
import '../kit/kit.css';

/**
 * The brand kit: first-run setup until a kit is saved, then the editor of the library's kits. Edits collect in a
 * draft and are validated as a whole on Save. A kit pushed by the organisation is shown read-only.
 */
export function KitTab() {
  const t = useT();
  const { workspace, prefsLocation, saveLibrary, savePrefs } = useKitWorkspace();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ id: string; kit: BrandKit } | null>(null);
  const [saveErrors, setSaveErrors] = useState<string[]>([]);
  const [savedAt, setSavedAt] = useState(0);

  const library = workspace?.library;
  const managedKit = workspace?.managed.kit ?? null;
  const editingId =
    selectedId && library?.kits.some((k) => k.id === selectedId) ? selectedId : library?.activeId;
  const stored = library?.kits.find((k) => k.id === editingId) ?? library?.kits[0];
  useEffect(() => setSaveErrors([]), [editingId]);

  if (!workspace || !library || !stored) return <KitSkeleton />;
  if (!workspace.saved && !managedKit) {
    return (
      <section data-testid="kit-tab">
        <Onboarding
          onFinish={async (kit) =>
            saveLibrary({ version: 1, activeId: 'main', kits: [{ id: 'main', kit, updatedAt: Date.now() }] })
          }
        />
      </section>
    );
  }

  const readOnly = managedKit !== null;
  const kit = readOnly ? managedKit : draft?.id === stored.id ? draft.kit : stored.kit;
  const dirty = !readOnly && draft?.id === stored.id && draft.kit !== stored.kit;
  const edit = (next: BrandKit) => setDraft({ id: stored.id, kit: next });
  const sections: NavTarget[] = (
    [
      'bench',
      'share',
      'profile',
      'banned',
      'preferred',
      'patterns',
      'tone',
      'privacy',
      'platforms',
      'gate',
      'holidays',
      'sites',
    ] as const
  ).map((id) => ({ id: `kit-section-${id}`, label: t(`kit.section.${id}`) }));
  const nav = <SectionNav label={t('kit.nav.label')} testId="kit-nav" targets={sections} />;

  const save = async () => {
    const parsed = parseBrandKit(kit);
    if (!parsed.ok) return setSaveErrors(parsed.errors.map((e) => `${e.path}: ${e.message}`));
    setSaveErrors([]);
    await saveLibrary(replaceKit(library, stored.id, parsed.kit));
    setDraft(null);
    setSavedAt(Date.now());
  };
  const addNew = async (newKit: BrandKit) => {
    const next = addKit(library, newKit);
    await saveLibrary(next);
    setSelectedId(next.kits[next.kits.length - 1].id);
    setDraft(null);
  };

  return (
    <section data-testid="kit-tab" className="kit-tab">
      <h2>{t('dash.tab.kit')}</h2>
      {readOnly && (
        <div className="kit-managed" role="note" data-testid="kit-managed-banner">
          <strong>{t('kit.managed.title')}</strong> {t('kit.managed.body', { name: managedKit.profile.name })}
        </div>
      )}
      {workspace.managed.problems.length > 0 && (
        <div className="kit-error-box" role="alert" data-testid="kit-managed-problems">
          {t('kit.managed.problems')}{' '}
          {workspace.managed.problems.map((problem) => describeManagedProblem(t, problem)).join(' · ')}
        </div>
      )}
      {!readOnly && (
        <div className="kit-row kit-picker" data-testid="kit-picker">
          <label className="ob-field">
            <span>{t('kit.picker.editing')}</span>
            <select
              value={stored.id}
              data-testid="kit-select"
              onChange={(e) => {
                setSelectedId(e.target.value);
                setDraft(null);
              }}
            >
              {library.kits.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.kit.profile.name}
                  {k.id === library.activeId ? ` (${t('kit.picker.activeMark')})` : ''}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={stored.id === library.activeId}
            data-testid="kit-make-active"
            onClick={() => saveLibrary(setActiveKit(library, stored.id))}
          >
            {t('kit.picker.makeActive')}
          </button>
          <button
            type="button"
            data-testid="kit-duplicate"
            onClick={() =>
              addNew({
                ...structuredClone(kit),
                profile: { ...kit.profile, name: t('kit.picker.copyOf', { name: kit.profile.name }) },
              })
            }
          >
            {t('kit.picker.duplicate')}
          </button>
          <button
            type="button"
            disabled={library.kits.length < 2}
            className="kit-danger"
            data-testid="kit-delete"
            onClick={() => {
              setSelectedId(null);
              void saveLibrary(removeKit(library, stored.id));
            }}
          >
            {t('kit.delete')}
          </button>
          <span className="ob-muted" data-testid="kit-summary">
            {t('dash.kit.terms', {
              count: kit.bannedTerms.length,
              preferred: kit.preferredTerms?.length ?? 0,
            })}
          </span>
        </div>
      )}
      {!readOnly && (
        <div className="kit-savebar" data-testid="kit-savebar">
          <button
            type="button"
            className="kit-primary"
            disabled={!dirty}
            onClick={save}
            data-testid="kit-save"
          >
            {t('kit.save')}
          </button>
          <button
            type="button"
            disabled={!dirty}
            onClick={() => {
              setDraft(null);
              setSaveErrors([]);
            }}
            data-testid="kit-discard"
          >
            {t('kit.discard')}
          </button>
          {dirty && (
            <span className="ob-muted" data-testid="kit-dirty">
              {t('kit.unsaved')}
            </span>
          )}
          {!dirty && savedAt > 0 && (
            <span className="ob-muted" data-testid="kit-saved">
              {t('kit.savedNote')}
            </span>
          )}
          {saveErrors.length > 0 && (
            <ul className="kit-error" role="alert" data-testid="kit-save-errors">
              {saveErrors.slice(0, 10).map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          {nav}
        </div>
      )}
      {readOnly && nav}
      <Section title={t('kit.section.bench')} testId="kit-section-bench" open>
        <TestBench kit={kit} />
      </Section>
      <Section title={t('kit.section.share')} testId="kit-section-share" open>
        <ImportExport
          kit={kit}
          readOnly={readOnly}
          onReplace={async (imported) => {
            await saveLibrary(replaceKit(library, stored.id, imported));
            setDraft(null);
            setSavedAt(Date.now());
          }}
          onAddAsNew={addNew}
        />
      </Section>
      {/* A managed kit: every control below is disabled (read-only for the user). Keyed by kit so field state resets. */}
      <fieldset
        disabled={readOnly}
        className="kit-editors"
        data-testid="kit-editors"
        key={readOnly ? 'managed' : stored.id}
      >
        <Section title={t('kit.section.profile')} testId="kit-section-profile" open>
          <ProfileEditor kit={kit} onChange={edit} />
        </Section>
        <Section title={t('kit.section.banned')} testId="kit-section-banned" open>
          <BannedTermsEditor kit={kit} onChange={edit} />
        </Section>
        <Section title={t('kit.section.preferred')} testId="kit-section-preferred">
          <PreferredTermsEditor kit={kit} onChange={edit} />
        </Section>
        <Section title={t('kit.section.patterns')} testId="kit-section-patterns">
          <PatternsEditor kit={kit} onChange={edit} />
        </Section>
        <Section title={t('kit.section.tone')} testId="kit-section-tone">
          <ToneEditor kit={kit} onChange={edit} />
        </Section>
        <Section title={t('kit.section.privacy')} testId="kit-section-privacy">
          <PrivacyEditor kit={kit} onChange={edit} />
        </Section>
        <Section title={t('kit.section.platforms')} testId="kit-section-platforms">
          <PlatformsEditor kit={kit} onChange={edit} />
        </Section>
        <Section title={t('kit.section.gate')} testId="kit-section-gate">
          <GateEditor kit={kit} onChange={edit} enforced={workspace.managed.gateMode} />
        </Section>
        <Section title={t('kit.section.holidays')} testId="kit-section-holidays">
          <HolidaysEditor kit={kit} onChange={edit} />
        </Section>
      </fieldset>
      <Section title={t('kit.section.sites')} testId="kit-section-sites">
        <SiteAssignments
          library={library}
          prefs={workspace.prefs}
          location={prefsLocation}
          onChange={savePrefs}
        />
      </Section>
    </section>
  );
}

/** A pushed policy value that was ignored, in the UI language (the validation details already are). */
function describeManagedProblem(t: Translate, problem: ManagedProblem): string {
  if (problem.field === 'gateMode')
    return t('kit.managed.gateModeInvalid', { value: problem.value, modes: GATE_MODES.join(', ') });
  const errors = problem.errors.map((error) =>
    [error.path, error.line !== undefined ? t('kit.import.line', { line: error.line }) : '', error.message]
      .filter(Boolean)
      .join(', '),
  );
  return `brandKit: ${errors.join('; ')}`;
}

/** Shown for the few milliseconds the kits take to load, so the page is never blank. */
function KitSkeleton() {
  const t = useT();
  return (
    <section data-testid="kit-tab" aria-busy="true">
      <h2>{t('dash.tab.kit')}</h2>
      <p className="ob-muted" data-testid="kit-loading">
        {t('dash.loading')}
      </p>
      {[70, 90, 55, 80].map((width) => (
        <div key={width} className="kit-skeleton-bar" style={{ width: `${width}%` }} />
      ))}
    </section>
  );
}
