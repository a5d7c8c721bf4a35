import { useMemo, useState } from 'react';
import { checkTemplate, searchTemplates, type Template, type TemplateLibrary } from '@/lib/templates';
import { useT } from '../../shared/i18n';
import { ImportExport } from '../templates/ImportExport';
import { TemplateEditor } from '../templates/TemplateEditor';
import { TemplateList } from '../templates/TemplateList';
import { TriggerSetting } from '../templates/TriggerSetting';
import { useKitCheck } from '../templates/useKitCheck';
import { useTemplateLibrary } from '../templates/useTemplateLibrary';
import { shareWithTeam, useTeamShare } from '../team/useTeamShare';
import '../templates/templates.css';

const newId = () => `tpl-${crypto.randomUUID()}`;

export function TemplatesTab() {
  const t = useT();
  const { library, update } = useTemplateLibrary();
  const share = useTeamShare();
  const kit = useKitCheck();
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  /** A new template being written; it joins the library on its first save. */
  const [unsaved, setUnsaved] = useState<Template | null>(null);

  const allTags = useMemo(
    () => [...new Set(library?.templates.flatMap((tpl) => tpl.tags) ?? [])].sort(),
    [library],
  );
  const visible = useMemo(() => {
    if (!library) return [];
    const matched = query.trim() ? searchTemplates(library, query).map((m) => m.template) : library.templates;
    return tag ? matched.filter((tpl) => tpl.tags.includes(tag)) : matched;
  }, [library, query, tag]);
  const issues = useMemo(() => {
    const counts = new Map<string, number>();
    if (!library || !kit.checker) return counts;
    for (const template of library.templates) {
      const serious = checkTemplate(kit.checker, template, { brand: kit.brand, myName: kit.myName }).filter(
        (f) => f.finding.severity !== 'info',
      );
      if (serious.length) counts.set(template.id, serious.length);
    }
    return counts;
  }, [library, kit]);

  if (!library)
    return (
      <section data-testid="templates-tab" aria-busy="true">
        <h2>{t('dash.tab.templates')}</h2>
      </section>
    );

  const editing = unsaved ?? library.templates.find((tpl) => tpl.id === selectedId) ?? null;
  const withTemplates = (templates: Template[]): TemplateLibrary => ({ ...library, templates });

  const create = () => {
    const now = Date.now();
    setUnsaved({
      id: newId(),
      name: t('tpl.newName'),
      body: '',
      language: 'both',
      tags: [],
      platforms: [],
      shortcut: '',
      createdAt: now,
      updatedAt: now,
    });
    setSelectedId(null);
  };

  const save = async (template: Template) => {
    const exists = library.templates.some((tpl) => tpl.id === template.id);
    const templates = exists
      ? library.templates.map((tpl) => (tpl.id === template.id ? template : tpl))
      : [template, ...library.templates];
    await update(withTemplates(templates));
    setUnsaved(null);
    setSelectedId(template.id);
  };

  const move = (id: string, direction: -1 | 1) => {
    // Swap with the neighbour in the visible list, so reordering works under a tag filter too.
    const at = visible.findIndex((tpl) => tpl.id === id);
    const neighbour = visible[at + direction];
    if (!neighbour) return;
    const templates = [...library.templates];
    const i = templates.findIndex((tpl) => tpl.id === id);
    const j = templates.findIndex((tpl) => tpl.id === neighbour.id);
    [templates[i], templates[j]] = [templates[j], templates[i]];
    void update(withTemplates(templates));
  };

  const duplicate = (id: string) => {
    const index = library.templates.findIndex((tpl) => tpl.id === id);
    const original = library.templates[index];
    const now = Date.now();
    // The copy gets no shortcut, so the original's keeps inserting the original.
    const copy: Template = {
      ...structuredClone(original),
      id: newId(),
      name: t('tpl.copyName', { name: original.name }).slice(0, 100),
      shortcut: '',
      createdAt: now,
      updatedAt: now,
    };
    const templates = [...library.templates];
    templates.splice(index + 1, 0, copy);
    void update(withTemplates(templates));
    setUnsaved(null);
    setSelectedId(copy.id);
  };

  const remove = (id: string) => {
    const usage = { ...library.usage };
    delete usage[id];
    void update({ ...withTemplates(library.templates.filter((tpl) => tpl.id !== id)), usage });
    // A planner deleting one of the team's templates takes it out of the team's library (every member's too).
    if (share?.planner && share.templates.has(id))
      void shareWithTeam('templates', [{ id, entry: undefined }]);
    if (selectedId === id) setSelectedId(null);
  };

  return (
    <section data-testid="templates-tab" className="tpl-tab">
      <h2>{t('dash.tab.templates')}</h2>
      <p className="ob-muted">{t('dash.templates.intro')}</p>
      <div className="tpl-toolbar">
        <button type="button" className="ob-primary" data-testid="templates-new" onClick={create}>
          {t('tpl.new')}
        </button>
        <ImportExport library={library} onImport={update} />
      </div>
      <TriggerSetting trigger={library.trigger} onSave={(trigger) => update({ ...library, trigger })} />
      <div className="tpl-layout">
        <div className="tpl-sidebar">
          <div className="tpl-filters">
            <label className="ob-field">
              <span>{t('tpl.search')}</span>
              <input
                type="search"
                data-testid="templates-search"
                placeholder={t('tpl.search.placeholder')}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </label>
            <label className="ob-field">
              <span>{t('tpl.tagFilter')}</span>
              <select data-testid="templates-tag-filter" value={tag} onChange={(e) => setTag(e.target.value)}>
                <option value="">{t('tpl.tagFilter.all')}</option>
                {allTags.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="ob-muted" data-testid="templates-count">
            {t('tpl.count', { shown: visible.length, total: library.templates.length })}
          </p>
          <TemplateList
            library={library}
            visible={visible}
            reorderable={!query.trim()}
            selectedId={unsaved ? null : selectedId}
            issues={issues}
            onSelect={(id) => {
              setUnsaved(null);
              setSelectedId(id);
            }}
            onMove={move}
            onDuplicate={duplicate}
            onDelete={remove}
          />
        </div>
        <div className="tpl-detail">
          {editing ? (
            <TemplateEditor
              key={editing.id}
              initial={editing}
              trigger={library.trigger}
              kit={kit}
              onSave={save}
              onDiscard={() => {
                setUnsaved(null);
                setSelectedId(null);
              }}
            />
          ) : (
            <p className="ob-muted" data-testid="templates-no-selection">
              {t('tpl.noSelection')}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
