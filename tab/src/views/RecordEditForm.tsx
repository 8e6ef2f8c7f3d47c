/**
 * Edits title, status, priority, description, owner and owning team; sends only what changed, in
 * one PATCH with If-Match. The server decides who may reassign (the `assign` privilege): a 403 is
 * shown with its localized detail, a 412 offers a reload.
 */
import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { patchRecord } from '../api/endpoints';
import { ApiProblem } from '../api/problem';
import {
  RECORD_PRIORITIES,
  RECORD_STATUSES,
  type RecordPatch,
  type RecordPriority,
  type RecordStatus,
  type ServiceRecord,
  type Team,
} from '../api/types';
import { useSession } from '../app/session';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import { OwnerPicker, type OwnerChoice } from './OwnerPicker';
import { TeamPicker } from './TeamPicker';
import { useAction } from '../app/use-action';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'flex-start' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface RecordEditFormProps {
  record: ServiceRecord;
  onSaved: (record: ServiceRecord) => void;
  onCancel: () => void;
  /** Reloads the record after a 412 (someone else changed it). */
  onReload: () => void;
}

interface Draft {
  title: string;
  description: string;
  status: RecordStatus;
  priority: RecordPriority | undefined;
  owner: OwnerChoice | null;
  team: Team | null;
}

/** The patch for what changed; fields the user cannot read (absent from the record) are never sent. */
function changes(record: ServiceRecord, draft: Draft): RecordPatch {
  const patch: RecordPatch = {};
  if (draft.title.trim() !== record.title) patch.title = draft.title.trim();
  if (draft.description !== (record.description ?? '')) patch.description = draft.description;
  if (draft.status !== record.status) patch.status = draft.status;
  if (draft.priority !== undefined && draft.priority !== record.priority) patch.priority = draft.priority;
  if (record.owner !== undefined && (draft.owner?.id ?? null) !== (record.owner?.id ?? null)) {
    patch.ownerId = draft.owner?.id ?? null;
  }
  if (record.owningTeam !== undefined && (draft.team?.id ?? null) !== (record.owningTeam?.id ?? null)) {
    patch.owningTeamId = draft.team?.id ?? null;
  }
  return patch;
}

export function RecordEditForm({ record, onSaved, onCancel, onReload }: RecordEditFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [title, setTitle] = useState(record.title);
  const [description, setDescription] = useState(record.description ?? '');
  const [status, setStatus] = useState<RecordStatus>(record.status);
  const [priority, setPriority] = useState<RecordPriority | undefined>(record.priority);
  const [owner, setOwner] = useState<OwnerChoice | null>(record.owner ?? null);
  const [team, setTeam] = useState<Team | null>(record.owningTeam ?? null);
  const { busy, problem, run } = useAction();
  const titleMissing = title.trim() === '';
  // Someone just picked from the search is known with their teams: say if they are outside the team.
  const ownerOutsideTeam =
    owner?.teamIds !== undefined && team !== null && !owner.teamIds.includes(team.id)
      ? t('record.ownerNotInTeam', { name: owner.displayName, team: team.name })
      : undefined;

  async function save(event: FormEvent) {
    event.preventDefault();
    if (titleMissing) return;
    const patch = changes(record, { title, description, status, priority, owner, team });
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    await run(async () => onSaved(await patchRecord(api, record.id, record.etag, patch)));
  }

  return (
    <form className={styles.form} onSubmit={(event) => void save(event)} data-testid="record-edit">
      {problem !== null && (
        <ProblemBanner problem={problem} {...(problem instanceof ApiProblem && problem.status === 412 ? { onRetry: onReload } : {})} />
      )}
      <Field label={t('record.title')} required validationMessage={titleMissing ? t('record.titleRequired') : undefined}>
        <Input value={title} onChange={(_, data) => setTitle(data.value)} data-testid="record-edit-title" />
      </Field>
      <div className={styles.row}>
        <Field label={t('record.status')}>
          <Select
            value={status}
            onChange={(_, data) => setStatus(RECORD_STATUSES.find((s) => s === data.value) ?? status)}
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
              onChange={(_, data) => setPriority(RECORD_PRIORITIES.find((p) => p === data.value) ?? priority)}
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
            <OwnerPicker value={owner} onChange={setOwner} disabled={busy} hint={ownerOutsideTeam} />
          )}
          {record.owningTeam !== undefined && <TeamPicker value={team} onChange={setTeam} disabled={busy} />}
        </div>
      )}
      <Field label={t('record.description')}>
        <Textarea
          value={description}
          onChange={(_, data) => setDescription(data.value)}
          resize="vertical"
          rows={6}
          data-testid="record-edit-description"
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || titleMissing} data-testid="record-save">
          {busy ? t('record.saving') : t('record.save')}
        </Button>
        <Button type="button" onClick={onCancel} disabled={busy}>
          {t('record.cancel')}
        </Button>
      </div>
    </form>
  );
}
