import { useEffect, useRef, useState } from 'react';
import { send } from '@/lib/messaging/client';
import type { MessageKey } from '@/lib/i18n';
import type { MemberRow } from '@/lib/community/members/query';
import { formatBirthday, parseBirthday } from '@/lib/community/members/birthday';
import { FEEDBACK_TAGS } from '@/lib/records/reports/feedback';
import { refusedRole } from '@/lib/team/roles';
import { useT } from '../../shared/i18n';
import { platformLabel, tagLabel } from '../reports/format';

// One member's notes, birthday and feedback tags, edited from the Members tab. The birthday is checked here
// (the reason shown at the field) and again by the background, which masks the notes like the log.

export function MemberEditor(props: { member: MemberRow; onClose(): void; onSaved(row: MemberRow): void }) {
  const t = useT();
  const { member } = props;
  const name = member.displayName ?? member.handle;
  const [notes, setNotes] = useState(member.notes);
  const [birthday, setBirthday] = useState(formatBirthday(member));
  const [tags, setTags] = useState<ReadonlySet<string>>(new Set(member.tags));
  const [birthdayError, setBirthdayError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), [member.id]);

  const save = async () => {
    const text = birthday.trim();
    const parsed = text ? parseBirthday(text) : null;
    if (parsed && 'error' in parsed) {
      setBirthdayError(t(`members.birthday.error.${parsed.error}` as MessageKey));
      return;
    }
    setBirthdayError(null);
    // Only what the manager changed: in team mode the rest may have been edited by someone else meanwhile, and a
    // field sent unchanged would write this tab's older copy over it.
    const nextBirthday = parsed ? formatBirthday(parsed) : null;
    const nextTags = FEEDBACK_TAGS.filter((tag) => tags.has(tag));
    const sameTags =
      nextTags.length === member.tags.length && nextTags.every((tag) => member.tags.includes(tag));
    try {
      const row = await send('community.members.update', {
        id: member.id,
        ...(notes !== member.notes ? { notes } : {}),
        ...(nextBirthday !== (formatBirthday(member) || null) ? { birthday: nextBirthday } : {}),
        ...(sameTags ? {} : { tags: nextTags }),
      });
      props.onSaved(row);
    } catch (error) {
      // The worker's and the team server's words are English: the person reads a message in their language, by
      // what went wrong (the team refused this role, or anything else); the words stay in the console.
      console.warn('Onbrand: member not saved', error);
      const role = refusedRole(error instanceof Error ? error.message : String(error));
      setFailure(
        role
          ? t('members.edit.error.refused', { role: t(`team.role.${role}`) })
          : t('members.edit.error.failed'),
      );
    }
  };
  const toggle = (tag: string) =>
    setTags((old) => {
      const next = new Set(old);
      if (!next.delete(tag)) next.add(tag);
      return next;
    });
  return (
    <form
      data-testid="member-editor"
      aria-label={t('members.edit.title', { name })}
      style={{
        display: 'grid',
        gap: 8,
        margin: '8px 0',
        padding: 12,
        maxWidth: 560,
        border: '1px solid var(--border, #cbd5e1)',
        borderRadius: 8,
      }}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => event.key === 'Escape' && props.onClose()}
    >
      <h3 style={{ margin: 0 }}>
        {t('members.edit.title', { name })}{' '}
        <span className="ob-muted">({platformLabel(t, member.platform)})</span>
      </h3>
      <label style={{ display: 'grid', gap: 4 }}>
        <span>{t('members.edit.notes')}</span>
        <textarea
          ref={first}
          data-testid="member-edit-notes"
          rows={3}
          maxLength={4000}
          value={notes}
          aria-describedby="member-edit-notes-hint"
          onChange={(event) => setNotes(event.target.value)}
        />
        <span id="member-edit-notes-hint" className="ob-muted">
          {t('members.edit.notesHint')}
        </span>
      </label>
      <label style={{ display: 'grid', gap: 4 }}>
        <span>{t('members.edit.birthday')}</span>
        <input
          data-testid="member-edit-birthday"
          value={birthday}
          placeholder="03-14"
          maxLength={20}
          aria-invalid={birthdayError ? true : undefined}
          aria-describedby={birthdayError ? 'member-edit-birthday-error' : undefined}
          onChange={(event) => setBirthday(event.target.value)}
        />
        {birthdayError && (
          <span id="member-edit-birthday-error" role="alert" data-testid="member-edit-birthday-error">
            {birthdayError}
          </span>
        )}
      </label>
      <fieldset style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <legend>{t('members.edit.tags')}</legend>
        {FEEDBACK_TAGS.map((tag) => (
          <label key={tag}>
            <input
              type="checkbox"
              data-testid={`member-edit-tag-${tag}`}
              checked={tags.has(tag)}
              onChange={() => toggle(tag)}
            />{' '}
            {tagLabel(t, tag)}
          </label>
        ))}
      </fieldset>
      {failure && (
        <p role="alert" data-testid="member-edit-error">
          {failure}
        </p>
      )}
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="submit" data-testid="member-edit-save">
          {t('members.edit.save')}
        </button>
        <button type="button" data-testid="member-edit-cancel" onClick={props.onClose}>
          {t('members.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
