/**
 * `/sessions/live` (I6): every open customer chat of the tenant the caller may listen to — the
 * customer, the agent, the state (queued, active, transfer pending) and how long the customer has
 * waited — refreshed every 5 s while visible. "Open" shows the chat read-only (managers also get
 * Take over and Transfer there).
 */
import { Badge, Body1, Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title3, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbort } from '../../api/problem';
import { listSessions } from '../../api/sessions-endpoints';
import { pathOf } from '../../app/routes';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { useVisiblePoll } from '../../app/use-visible-poll';
import { Loading } from '../../components/Loading';
import { useStackedTableStyles } from '../../components/narrow';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { POLL_LIST_MS } from './feed';
import { formatDuration, liveStateOf, mayListen, visitorName, waitingMs, type LiveState } from './session-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const STATE_COLOR: Record<LiveState, 'warning' | 'success' | 'danger'> = { queued: 'danger', active: 'success', transfer: 'warning' };

export function LiveDashboard() {
  const { t } = useI18n();
  const styles = useStyles();
  const { me } = useSession();
  return (
    <section className={styles.root} aria-labelledby="live-heading" data-testid="live-sessions">
      <Title3 as="h1" id="live-heading">
        {t('sessions.live.title')}
      </Title3>
      {mayListen(me.privileges) ? <LiveTable /> : <Body1 data-testid="live-no-access">{t('sessions.live.noAccess')}</Body1>}
    </section>
  );
}

function LiveTable() {
  const { t, formatDateTime } = useI18n();
  const stacked = useStackedTableStyles();
  const { api } = useSession();
  const loaded = useLoad((signal) => listSessions(api, 'live', signal), [api]);
  const [now, setNow] = useState(Date.now());
  const [refreshProblem, setRefreshProblem] = useState<unknown>(null);
  const { update } = loaded;
  /** The refresh whose answer counts: a newer one aborts it, so an older answer never replaces a newer one. */
  const refreshing = useRef<AbortController | null>(null);
  // Refresh in place (no spinner): the table stays while the next answer comes.
  const refresh = useCallback(() => {
    setNow(Date.now());
    refreshing.current?.abort();
    const controller = new AbortController();
    refreshing.current = controller;
    listSessions(api, 'live', controller.signal).then(
      (items) => {
        if (refreshing.current !== controller) return;
        setRefreshProblem(null);
        update(() => items);
      },
      (problem: unknown) => {
        if (refreshing.current === controller && !isAbort(problem)) setRefreshProblem(problem);
      },
    );
  }, [api, update]);
  useEffect(() => () => refreshing.current?.abort(), []);
  useVisiblePoll(refresh, POLL_LIST_MS);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  if (loaded.state.status === 'loading') return <Loading label={t('app.loading')} />;
  if (loaded.state.status === 'failed') return <ProblemBanner problem={loaded.state.problem} onRetry={loaded.reload} />;
  const sessions = loaded.state.data;
  const failed = refreshProblem !== null && <ProblemBanner problem={refreshProblem} onRetry={refresh} />;
  if (sessions.length === 0)
    return (
      <>
        {failed}
        <Body1 data-testid="live-empty">{t('sessions.live.empty')}</Body1>
      </>
    );
  return (
    <>
      {failed}
      <Table aria-label={t('sessions.live.label')} size="small" className={stacked.table} data-testid="live-table">
        <TableHeader className={stacked.header}>
          <TableRow>
            <TableHeaderCell>{t('sessions.live.customer')}</TableHeaderCell>
            <TableHeaderCell>{t('sessions.live.agent')}</TableHeaderCell>
            <TableHeaderCell>{t('sessions.live.status')}</TableHeaderCell>
            <TableHeaderCell>{t('sessions.live.waiting')}</TableHeaderCell>
            <TableHeaderCell>{t('sessions.live.started')}</TableHeaderCell>
            <TableHeaderCell>{t('sessions.live.open')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody className={stacked.body}>
          {sessions.map((session) => {
            const state = liveStateOf(session);
            const waited = waitingMs(session, now);
            const name = visitorName(session, t);
            return (
              <TableRow key={session.id} className={stacked.row} data-testid={`live-row-${session.id}`} data-state={state}>
                <TableCell className={stacked.cell}>{name}</TableCell>
                <TableCell className={`${stacked.cell} ${stacked.labelled}`} data-label={t('sessions.live.agent')} data-testid="live-agent">
                  {session.agent === null ? t('sessions.live.noAgent') : session.agent.displayName}
                </TableCell>
                <TableCell className={stacked.cell}>
                  <Badge appearance="tint" color={STATE_COLOR[state]} data-testid="live-state">
                    {t(`sessions.live.${state}`)}
                  </Badge>
                </TableCell>
                <TableCell className={`${stacked.cell} ${stacked.labelled}`} data-label={t('sessions.live.waiting')} data-testid="live-waiting" data-ms={waited ?? ''}>
                  {waited === null ? '—' : formatDuration(waited, t)}
                </TableCell>
                <TableCell className={`${stacked.cell} ${stacked.labelled}`} data-label={t('sessions.live.started')}>
                  {formatDateTime(session.createdAt)}
                </TableCell>
                <TableCell className={stacked.cell}>
                  <Button
                    size="small"
                    icon={<OpenRegular />}
                    aria-label={t('sessions.live.openLabel', { name })}
                    onClick={() => navigate(pathOf({ name: 'liveSession', id: session.id }))}
                    data-testid={`live-open-${session.id}`}
                  >
                    {t('sessions.live.open')}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
