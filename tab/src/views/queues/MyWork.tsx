/**
 * `/`: the personal tab's home (H2). The queue views with their counts (my open cases,
 * unassigned, each of my teams, favorites, flagged), the chosen view's cases, "Get next case",
 * and below them the search with its filters. The chosen view is in the address (`?view=`,
 * `&team=`), so back/forward and reloads keep it.
 */
import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Title3, tokens } from '@fluentui/react-components';
import { ArrowForwardRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ApiProblem } from '../../api/problem';
import type { Page, ServiceRecord } from '../../api/types';
import { pathOf } from '../../app/routes';
import { navigate, useLocation } from '../../app/router';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { RecordList } from '../RecordList';
import { RecordTable } from '../RecordTable';
import { getQueueCounts, listQueue, takeNextCase, type QueueView } from './queue-api';
import { NotificationPreference } from '../NotificationPreference';
import { DelegatedWork } from '../delegation-queue/DelegatedWork';

const PAGE_SIZE = 25;
const VIEWS: readonly QueueView[] = ['mine', 'unassigned', 'team', 'favorites', 'flagged'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginBlockEnd: tokens.spacingVerticalXXL },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  tabs: { flexWrap: 'wrap' },
  more: { alignSelf: 'flex-start' },
});

/** The view in the address: `?view=team&team=team-dk`; my open cases when none. */
function readView(search: string): { view: QueueView; teamId: string | undefined } {
  const params = new URLSearchParams(search);
  const view = VIEWS.find((v) => v === params.get('view')) ?? 'mine';
  return { view, teamId: view === 'team' ? (params.get('team') ?? undefined) : undefined };
}

function writeView(search: string, view: QueueView, teamId: string | undefined): string {
  const params = new URLSearchParams(search);
  params.set('view', view);
  if (teamId === undefined) params.delete('team');
  else params.set('team', teamId);
  return `/?${params.toString()}`;
}

const tabValue = (view: QueueView, teamId?: string) => (teamId === undefined ? view : `team:${teamId}`);

export function MyWork() {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const { search } = useLocation();
  const { view, teamId } = readView(search);
  const key = `${view}:${teamId ?? ''}`;
  const counts = useLoad((signal) => getQueueCounts(api, signal), [api]);
  const first = useLoad((signal) => listQueue(api, view, { teamId, limit: PAGE_SIZE }, signal), [api, key]);
  const [more, setMore] = useState<(Page<ServiceRecord> & { key: string }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);

  const extra = more?.key === key ? more : null;
  const done = first.state.status === 'done' ? first.state.data : null;
  const records = done ? [...done.items, ...(extra?.items ?? [])] : [];
  const continuation = extra ? extra.continuation : (done?.continuation ?? null);
  const countData = counts.state.status === 'done' ? counts.state.data : null;
  const countOf = (v: QueueView) => countData?.views.find((c) => c.view === v)?.count;
  const label = (text: string, count: number | undefined) => (count === undefined ? text : t('queues.viewCount', { label: text, count }));

  async function next() {
    setBusy(true);
    setProblem(null);
    setEmpty(false);
    try {
      const record = await takeNextCase(api);
      navigate(pathOf({ name: 'record', type: record.type, id: record.id }));
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) setEmpty(true);
      else setProblem(error);
      setBusy(false);
    }
  }

  async function loadMore(token: string) {
    setBusy(true);
    try {
      const page = await listQueue(api, view, { teamId, limit: PAGE_SIZE, continuation: token });
      setMore({ key, items: [...(extra?.items ?? []), ...page.items], continuation: page.continuation });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const viewLabel = (v: Exclude<QueueView, 'team'>) => t(`queues.view.${v}`);
  return (
    <>
      <section className={styles.root} aria-labelledby="my-work-heading" data-testid="my-work">
        <div className={styles.heading}>
          <Title3 as="h1" id="my-work-heading">
            {t('queues.title')}
          </Title3>
          <Button appearance="primary" icon={<ArrowForwardRegular />} disabled={busy} onClick={() => void next()} data-testid="get-next-case">
            {busy ? t('queues.nextBusy') : t('queues.next')}
          </Button>
        </div>
        {empty && (
          <MessageBar intent="success" data-testid="queue-empty">
            <MessageBarBody>{t('queues.nextEmpty')}</MessageBarBody>
          </MessageBar>
        )}
        {problem !== null && <ProblemBanner problem={problem} />}
        <TabList
          className={styles.tabs}
          aria-label={t('queues.views')}
          selectedValue={tabValue(view, teamId)}
          onTabSelect={(_, data) => {
            const value = String(data.value);
            if (value.startsWith('team:')) navigate(writeView(search, 'team', value.slice('team:'.length)), { replace: true });
            else navigate(writeView(search, VIEWS.find((v) => v === value) ?? 'mine', undefined), { replace: true });
          }}
        >
          <Tab value="mine" data-testid="queue-tab-mine">{label(viewLabel('mine'), countOf('mine'))}</Tab>
          <Tab value="unassigned" data-testid="queue-tab-unassigned">{label(viewLabel('unassigned'), countOf('unassigned'))}</Tab>
          {(countData?.teams ?? []).map((team) => (
            <Tab key={team.id} value={tabValue('team', team.id)} data-testid={`queue-tab-team-${team.id}`}>
              {label(team.name, team.count)}
            </Tab>
          ))}
          <Tab value="favorites" data-testid="queue-tab-favorites">{label(viewLabel('favorites'), countOf('favorites'))}</Tab>
          <Tab value="flagged" data-testid="queue-tab-flagged">{label(viewLabel('flagged'), countOf('flagged'))}</Tab>
        </TabList>
        {first.state.status === 'loading' && <Loading label={t('queues.loading')} />}
        {first.state.status === 'failed' && <ProblemBanner problem={first.state.problem} onRetry={first.reload} />}
        {done && (
          <div data-testid="queue-results" data-view={key}>
            {records.length === 0 ? <Body1>{t('queues.empty')}</Body1> : <RecordTable records={records} label={t('queues.title')} />}
          </div>
        )}
        {done && continuation !== null && (
          <Button className={styles.more} disabled={busy} onClick={() => void loadMore(continuation)} data-testid="queue-load-more">
            {t('queues.loadMore')}
          </Button>
        )}
        {/* J3, J6: the work of the colleagues I act for, and what was parked for me (only when there is any). */}
        <DelegatedWork />
        <NotificationPreference />
      </section>
      <RecordList />
    </>
  );
}
