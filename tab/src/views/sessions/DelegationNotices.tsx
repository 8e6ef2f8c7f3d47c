/**
 * J2, J6 on the open session: "You handle this chat for Mads" with "Park for Mads" (the handling
 * delegate), "Sofie parked this chat for you" with "Pick up" (the delegator it is parked for), and
 * "Parked for Mads" for anyone else who sees it, and "Sofie handles this chat for you" with "Take it
 * back" (the delegator, e.g. after removing her). The service decides; a refusal shows its words.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ChatSession, SessionRole } from '../../api/sessions-endpoints';
import { useI18n } from '../../i18n/I18nProvider';

export interface DelegationNoticesProps {
  session: ChatSession;
  role: SessionRole;
  myId: string;
  busy: boolean;
  onPark: (forUserId: string) => void;
  onPickUp: () => void;
}

export function DelegationNotices({ session, role, myId, busy, onPark, onPickUp }: DelegationNoticesProps) {
  const { t } = useI18n();
  if (session.status === 'closed') return null;
  const parked = session.parked;
  if (parked !== null && parked.forUser.id === myId) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="session-parked-for-you">
        <MessageBarBody>{t('sessionDelegation.parkedForYou', { by: parked.byUser.displayName })}</MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" disabled={busy} onClick={onPickUp} data-testid="session-pick-up">
            {t('sessionDelegation.pickUp')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  if (parked !== null) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="session-parked">
        <MessageBarBody>{t('sessionDelegation.parkedFor', { name: parked.forUser.displayName, by: parked.byUser.displayName })}</MessageBarBody>
      </MessageBar>
    );
  }
  const actingFor = session.actingFor;
  if (role === 'agent' && actingFor !== null) {
    const pending = session.transfer?.status === 'pending';
    return (
      <MessageBar intent="info" layout="multiline" data-testid="session-handling-for">
        <MessageBarBody>{t('sessionDelegation.handlingFor', { name: actingFor.displayName })}</MessageBarBody>
        {!pending && (
          <MessageBarActions>
            <Button disabled={busy} onClick={() => onPark(actingFor.id)} data-testid="session-park">
              {t('sessionDelegation.park', { name: actingFor.displayName })}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    );
  }
  if (actingFor !== null && actingFor.id === myId && session.agent !== null) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="session-handled-for-you">
        <MessageBarBody>{t('sessionDelegation.handledForYou', { name: session.agent.displayName })}</MessageBarBody>
        <MessageBarActions>
          <Button disabled={busy} onClick={onPickUp} data-testid="session-take-back">
            {t('sessionDelegation.takeBack')}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return null;
}
