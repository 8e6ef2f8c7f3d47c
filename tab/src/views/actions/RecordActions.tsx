/**
 * The actions bar of a record page (H3): Accept, Assign, Transfer, Close or Reopen, Postpone,
 * Split — each with If-Match from the loaded record. A stale record (412) is reloaded and the user
 * told; a case someone else took (409) says who has it; a split opens the new case.
 */
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens, Toolbar } from '@fluentui/react-components';
import {
  ArrowCounterclockwiseRegular,
  ArrowSplitRegular,
  CalendarClockRegular,
  CheckmarkCircleRegular,
  HandRightRegular,
  PersonArrowLeftRegular,
  PersonSwapRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { Fragment, useState } from 'react';
import { ApiProblem } from '../../api/problem';
import type { ServiceRecord } from '../../api/types';
import { pathOf } from '../../app/routes';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';
import { AcceptFor } from './AcceptFor';
import { acceptForChoices, type ActingFor } from './acting-for';
import type { ActionDialogContext } from './ActionDialog';
import { failureOf, offeredActions, type ActionName } from './action-model';
import { runSimple, splitRecord } from './actions-api';
import { AssignDialog } from './AssignDialog';
import { PostponeDialog } from './PostponeDialog';
import { SplitDialog } from './SplitDialog';
import { TransferDialog } from './TransferDialog';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { flexWrap: 'wrap', paddingLeft: 0, gap: tokens.spacingHorizontalXS },
});

const ICONS: Record<ActionName, FluentIcon> = {
  accept: HandRightRegular,
  assign: PersonSwapRegular,
  transfer: PersonArrowLeftRegular,
  close: CheckmarkCircleRegular,
  reopen: ArrowCounterclockwiseRegular,
  postpone: CalendarClockRegular,
  split: ArrowSplitRegular,
};

const DIALOGS: ReadonlySet<ActionName> = new Set(['assign', 'transfer', 'postpone', 'split']);

type Notice = { intent: 'success' | 'warning'; text: string } | null;

export interface RecordActionsProps {
  record: ServiceRecord;
  /** Shows the record an action answered with. */
  onChanged: (record: ServiceRecord) => void;
  /** Asks for the record again (after a 412). */
  onRefresh: () => void;
  /** J2: the delegator accept and close are done for (ActingForBar). */
  onBehalfOf?: string | undefined;
  /** J2: the people I act for (`GET /api/me/delegators`): "Accept for …" on a case nobody owns. */
  delegators?: ReadonlyArray<{ userId: string; displayName: string }> | undefined;
}

export function RecordActions({ record, onChanged, onRefresh, onBehalfOf, delegators = [] }: RecordActionsProps) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const { api, me } = useSession();
  const [open, setOpen] = useState<ActionName | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const offered = offeredActions(record, me.user.id, onBehalfOf !== undefined);
  const acceptFor = offered.includes('accept') ? acceptForChoices(record, me.user.id, onBehalfOf, delegators) : [];

  async function perform(call: () => Promise<ServiceRecord>, done: string, after?: (record: ServiceRecord) => void): Promise<void> {
    setBusy(true);
    setProblem(null);
    setNotice(null);
    try {
      const next = await call();
      setOpen(null);
      if (after) after(next);
      else {
        onChanged(next);
        setNotice({ intent: 'success', text: done });
      }
    } catch (error) {
      const failure = failureOf(error);
      if (failure.kind === 'stale') {
        setOpen(null);
        onRefresh();
        setNotice({ intent: 'warning', text: t('actions.stale') });
      } else if (failure.kind === 'conflict') {
        setOpen(null);
        onRefresh();
        setNotice({ intent: 'warning', text: failure.message ?? t('actions.taken') });
      } else {
        // Shown in the open dialog (next to the fields a 400 names), else under the bar.
        setProblem(failure.problem);
      }
    } finally {
      setBusy(false);
    }
  }

  const context: ActionDialogContext = {
    busy,
    problem,
    onCancel: () => {
      setOpen(null);
      setProblem(null);
    },
    onSubmit: (call, done) => void perform(call, done),
    onInvalid: (message) => setProblem(new ApiProblem({ status: 400, title: message })),
  };

  const start = (action: ActionName) => {
    setNotice(null);
    setProblem(null);
    if (DIALOGS.has(action)) {
      setOpen(action);
      return;
    }
    if (action === 'accept' || action === 'close' || action === 'reopen') {
      const done: MessageKey = `actions.done.${action}`;
      void perform(() => runSimple(api, record.id, action, record.etag, onBehalfOf), t(done));
    }
  };

  /** J2: accepts for a delegator, who becomes the owner (the page then acts for them). */
  const acceptOnBehalf = (person: ActingFor) => {
    setNotice(null);
    setProblem(null);
    void perform(() => runSimple(api, record.id, 'accept', record.etag, person.id), t('onBehalf.acceptedFor', { name: person.displayName }));
  };

  return (
    <section className={styles.root} aria-label={t('actions.title')} data-testid="record-actions">
      {offered.length > 0 && (
        <Toolbar className={styles.toolbar} aria-label={t('actions.title')}>
          {offered.map((action) => {
            const Icon = ICONS[action];
            const button = (
              <Button
                key={action}
                icon={<Icon />}
                appearance={action === 'accept' ? 'primary' : 'secondary'}
                disabled={busy}
                onClick={() => start(action)}
                data-testid={`action-${action}`}
              >
                {t(`actions.${action}`)}
              </Button>
            );
            return action === 'accept' ? (
              <Fragment key={action}>
                {button}
                <AcceptFor choices={acceptFor} disabled={busy} onAccept={acceptOnBehalf} />
              </Fragment>
            ) : (
              button
            );
          })}
        </Toolbar>
      )}
      {record.status === 'waiting' && typeof record.postponedUntil === 'string' && (
        <Caption1 data-testid="record-postponed-until">{t('actions.postponedUntil', { date: formatDateTime(record.postponedUntil) })}</Caption1>
      )}
      {notice !== null && (
        <MessageBar intent={notice.intent} data-testid={`action-notice-${notice.intent}`}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {open === null && problem !== null && <ProblemBanner problem={problem} />}
      {open === 'assign' && <AssignDialog record={record} context={context} />}
      {open === 'transfer' && <TransferDialog record={record} context={context} />}
      {open === 'postpone' && <PostponeDialog record={record} context={context} />}
      {open === 'split' && (
        <SplitDialog
          record={record}
          busy={busy}
          problem={problem}
          onCancel={context.onCancel}
          onInvalid={context.onInvalid}
          onSplit={(body) =>
            void perform(
              () => splitRecord(api, record.id, record.etag, body),
              '',
              (created) => navigate(pathOf({ name: 'record', type: created.type, id: created.id })),
            )
          }
        />
      )}
    </section>
  );
}
