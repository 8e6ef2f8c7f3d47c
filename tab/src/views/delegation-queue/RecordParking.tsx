/**
 * J6 on the case page: for the delegator, "Parked for you by Sofie" with "Pick up"; for anyone else
 * who sees a parked case, who parked it for whom; and for a delegate, "Park for Mads…" on a case
 * that is one of their delegators' or their own (choosing the delegator when they act for several).
 */
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServiceRecord } from '../../api/types';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionDialog } from '../actions/ActionDialog';
import { parkRecord, pickUpRecord } from './delegated-api';

/** `GET /api/me/delegators` as this view reads it: the people I act for. */
interface Delegators {
  items: Array<{ userId: string; displayName: string }>;
}

/** The delegators a case may be parked for: its owner when they are one, every one of them on my own case, else none. */
export function parkTargets(ownerId: string | null | undefined, meId: string, delegators: Delegators['items']): Delegators['items'] {
  if (ownerId === meId) return delegators;
  const owner = delegators.find((d) => d.userId === ownerId);
  return owner ? [owner] : [];
}

export function RecordParking({ record, onChanged }: { record: ServiceRecord; onChanged: (next: ServiceRecord) => void }) {
  const { t } = useI18n();
  const { api, me } = useSession();
  const delegators = useLoad((signal) => api.get<Delegators>('/api/me/delegators', undefined, signal), [api]);
  const [dialog, setDialog] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const meId = me.user.id;

  async function run(call: () => Promise<ServiceRecord>, message: string) {
    setBusy(true);
    setProblem(null);
    try {
      const next = await call();
      setDialog(false);
      setDone(message);
      onChanged(next);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const doneBar = done !== null && (
    <MessageBar intent="success" data-testid="record-park-done">
      <MessageBarBody>{done}</MessageBarBody>
    </MessageBar>
  );
  const parked = record.parked ?? null;
  if (parked) {
    if (parked.for.id !== meId) {
      return (
        <>
          {doneBar}
          <MessageBar intent="info" data-testid="record-parked">
            <MessageBarBody>{t('delegatedWork.parked.other', { for: parked.for.displayName, by: parked.by.displayName })}</MessageBarBody>
          </MessageBar>
        </>
      );
    }
    return (
      <>
        <MessageBar intent="warning" data-testid="record-parked-for-me">
          <MessageBarBody>{t('delegatedWork.parked.forYou', { name: parked.by.displayName })}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={busy} onClick={() => void run(() => pickUpRecord(api, record.id), t('delegatedWork.pickedUp'))} data-testid="record-pick-up">
              {busy ? t('delegatedWork.pickingUp') : t('delegatedWork.pickUp')}
            </Button>
          </MessageBarActions>
        </MessageBar>
        {problem !== null && <ProblemBanner problem={problem} />}
      </>
    );
  }

  const targets = delegators.state.status === 'done' ? parkTargets(record.owner?.id, meId, delegators.state.data.items) : [];
  const target = targets.find((d) => d.userId === chosen) ?? targets[0];
  return (
    <>
      {doneBar}
      {targets.length > 0 && record.status !== 'closed' && target && (
        <div>
          <Button onClick={() => { setProblem(null); setDialog(true); }} data-testid="record-park">
            {targets.length === 1 ? t('delegatedWork.park.button', { name: target.displayName }) : t('delegatedWork.park.buttonChoose')}
          </Button>
        </div>
      )}
      {dialog && target && (
        <ActionDialog
          title={t('delegatedWork.park.title')} testId="park-dialog" submitLabel={t('delegatedWork.park.confirm')} busy={busy} problem={problem}
          onCancel={() => setDialog(false)}
          onSubmit={() => void run(() => parkRecord(api, record, target.userId), t('delegatedWork.park.done', { name: target.displayName }))}
        >
          <Field label={t('delegatedWork.park.for')}>
            <Select value={target.userId} onChange={(_, data) => setChosen(data.value)} disabled={busy || targets.length === 1} data-testid="park-for">
              {targets.map((d) => <option key={d.userId} value={d.userId}>{d.displayName}</option>)}
            </Select>
          </Field>
          <MessageBar intent="info"><MessageBarBody>{t('delegatedWork.park.body')}</MessageBarBody></MessageBar>
        </ActionDialog>
      )}
    </>
  );
}
