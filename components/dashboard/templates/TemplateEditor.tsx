import { useEffect, useRef, useState } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { PLATFORM_IDS, type PlatformId } from '@/lib/platforms';
import {
  TEMPLATE_LANGUAGES,
  templateSchema,
  type Template,
  checkTemplate,
  formatPath,
  type TemplateFinding,
  type TemplateLanguage,
} from '@/lib/templates';
import { useT } from '../../shared/i18n';
import { shareWithTeam, useTeamShare } from '../team/useTeamShare';
import { TeamShareControls, type TeamShareWords } from '../team/TeamShareControls';
import { CheckResults } from './CheckResults';
import { TemplatePreview } from './TemplatePreview';
import { languageLabel, platformLabel } from './labels';
import type { KitCheck } from './useKitCheck';

/** Sites a template can be written for ("generic" is the fallback for other sites, not a choice here). */
const SITE_PLATFORMS = PLATFORM_IDS.filter((p) => p !== 'generic');
const VARIABLES: [id: string, syntax: string][] = [
  ['author', '{author}'],
  ['brand', '{brand}'],
  ['my_name', '{my_name}'],
  ['today', '{today}'],
  ['date', '{date+3}'],
  ['custom', '{?order number}'],
  ['caret', '{|}'],
];

const TEMPLATE_SHARE_WORDS: TeamShareWords = {
  share: 'tpl.team.share',
  shared: 'tpl.team.shared',
  plannersOnly: 'tpl.team.plannersOnly',
  refused: 'tpl.team.refused',
};

interface Props {
  initial: Template;
  trigger: string;
  kit: KitCheck;
  onSave(template: Template): Promise<void>;
  onDiscard(): void;
}

const FIELD_ERRORS: Record<string, MessageKey> = {
  name: 'tpl.error.name',
  body: 'tpl.error.body',
  shortcut: 'tpl.error.shortcut',
  tags: 'tpl.error.tags',
};

function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** Editing one template: fields, variants, live preview; on save it is validated, stored and checked against the kit. */
export function TemplateEditor({ initial, trigger, kit, onSave, onDiscard }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<Template>(initial);
  const [tagsText, setTagsText] = useState(initial.tags.join(', '));
  const [errors, setErrors] = useState<string[]>([]);
  const [findings, setFindings] = useState<TemplateFinding[] | null | undefined>(undefined);
  // Saved before the kit finished compiling: check as soon as it is ready instead of leaving "still loading".
  useEffect(() => {
    if (findings === null && kit.checker)
      setFindings(checkTemplate(kit.checker, draft, { brand: kit.brand, myName: kit.myName }));
  }, [findings, kit.checker, kit.brand, kit.myName, draft]);
  const [previewPlatform, setPreviewPlatform] = useState<PlatformId>(initial.platforms[0] ?? 'generic');
  const [variantPlatform, setVariantPlatform] = useState<PlatformId>('x');
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const now = useRef(Date.now()).current;

  const change = (patch: Partial<Template>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setFindings(undefined);
  };

  const insertVariable = (variable: string) => {
    const area = bodyRef.current;
    const start = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? start;
    change({ body: draft.body.slice(0, start) + variable + draft.body.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + variable.length, start + variable.length);
    });
  };

  const togglePlatform = (platform: PlatformId, on: boolean) =>
    change({
      platforms: on
        ? SITE_PLATFORMS.filter((p) => p === platform || draft.platforms.includes(p))
        : draft.platforms.filter((p) => p !== platform),
    });

  const setVariant = (platform: PlatformId, text: string | undefined) => {
    const variants = { ...draft.variants };
    if (text === undefined) delete variants[platform];
    else variants[platform] = text;
    change({ variants: Object.keys(variants).length ? variants : undefined });
  };

  // The team's template library: a planner's saved template goes to the team when shared (a team template always
  // is; one of their own when they tick it: the starter set is not the team's); for everyone else a team template
  // is the team's to change.
  const share = useTeamShare();
  const teamTemplate = !!share?.templates.has(initial.id);
  const [shareNew, setShareNew] = useState(false);
  const sharing = !!share?.planner && (teamTemplate || shareNew);
  const teamsOnly = !!share && !share.planner && teamTemplate;
  const [shareProblem, setShareProblem] = useState<string | null>(null);

  const save = async () => {
    const variants = Object.fromEntries(
      Object.entries(draft.variants ?? {}).filter(([, text]) => text?.trim()),
    );
    const candidate: Template = {
      ...draft,
      name: draft.name.trim(),
      shortcut: draft.shortcut.trim(),
      tags: parseTags(tagsText),
      variants: Object.keys(variants).length ? variants : undefined,
      updatedAt: Date.now(),
    };
    if (!candidate.variants) delete candidate.variants;
    const parsed = templateSchema().safeParse(candidate);
    if (!parsed.success) {
      const messages = parsed.error.issues.map((issue) => {
        const key = FIELD_ERRORS[String(issue.path[0])];
        return key ? t(key) : `${formatPath(issue.path)}: ${issue.message}`;
      });
      setErrors([...new Set(messages)]);
      return;
    }
    setErrors([]);
    await onSave(parsed.data);
    if (sharing)
      setShareProblem(await shareWithTeam('templates', [{ id: parsed.data.id, entry: parsed.data }]));
    setDraft(parsed.data);
    setFindings(
      kit.checker ? checkTemplate(kit.checker, parsed.data, { brand: kit.brand, myName: kit.myName }) : null,
    );
  };

  const variantEntries = Object.entries(draft.variants ?? {}) as [PlatformId, string][];
  const previewChoices: PlatformId[] = ['generic', ...SITE_PLATFORMS];

  return (
    <form
      className="tpl-editor"
      data-testid="template-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="tpl-row">
        <label className="ob-field tpl-grow">
          <span>{t('tpl.field.name')}</span>
          <input
            data-testid="template-name-input"
            value={draft.name}
            maxLength={100}
            onChange={(e) => change({ name: e.target.value })}
          />
        </label>
        <label className="ob-field">
          <span>{t('tpl.field.shortcut')}</span>
          <input
            data-testid="template-shortcut-input"
            value={draft.shortcut}
            maxLength={30}
            size={10}
            onChange={(e) => change({ shortcut: e.target.value })}
          />
        </label>
        <label className="ob-field">
          <span>{t('tpl.field.language')}</span>
          <select
            data-testid="template-language-select"
            value={draft.language}
            onChange={(e) => change({ language: e.target.value as TemplateLanguage })}
          >
            {TEMPLATE_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(languageLabel(language))}
              </option>
            ))}
          </select>
        </label>
      </div>
      {draft.shortcut && (
        <p className="ob-muted">{t('tpl.field.shortcut.help', { trigger, shortcut: draft.shortcut })}</p>
      )}

      <label className="ob-field">
        <span>{t('tpl.field.tags')}</span>
        <input
          data-testid="template-tags-input"
          value={tagsText}
          onChange={(e) => {
            setTagsText(e.target.value);
            setFindings(undefined);
          }}
        />
      </label>

      <fieldset className="tpl-platforms" data-testid="template-platforms">
        <legend>{t('tpl.field.platforms')}</legend>
        {SITE_PLATFORMS.map((platform) => (
          <label key={platform}>
            <input
              type="checkbox"
              data-testid={`template-platform-${platform}`}
              checked={draft.platforms.includes(platform)}
              onChange={(e) => togglePlatform(platform, e.target.checked)}
            />{' '}
            {t(platformLabel(platform))}
          </label>
        ))}
      </fieldset>

      <label className="ob-field">
        <span>{t('tpl.field.body')}</span>
        <textarea
          ref={bodyRef}
          data-testid="template-body-input"
          rows={5}
          value={draft.body}
          maxLength={5000}
          onChange={(e) => change({ body: e.target.value })}
        />
      </label>
      <p className="ob-muted">{t('tpl.field.body.help')}</p>
      <div className="tpl-row tpl-variables" role="group" aria-label={t('tpl.insertVariable')}>
        <span className="ob-muted">{t('tpl.insertVariable')}:</span>
        {VARIABLES.map(([id, syntax]) => (
          <button
            key={id}
            type="button"
            data-testid={`template-insert-${id}`}
            onClick={() => insertVariable(syntax)}
          >
            <code>{syntax}</code>
          </button>
        ))}
      </div>

      <details className="tpl-variants" open={variantEntries.length > 0}>
        <summary data-testid="template-variants-toggle">
          {t('tpl.variants')} ({variantEntries.length})
        </summary>
        <p className="ob-muted">{t('tpl.variants.help')}</p>
        {variantEntries.map(([platform, text]) => (
          <div key={platform} className="tpl-variant" data-testid={`template-variant-${platform}`}>
            <label className="ob-field">
              <span>{t(platformLabel(platform))}</span>
              <textarea
                data-testid={`template-variant-input-${platform}`}
                rows={3}
                value={text}
                maxLength={5000}
                onChange={(e) => setVariant(platform, e.target.value)}
              />
            </label>
            <button
              type="button"
              data-testid={`template-variant-remove-${platform}`}
              onClick={() => setVariant(platform, undefined)}
            >
              {t('tpl.variants.remove')}
            </button>
          </div>
        ))}
        <div className="tpl-row">
          <label>
            <span className="ob-muted">{t('tpl.variants.platform')} </span>
            <select
              data-testid="template-variant-platform"
              value={variantPlatform}
              onChange={(e) => setVariantPlatform(e.target.value as PlatformId)}
            >
              {SITE_PLATFORMS.filter((p) => !draft.variants?.[p]).map((platform) => (
                <option key={platform} value={platform}>
                  {t(platformLabel(platform))}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            data-testid="template-variant-add"
            disabled={Boolean(draft.variants?.[variantPlatform])}
            onClick={() => {
              setVariant(variantPlatform, draft.body);
              setPreviewPlatform(variantPlatform);
              setVariantPlatform(
                SITE_PLATFORMS.find((p) => p !== variantPlatform && !draft.variants?.[p]) ?? 'x',
              );
            }}
          >
            {t('tpl.variants.add')}
          </button>
        </div>
      </details>

      <section className="tpl-preview-section" aria-label={t('tpl.preview')}>
        <div className="tpl-row">
          <h3>{t('tpl.preview')}</h3>
          <label>
            <span className="ob-muted">{t('tpl.preview.platform')} </span>
            <select
              data-testid="template-preview-platform"
              value={previewPlatform}
              onChange={(e) => setPreviewPlatform(e.target.value as PlatformId)}
            >
              {previewChoices.map((platform) => (
                <option key={platform} value={platform}>
                  {t(platformLabel(platform))}
                </option>
              ))}
            </select>
          </label>
        </div>
        <TemplatePreview
          draft={{ ...draft, tags: parseTags(tagsText) }}
          platform={previewPlatform}
          brand={kit.brand}
          myName={kit.myName}
          now={now}
        />
      </section>

      {errors.length > 0 && (
        <div className="tpl-errors" role="alert" data-testid="template-errors">
          <p>{t('tpl.invalid')}</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}

      <TeamShareControls
        share={share}
        isTeams={teamTemplate}
        offerShare
        checked={shareNew}
        onChange={setShareNew}
        problem={shareProblem}
        words={TEMPLATE_SHARE_WORDS}
        className="tpl-share"
      />

      <div className="tpl-row">
        <button type="submit" className="ob-primary" data-testid="template-save" disabled={teamsOnly}>
          {t('tpl.save')}
        </button>
        <button type="button" data-testid="template-discard" onClick={onDiscard}>
          {t('tpl.cancel')}
        </button>
        {findings !== undefined && (
          <span className="tpl-ok" role="status" data-testid="template-saved">
            {t('tpl.saved')}
          </span>
        )}
      </div>

      {findings !== undefined && (
        <section className="tpl-check" aria-label={t('tpl.check.title')} data-testid="template-check">
          <h3>{t('tpl.check.title')}</h3>
          <CheckResults findings={findings} />
        </section>
      )}
    </form>
  );
}
