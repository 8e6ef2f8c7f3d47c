/**
 * Edits title, status, priority, description, owner and owning team; sends only what changed, in
 * one PATCH with If-Match. The record stays live while it is edited: a change someone else saved
 * is merged into the form (record-merge.ts) — fields only they changed take their value, a field
 * both changed shows both values for the user to choose — and the save carries the newest ETag.
 * A 412 (a change that arrived between two polls) asks for the record at once and merges it; the
 * user's input is never dropped. The server decides who may reassign (a 403 is shown as it is).
 */
import { Button, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, Textarea, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import { patchRecord } from '../api/endpoints';
import { ApiProblem } from '../api/problem';
import { RECORD_PRIORITIES, RECORD_STATUSES, type RecordPriority, type RecordStatus, type ServiceRecord } from '../api/types';
import { useSession } from '../app/session';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/en';
import { OwnerPicker } from './OwnerPicker';
import { TeamPicker } from './TeamPicker';
import { useAction } from '../app/use-action';
import { changes, conflicts, draftOf, mergeLatest, resolve, type Draft, type DraftField } from './record-merge';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface RecordEditFormProps {
  /** The record as it is now (kept live while the form is open). */
  record: ServiceRecord;
  onSaved: (record: ServiceRecord) => void;
  onCancel: () => void;
  /** Asks for the record at once (after a 412: someone else changed it). */
  onRefresh: () => void;
}

const FIELD_LABEL: Record<DraftField, MessageKey> = {
  title: 'record.title',
  description: 'record.description',
  status: 'record.status',
  priority: 'record.priority',
  owner: 'record.owner',
  team: 'record.owningTeam',
};

export function RecordEditForm({ record, onSaved, onCancel, onRefresh }: RecordEditFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  // `base`: the values the user started from (moved on as changes are merged or settled).
  const [base, setBase] = useState<Draft>(() => draftOf(record));
  const [draft, setDraft] = useState<Draft>(() => draftOf(record));
  const [seenEtag, setSeenEtag] = useState(record.etag);
  /** Fields someone else changed while the form was open, taken into the form. */
  const [taken, setTaken] = useState<DraftField[]>([]);
  const [changedWhileSaving, setChangedWhileSaving] = useState(false);
  const { busy, problem, run } = useAction();
  const latest = draftOf(record);

  // The record changed underneath: merge it into what the user has.
  useEffect(() => {
    if (record.etag === seenEtag) return;
    setSeenEtag(record.etag);
    const merged = mergeLatest(base, draft, draftOf(record));
    setBase(merged.base);
    setDraft(merged.draft);
    if (merged.taken.length > 0) setTaken((before) => [...before, ...merged.taken.filter((field) => !before.includes(field))]);
  }, [record, seenEtag, base, draft]);

  const colliding = conflicts(base, draft, latest);
  const { title, description, status, priority, owner, team } = draft;
  const edit = (next: Partial<Draft>) => setDraft((current) => ({ ...current, ...next }));
  const titleMissing = title.trim() === '';
  // Someone just picked from the search is known with their teams: say if they are outside the team.
  const ownerOutsideTeam =
    owner?.teamIds !== undefined && team !== null && !owner.teamIds.includes(team.id)
      ? t('record.ownerNotInTeam', { name: owner.displayName, team: team.name })
      : undefined;

  function shown(field: DraftField, value: Draft): string {
    switch (field) {
      case 'status':
        return t(`status.${value.status}`);
      case 'priority':
        return value.priority === undefined ? t('record.emptyValue') : t(`priority.${value.priority}`);
      case 'owner':
        return value.owner?.displayName ?? t('records.unassigned');
      case 'team':
        return value.team?.name ?? t('record.noTeam');
      case 'title':
        return value.title;
      case 'description': {
        const text = value.description.trim();
        return text === '' ? t('record.emptyValue') : text.length > 80 ? `${text.slice(0, 80)}…` : text;
      }
    }
  }

  function choose(field: DraftField, choice: 'mine' | 'theirs') {
    const settled = resolve(base, draft, latest, field, choice);
    setBase(settled.base);
    setDraft(settled.draft);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (titleMissing || colliding.length > 0) return;
    const patch = changes(record, draft);
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    setChangedWhileSaving(false);
    await run(async () => {
      try {
        onSaved(await patchRecord(api, record.id, record.etag, patch));
      } catch (error) {
        if (!(error instanceof ApiProblem && error.status === 412)) throw error;
        // Changed between two polls: fetch it now; the merge keeps the user's input.
        setChangedWhileSaving(true);
        onRefresh();
      }
    }, { settle: true });
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} data-testid="record-edit">
      {problem !== null && <ProblemBanner problem={problem} />}
      {changedWhileSaving && (
        <MessageBar intent="warning" data-testid="record-changed-while-saving">
          <MessageBarBody>{t('record.changedWhileSaving')}</MessageBarBody>
        </MessageBar>
      )}
      {taken.length > 0 && (
        <MessageBar intent="info" data-testid="record-merged">
          <MessageBarBody>{t('record.liveMerged', { fields: taken.map((field) => t(FIELD_LABEL[field])).join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      {colliding.map((field) => (
        <MessageBar key={field} intent="warning" layout="multiline" data-testid={`record-conflict-${field}`}>
          <MessageBarBody>
            {t('record.conflict', { field: t(FIELD_LABEL[field]), mine: shown(field, draft), theirs: shown(field, latest) })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => choose(field, 'mine')} data-testid={`record-conflict-${field}-mine`}>
              {t('record.conflict.keepMine')}
            </Button>
            <Button size="small" onClick={() => choose(field, 'theirs')} data-testid={`record-conflict-${field}-theirs`}>
              {t('record.conflict.useTheirs')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
      <Field label={t('record.title')} required validationMessage={titleMissing ? t('record.titleRequired') : undefined}>
        <Input value={title} onChange={(_, data) => edit({ title: data.value })} data-testid="record-edit-title" />
      </Field>
      <div className={styles.row}>
        <Field label={t('record.status')}>
          <Select
            value={status}
            onChange={(_, data) => edit({ status: RECORD_STATUSES.find((s): s is RecordStatus => s === data.value) ?? status })}
            data-testid="record-edit-status"
          >
            {RECORD_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
        {priority !== undefined && (
          <Field label={t('record.priority')}>
            <Select
              value={priority}
              onChange={(_, data) => edit({ priority: RECORD_PRIORITIES.find((p): p is RecordPriority => p === data.value) ?? priority })}
              data-testid="record-edit-priority"
            >
              {RECORD_PRIORITIES.map((value) => (
                <option key={value} value={value}>
                  {t(`priority.${value}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </div>
      {(record.owner !== undefined || record.owningTeam !== undefined) && (
        <div className={styles.row}>
          {record.owner !== undefined && (
            <OwnerPicker value={owner} onChange={(next) => edit({ owner: next })} disabled={busy} hint={ownerOutsideTeam} />
          )}
          {record.owningTeam !== undefined && <TeamPicker value={team} onChange={(next) => edit({ team: next })} disabled={busy} />}
        </div>
      )}
      <Field label={t('record.description')}>
        <Textarea
          value={description}
          onChange={(_, data) => edit({ description: data.value })}
          resize="vertical"
          rows={6}
          data-testid="record-edit-description"
        />
      </Field>
      {colliding.length > 0 && (
        <MessageBar intent="warning" data-testid="record-conflict-pending">
          <MessageBarBody>{t('record.conflict.resolveFirst')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || titleMissing || colliding.length > 0} data-testid="record-save">
          {busy ? t('record.saving') : t('record.save')}
        </Button>
        <Button type="button" onClick={onCancel} disabled={busy}>
          {t('record.cancel')}
        </Button>
      </div>
    </form>
  );
}
