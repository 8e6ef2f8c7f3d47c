/**
 * One open session (I2–I5): the notices (offer, pending transfer, listen mode), the live
 * conversation, the composer for the handling agent, the actions my part allows (Transfer, Close,
 * Make a case, Take over, Close window) and the customer. A decision that lost a race (409) shows
 * the service's words for what happened, and the session and my list reload.
 */
import { Button, makeStyles, Subtitle1, Toolbar, tokens } from '@fluentui/react-components';
import { ArrowForwardRegular, DismissRegular, DocumentAddRegular, PersonArrowLeftRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { closeSession, decideTransfer, leaveSession, makeCase, parkSession, pickUpSession, startTransfer, takeOver, type TransferDecision } from '../../api/sessions-endpoints';
import { useSession } from '../../app/session';
import { useAction } from '../../app/use-action';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { NARROW } from '../../components/narrow';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionDialog } from '../actions/ActionDialog';
import { Conversation } from './Conversation';
import { CustomerPanel } from './CustomerPanel';
import { DelegationNotices } from './DelegationNotices';
import { MakeCaseDialog } from './MakeCaseDialog';
import { SessionComposer } from './SessionComposer';
import { SessionNotices } from './SessionNotices';
import { TransferSessionDialog } from './TransferSessionDialog';
import { useFeed } from './feed';
import { mayManage, visitorName } from './session-model';
import { useAgentNames } from './use-agent-names';
import { useLiveSession } from './use-live-session';
import { useOutbox } from './use-outbox';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(220px, 1fr)', gap: tokens.spacingHorizontalL, [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)' } },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  toolbar: { flexWrap: 'wrap', paddingInline: 0 },
  heading: { margin: 0 },
});

type Dialog = 'transfer' | 'case' | 'close' | null;

/** Where focus goes once a decision is shown: the pane's heading, or the first button of the notice it brought. */
type FocusTarget = 'heading' | 'notice';

export interface SessionPaneProps {
  sessionId: string;
  /** My list should reload (a decision changed what the session is to me). */
  onChanged: () => void;
  /** After "Close window" (listen mode: the service stopped my listening): hide it from my list. */
  onCloseWindow?: (sessionId: string) => void;
  /** The session is none of mine any more (I declined it): back to my list. */
  onLeave: () => void;
}

export function SessionPane({ sessionId, onChanged, onCloseWindow, onLeave }: SessionPaneProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api, me } = useSession();
  const feed = useFeed();
  const live = useLiveSession(api, sessionId);
  const outbox = useOutbox(api, sessionId, live.add);
  const action = useAction();
  const [dialog, setDialog] = useState<Dialog>(null);
  const nameOf = useAgentNames(api);
  const manager = mayManage(me.privileges);
  const root = useRef<HTMLDivElement>(null);
  const [focusWanted, setFocusWanted] = useState<FocusTarget | null>(null);

  // After Transfer, Accept, Cancel, Take over… the button used is gone: put focus somewhere useful.
  useEffect(() => {
    if (focusWanted === null || action.busy || root.current === null) return;
    const button = focusWanted === 'notice' ? root.current.querySelector<HTMLButtonElement>('[data-testid="session-pending"] button:not([disabled])') : null;
    (button ?? root.current.querySelector<HTMLElement>('#session-heading'))?.focus();
    setFocusWanted(null);
  }, [focusWanted, action.busy, live.data]);

  if (live.data === null) {
    // Still loading, or my decision still on its way (its answer says more than a reload's 404).
    if (live.problem === null || action.busy) return <Loading label={t('app.loading')} />;
    // A decision that lost a race, after which the chat is none of mine: say what happened, not "not found".
    return action.problem !== null ? <ProblemBanner problem={action.problem} /> : <ProblemBanner problem={live.problem} onRetry={() => void live.reload()} />;
  }
  const { session, role, entries } = live.data;
  const open = session.status !== 'closed';
  const pending = session.transfer?.status === 'pending';
  const myId = me.user.id;

  /** Runs a decision; a lost race (409) or a stale view reloads what changed; focus then goes to `focus`. */
  const decide = (call: () => Promise<unknown>, focus: FocusTarget = 'heading') =>
    action.run(
      async () => {
        let done = false;
        try {
          await call();
          setDialog(null);
          done = true;
        } finally {
          onChanged();
          await live.reload();
          if (done) setFocusWanted(focus);
        }
      },
      { settle: true },
    );

  const onDecide = (transferId: string, decision: TransferDecision) =>
    void decide(async () => {
      await decideTransfer(api, sessionId, transferId, decision);
      // Declined: the chat stays with its agent and is none of mine any more.
      if (decision === 'decline') onLeave();
    });
  const delivered = new Set(entries.map((e) => e.clientId));
  const outgoing = outbox.outgoing.filter((m) => !delivered.has(m.clientId));
  const failed = outgoing.find((m) => m.state === 'failed');

  return (
    <div
      ref={root}
      className={styles.root}
      data-testid="session-pane"
      data-session-id={session.id}
      data-role={role}
      data-status={session.status}
      data-pending={pending ? 'true' : 'false'}
      data-watching={live.watching ? 'true' : 'false'}
    >
      <section className={styles.main} aria-labelledby="session-heading">
        <Subtitle1 as="h2" id="session-heading" className={styles.heading} tabIndex={-1}>
          {t('sessions.conversation.label', { name: visitorName(session, t) })}
        </Subtitle1>
        <Toolbar aria-label={t('sessions.actions.label')} className={styles.toolbar}>
          {role === 'agent' && open && !pending && (
            <Button icon={<ArrowForwardRegular />} disabled={action.busy} onClick={() => setDialog('transfer')} data-testid="session-transfer">
              {t('sessions.actions.transfer')}
            </Button>
          )}
          {role !== 'agent' && manager && open && session.agent?.id !== myId && (
            <>
              <Button icon={<PersonArrowLeftRegular />} disabled={action.busy} onClick={() => void decide(() => takeOver(api, sessionId, session.agent?.id ?? null))} data-testid="session-takeover">
                {t('sessions.actions.takeOver')}
              </Button>
              {!pending && (
                <Button icon={<ArrowForwardRegular />} disabled={action.busy} onClick={() => setDialog('transfer')} data-testid="session-transfer">
                  {t('sessions.actions.transfer')}
                </Button>
              )}
            </>
          )}
          {role === 'agent' && session.recordId === null && (
            <Button icon={<DocumentAddRegular />} disabled={action.busy} onClick={() => setDialog('case')} data-testid="session-make-case">
              {t('sessions.case.make')}
            </Button>
          )}
          {open && (role === 'agent' || (manager && role !== 'listener')) && (
            <Button icon={<DismissRegular />} disabled={action.busy} onClick={() => setDialog('close')} data-testid="session-close">
              {t('sessions.actions.close')}
            </Button>
          )}
          {role === 'listener' && onCloseWindow && (
            <Button
              icon={<DismissRegular />}
              disabled={action.busy}
              onClick={() =>
                void decide(async () => {
                  // The service stops my listening (the chat goes on); the list hides it at once.
                  await leaveSession(api, sessionId);
                  onCloseWindow(session.id);
                })
              }
              data-testid="session-close-window"
            >
              {t('sessions.actions.closeWindow')}
            </Button>
          )}
        </Toolbar>
        {action.problem !== null && dialog === null && <ProblemBanner problem={action.problem} />}
        <SessionNotices session={session} role={role} myId={myId} manager={manager} busy={action.busy} nameOf={nameOf} onDecide={onDecide} />
        <DelegationNotices
          session={session} role={role} myId={myId} busy={action.busy}
          onPark={(forUserId) => void decide(() => parkSession(api, sessionId, forUserId))}
          onPickUp={() => void decide(() => pickUpSession(api, sessionId))}
        />
        {live.problem !== null && <ProblemBanner problem={live.problem} onRetry={() => void live.reload()} />}
        <Conversation
          label={t('sessions.conversation.label', { name: visitorName(session, t) })}
          entries={entries}
          outgoing={outgoing}
          myId={myId}
          typing={role === 'agent' && live.typing?.who === 'agent' ? null : live.typing}
          onRetry={outbox.retry}
          more={live.data.more}
          onOlder={() => void live.loadOlder()}
          loadingOlder={live.loadingOlder}
          nameOf={nameOf}
        />
        {failed !== undefined && <ProblemBanner problem={failed.problem} />}
        {role === 'agent' && open && <SessionComposer onSend={outbox.send} onTyping={() => feed?.socket.typing(sessionId)} />}
      </section>
      <CustomerPanel api={api} session={session} />
      {dialog === 'transfer' && (
        <TransferSessionDialog
          api={api}
          session={session}
          myId={myId}
          busy={action.busy}
          problem={action.problem}
          onCancel={() => setDialog(null)}
          onTransfer={(toUserId) => void decide(() => startTransfer(api, sessionId, toUserId), 'notice')}
        />
      )}
      {dialog === 'case' && (
        <MakeCaseDialog busy={action.busy} problem={action.problem} onCancel={() => setDialog(null)} onMake={(title) => void decide(() => makeCase(api, sessionId, title))} />
      )}
      {dialog === 'close' && (
        <ActionDialog
          title={t('sessions.actions.close')}
          testId="session-close-dialog"
          submitLabel={t('sessions.actions.close')}
          busy={action.busy}
          problem={action.problem}
          onCancel={() => setDialog(null)}
          onSubmit={() => void decide(() => closeSession(api, sessionId))}
        >
          {t('sessions.actions.closeConfirm')}
        </ActionDialog>
      )}
    </div>
  );
}
