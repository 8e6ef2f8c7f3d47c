/**
 * J3 and J6 in "My work": "Delegated to me" — the open cases of the colleagues I act for, filterable
 * by delegator with a count each (`?delegator=` in the address), opening a case "for" its owner
 * (`?for=`), and the cases I parked — and "Parked for me", the cases my delegates parked for me to
 * pick up. Each part is shown only when it has something to say (no delegators, nothing parked:
 * nothing at all).
 */
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle1, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServiceRecord } from '../../api/types';
import { pathOf } from '../../app/routes';
import { navigate, RouterLink, useLocation } from '../../app/router';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { RecordTable } from '../RecordTable';
import { getDelegatedQueue, getParkedForMe } from './delegated-api';
import { ParkedForMe } from './ParkedForMe';

const PAGE_SIZE = 25;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tabs: { flexWrap: 'wrap' },
  more: { alignSelf: 'flex-start' },
});

/** The record page of a case in the delegated queue, "for" its owner (slice 2's acting-for reads `?for=`). */
export function delegatedHref(record: ServiceRecord): string {
  const path = pathOf({ name: 'record', type: record.type, id: record.id });
  return record.owner ? `${path}?for=${encodeURIComponent(record.owner.id)}` : path;
}

function withDelegator(search: string, delegator: string | undefined): string {
  const params = new URLSearchParams(search);
  if (delegator === undefined) params.delete('delegator');
  else params.set('delegator', delegator);
  return `/?${params.toString()}`;
}

export function DelegatedWork() {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const { search } = useLocation();
  const delegator = new URLSearchParams(search).get('delegator') ?? undefined;
  const queue = useLoad((signal) => getDelegatedQueue(api, { delegator, limit: PAGE_SIZE }, signal), [api, delegator]);
  const parked = useLoad((signal) => getParkedForMe(api, { limit: PAGE_SIZE }, signal), [api]);
  const [more, setMore] = useState<{ key: string; items: ServiceRecord[]; continuation: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const key = delegator ?? '';

  const done = queue.state.status === 'done' ? queue.state.data : null;
  const extra = more?.key === key ? more : null;
  const records = done ? [...done.items, ...(extra?.items ?? [])] : [];
  const continuation = extra ? extra.continuation : (done?.continuation ?? null);
  const total = done?.counts.reduce((sum, c) => sum + c.count, 0) ?? 0;

  async function loadMore(token: string) {
    setBusy(true);
    try {
      const page = await getDelegatedQueue(api, { delegator, limit: PAGE_SIZE, continuation: token });
      setMore({ key, items: [...(extra?.items ?? []), ...page.items], continuation: page.continuation });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const hasDelegators = done !== null && done.counts.length > 0;
  return (
    <>
      {parked.state.status === 'done' && parked.state.data.items.length > 0 && <ParkedForMe records={parked.state.data.items} onPickedUp={parked.reload} />}
      {queue.state.status === 'failed' && <ProblemBanner problem={queue.state.problem} onRetry={queue.reload} />}
      {queue.state.status === 'loading' && delegator !== undefined && <Loading label={t('delegatedWork.loading')} />}
      {done && (hasDelegators || done.parkedByMe.length > 0) && (
        <section className={styles.root} aria-labelledby="delegated-heading" data-testid="delegated-work">
          <Subtitle1 as="h2" id="delegated-heading">{t('delegatedWork.title')}</Subtitle1>
          {problem !== null && <ProblemBanner problem={problem} />}
          {hasDelegators && (
            <TabList
              className={styles.tabs}
              aria-label={t('delegatedWork.filter')}
              selectedValue={delegator ?? 'all'}
              onTabSelect={(_, data) => navigate(withDelegator(search, data.value === 'all' ? undefined : String(data.value)), { replace: true })}
            >
              <Tab value="all" data-testid="delegated-tab-all">{t('delegatedWork.count', { label: t('delegatedWork.all'), count: total })}</Tab>
              {done.counts.map((c) => (
                <Tab key={c.userId} value={c.userId} data-testid={`delegated-tab-${c.userId}`}>
                  {t('delegatedWork.count', { label: c.displayName, count: c.count })}
                </Tab>
              ))}
            </TabList>
          )}
          {hasDelegators && (
            <div data-testid="delegated-results" data-delegator={key}>
              {records.length === 0 ? <Body1>{t('delegatedWork.empty')}</Body1> : <RecordTable records={records} label={t('delegatedWork.title')} hrefOf={delegatedHref} />}
            </div>
          )}
          {continuation !== null && (
            <Button className={styles.more} disabled={busy} onClick={() => void loadMore(continuation)} data-testid="delegated-load-more">
              {t('delegatedWork.loadMore')}
            </Button>
          )}
          {done.parkedByMe.length > 0 && (
            <div data-testid="parked-by-me">
              <Caption1 as="h3">{t('delegatedWork.parkedByMe')}</Caption1>
              {done.parkedByMe.map((r) => r.parked && (
                <MessageBar key={r.id} intent="info" data-testid={`parked-by-me-${r.id}`}>
                  <MessageBarBody>
                    <RouterLink href={pathOf({ name: 'record', type: r.type, id: r.id })}>{r.number} · {r.title}</RouterLink>
                    {' — '}{t('delegatedWork.parkedForName', { name: r.parked.for.displayName })}
                  </MessageBarBody>
                </MessageBar>
              ))}
            </div>
          )}
        </section>
      )}
    </>
  );
}
