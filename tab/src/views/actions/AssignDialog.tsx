/** Assign: a person, a team, or both (a team alone puts the case in that team's unassigned queue). */
import { Caption1 } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServiceRecord, Team } from '../../api/types';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { OwnerPicker, type OwnerChoice } from '../OwnerPicker';
import { TeamPicker } from '../TeamPicker';
import { ActionDialog, type ActionDialogContext } from './ActionDialog';
import { assignRecord, type AssignBody } from './actions-api';

export function AssignDialog({ record, context }: { record: ServiceRecord; context: ActionDialogContext }) {
  const { t } = useI18n();
  const { api } = useSession();
  const [owner, setOwner] = useState<OwnerChoice | null>(record.owner ?? null);
  const [team, setTeam] = useState<Team | null>(record.owningTeam ? { id: record.owningTeam.id, name: record.owningTeam.name } : null);

  const submit = () => {
    const body: AssignBody = {};
    if ((owner?.id ?? null) !== (record.owner?.id ?? null)) body.userId = owner?.id ?? null;
    if ((team?.id ?? null) !== (record.owningTeam?.id ?? null)) body.teamId = team?.id ?? null;
    if (body.userId === undefined && body.teamId === undefined) {
      context.onCancel();
      return;
    }
    context.onSubmit(() => assignRecord(api, record.id, record.etag, body), t('actions.done.assign'));
  };

  return (
    <ActionDialog title={t('actions.assign.title')} testId="assign-dialog" submitLabel={t('actions.assign.submit')} busy={context.busy} problem={context.problem} onCancel={context.onCancel} onSubmit={submit}>
      <TeamPicker
        value={team}
        disabled={context.busy}
        onChange={(next) => {
          setTeam(next);
          // As the service does: another team without a person is that team's unassigned queue.
          if ((next?.id ?? null) !== (record.owningTeam?.id ?? null)) setOwner(null);
        }}
      />
      <OwnerPicker value={owner} onChange={setOwner} disabled={context.busy} />
      <Caption1>{t('actions.assign.hint')}</Caption1>
    </ActionDialog>
  );
}
