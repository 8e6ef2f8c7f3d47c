/** `/`: search and filter the records the user may read, 25 at a time with "Load more" (H2); register a phone call (H1). */
import { Body1, Button, Field, makeStyles, SearchBox, Select, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { listRecords } from '../api/endpoints';
import { RECORD_STATUSES, type Page, type ServiceRecord } from '../api/types';
import { navigate, useLocation } from '../app/router';
import { useSession } from '../app/session';
import { useLoad } from '../app/use-load';
import { Loading } from '../components/Loading';
import { NARROW } from '../components/narrow';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import { parseStatus, readFilters, writeFilters, type RecordFilters } from './record-filters';
import { RegisterCallButton } from './phone/RegisterCallButton';
import { RecordTable } from './RecordTable';
import { SearchFilters } from './queues/SearchFilters';

const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 300;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The title and "Register call" share a line, wrapping on a narrow screen.
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  // Narrow: the search on its own line, the two filters sharing the next.
  search: { flexGrow: 1, flexBasis: '280px', minWidth: 0, maxWidth: '480px', [NARROW]: { flexBasis: '100%', maxWidth: 'none' } },
  filter: { [NARROW]: { flexGrow: 1, flexBasis: '120px', minWidth: 0 } },
  more: { alignSelf: 'flex-start' },
});

interface MorePages extends Page<ServiceRecord> {
  /** The filters these pages belong to; pages of other filters are ignored. */
  key: string;
}

export function RecordList() {
  const { t } = useI18n();
  const styles = useStyles();
  const { api, recordTypes } = useSession();
  const { search } = useLocation();
  const filters = readFilters(search);
  const key = JSON.stringify(filters);
  const [text, setText] = useState(filters.q);
  const [more, setMore] = useState<MorePages | null>(null);
  const [moreBusy, setMoreBusy] = useState(false);
  const [moreProblem, setMoreProblem] = useState<unknown>(null);

  const setFilters = (next: RecordFilters) => navigate(`/${writeFilters(search, next)}`, { replace: true });

  // Search as the user types, once they pause.
  useEffect(() => {
    if (text.trim() === filters.q) return;
    const timer = setTimeout(() => setFilters({ ...filters, q: text.trim() }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

  const first = useLoad(
    (signal) => listRecords(api, { ...queryOf(filters), limit: PAGE_SIZE }, signal),
    [api, key],
  );

  const extra = more?.key === key ? more : null;
  const done = first.state.status === 'done' ? first.state.data : null;
  const records = done ? [...done.items, ...(extra?.items ?? [])] : [];
  const continuation = extra ? extra.continuation : (done?.continuation ?? null);

  async function loadMore(token: string) {
    setMoreBusy(true);
    setMoreProblem(null);
    try {
      const page = await listRecords(api, { ...queryOf(filters), limit: PAGE_SIZE, continuation: token });
      setMore({ key, items: [...(extra?.items ?? []), ...page.items], continuation: page.continuation });
    } catch (error) {
      setMoreProblem(error);
    } finally {
      setMoreBusy(false);
    }
  }

  return (
    <section className={styles.root} aria-labelledby="records-heading">
      <div className={styles.heading}>
        <Title3 as="h1" id="records-heading">
          {t('records.title')}
        </Title3>
        <RegisterCallButton />
      </div>
      <div className={styles.filters} role="search">
        <Field label={t('records.search')} className={styles.search}>
          <SearchBox
            data-testid="record-search"
            placeholder={t('records.searchPlaceholder')}
            value={text}
            onChange={(_, data) => setText(data.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') setFilters({ ...filters, q: text.trim() });
            }}
          />
        </Field>
        <Field label={t('records.type')} className={styles.filter}>
          <Select
            data-testid="record-type-filter"
            value={filters.type}
            onChange={(_, data) => setFilters({ ...filters, type: data.value })}
          >
            <option value="">{t('records.allTypes')}</option>
            {recordTypes.map((type) => (
              <option key={type.id} value={type.id}>
                {type.pluralName}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('records.status')} className={styles.filter}>
          <Select
            data-testid="record-status-filter"
            value={filters.status}
            onChange={(_, data) => setFilters({ ...filters, status: parseStatus(data.value) })}
          >
            <option value="">{t('records.allStatuses')}</option>
            {RECORD_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </Select>
        </Field>
        <SearchFilters filters={filters} onChange={setFilters} className={styles.filter} />
      </div>

      {first.state.status === 'loading' && <Loading label={t('records.loading')} />}
      {first.state.status === 'failed' && <ProblemBanner problem={first.state.problem} onRetry={first.reload} />}
      {done && (
        // data-q says which search these results answer, so a test can wait for exactly them.
        <div data-testid="record-results" data-q={filters.q}>
          {records.length === 0 ? <Body1>{t('records.empty')}</Body1> : <RecordTable records={records} label={t('records.title')} />}
        </div>
      )}
      {moreProblem !== null && <ProblemBanner problem={moreProblem} />}
      {done && continuation !== null && (
        <Button className={styles.more} disabled={moreBusy} onClick={() => void loadMore(continuation)} data-testid="records-load-more">
          {moreBusy ? t('records.loading') : t('records.loadMore')}
        </Button>
      )}
    </section>
  );
}

function queryOf(filters: RecordFilters) {
  return {
    ...(filters.q === '' ? {} : { q: filters.q }),
    ...(filters.type === '' ? {} : { type: filters.type }),
    ...(filters.status === '' ? {} : { status: filters.status }),
    ...(filters.ownerId === '' ? {} : { ownerId: filters.ownerId }),
    ...(filters.teamId === '' ? {} : { teamId: filters.teamId }),
    ...(filters.priority === '' ? {} : { priority: filters.priority }),
    ...(filters.personId === '' ? {} : { personId: filters.personId }),
    ...(filters.companyId === '' ? {} : { companyId: filters.companyId }),
  };
}
