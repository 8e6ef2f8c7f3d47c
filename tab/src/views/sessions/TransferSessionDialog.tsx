/**
 * Transfer (I3, I5): a colleague from the agents who are present now (`GET /api/agents?status=present`),
 * never myself nor the agent who has the session. The service checks again: someone who went away
 * meanwhile gets its clear refusal.
 */
import { Body1, Caption1, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../../api/client';
import { listAgents, type ChatSession } from '../../api/sessions-endpoints';
import { useLoad } from '../../app/use-load';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionDialog } from '../actions/ActionDialog';

export interface TransferSessionDialogProps {
  api: ApiClient;
  session: ChatSession;
  myId: string;
  busy: boolean;
  problem: unknown;
  onCancel: () => void;
  onTransfer: (toUserId: string) => void;
}

export function TransferSessionDialog({ api, session, myId, busy, problem, onCancel, onTransfer }: TransferSessionDialogProps) {
  const { t } = useI18n();
  const agents = useLoad((signal) => listAgents(api, 'present', signal), [api]);
  const [chosen, setChosen] = useState('');
  const [missing, setMissing] = useState(false);
  const candidates = agents.state.status === 'done' ? agents.state.data.filter((a) => a.userId !== myId && a.userId !== session.agent?.id && a.status === 'present') : [];

  const submit = () => {
    if (chosen === '') {
      setMissing(true);
      return;
    }
    onTransfer(chosen);
  };

  return (
    <ActionDialog title={t('sessions.transfer.title')} testId="session-transfer-dialog" submitLabel={t('sessions.transfer.submit')} busy={busy} problem={problem} onCancel={onCancel} onSubmit={submit}>
      <Caption1>{t('sessions.transfer.onlyPresent')}</Caption1>
      {agents.state.status === 'loading' && <Loading label={t('sessions.transfer.loading')} />}
      {agents.state.status === 'failed' && <ProblemBanner problem={agents.state.problem} onRetry={agents.reload} />}
      {agents.state.status === 'done' && candidates.length === 0 && <Body1 data-testid="session-transfer-none">{t('sessions.transfer.none')}</Body1>}
      {candidates.length > 0 && (
        <Field label={t('sessions.transfer.to')} required validationMessage={missing && chosen === '' ? t('sessions.transfer.choose') : undefined}>
          <RadioGroup value={chosen} onChange={(_, data) => setChosen(data.value)} disabled={busy}>
            {candidates.map((agent) => (
              <Radio
                key={agent.userId}
                value={agent.userId}
                data-testid={`session-transfer-to-${agent.userId}`}
                label={`${agent.displayName} · ${t('sessions.transfer.openSessions', { count: agent.openSessions })}`}
              />
            ))}
          </RadioGroup>
        </Field>
      )}
    </ActionDialog>
  );
}
