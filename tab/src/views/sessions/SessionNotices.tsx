/**
 * What the open session asks of me or tells me, above the conversation: a transfer offered to me
 * (Accept / Decline), my pending transfer (Cancel transfer), listen mode, read-only, closed.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ChatSession, SessionRole, TransferDecision } from '../../api/sessions-endpoints';
import { useI18n } from '../../i18n/I18nProvider';

export interface SessionNoticesProps {
  session: ChatSession;
  role: SessionRole;
  myId: string;
  manager: boolean;
  busy: boolean;
  nameOf: (userId: string | null) => string;
  onDecide: (transferId: string, decision: TransferDecision) => void;
}

export function SessionNotices({ session, role, myId, manager, busy, nameOf, onDecide }: SessionNoticesProps) {
  const { t } = useI18n();
  const transfer = session.transfer?.status === 'pending' ? session.transfer : null;
  const notices = [];
  if (transfer !== null && transfer.toUserId === myId) {
    notices.push(
      <MessageBar key="offer" intent="warning" layout="multiline" data-testid="session-offer">
        <MessageBarBody>{t('sessions.offer.text', { name: nameOf(transfer.byUserId) })}</MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" disabled={busy} onClick={() => onDecide(transfer.id, 'accept')} data-testid="session-accept">
            {t('sessions.offer.accept')}
          </Button>
          <Button disabled={busy} onClick={() => onDecide(transfer.id, 'decline')} data-testid="session-decline">
            {t('sessions.offer.decline')}
          </Button>
        </MessageBarActions>
      </MessageBar>,
    );
  } else if (transfer !== null) {
    const mayCancel = role === 'agent' || transfer.byUserId === myId || manager;
    notices.push(
      <MessageBar key="pending" intent="warning" layout="multiline" data-testid="session-pending">
        <MessageBarBody>{t('sessions.pending.text', { name: nameOf(transfer.toUserId) })}</MessageBarBody>
        {mayCancel && (
          <MessageBarActions>
            <Button disabled={busy} onClick={() => onDecide(transfer.id, 'cancel')} data-testid="session-cancel-transfer">
              {t('sessions.pending.cancel')}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>,
    );
  }
  if (session.status === 'closed') {
    notices.push(
      <MessageBar key="closed" intent="info" data-testid="session-closed">
        <MessageBarBody>{t('sessions.role.closed')}</MessageBarBody>
      </MessageBar>,
    );
  } else if (role === 'listener') {
    notices.push(
      <MessageBar key="listen" intent="info" layout="multiline" data-testid="session-listen-mode">
        <MessageBarBody>{t('sessions.role.listener', { name: session.agent?.displayName ?? '' })}</MessageBarBody>
      </MessageBar>,
    );
  } else if (role === 'viewer') {
    notices.push(
      <MessageBar key="viewer" intent="info" data-testid="session-read-only">
        <MessageBarBody>{session.status === 'queued' ? `${t('sessions.role.viewer')} ${t('sessions.role.queued')}` : t('sessions.role.viewer')}</MessageBarBody>
      </MessageBar>,
    );
  }
  return <>{notices}</>;
}
