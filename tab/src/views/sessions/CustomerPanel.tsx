/**
 * The customer of a session (I2): who they say they are (verified or not), the person they were
 * matched to with that person's cases (`GET /api/people/{id}`, `GET /api/records?personId=`), and
 * the case made from this session, if any.
 */
import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import type { ApiClient } from '../../api/client';
import { getRecord, listRecords } from '../../api/endpoints';
import type { ChatSession } from '../../api/sessions-endpoints';
import type { Person } from '../../api/types';
import { pathOf } from '../../app/routes';
import { RouterLink } from '../../app/router';
import { useLoad } from '../../app/use-load';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { StatusBadge } from '../../components/RecordBadges';
import { usePanelStyles } from '../../components/panel-styles';
import { useI18n } from '../../i18n/I18nProvider';
import { visitorName } from './session-model';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const seg = encodeURIComponent;

export function CustomerPanel({ api, session }: { api: ApiClient; session: ChatSession }) {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const styles = useStyles();
  const { visitor, personId } = session;
  return (
    <section className={panel.panel} aria-labelledby="session-customer-heading" data-testid="session-customer">
      <Subtitle2 as="h2" id="session-customer-heading" className={panel.heading}>
        {t('sessions.customer.title')}
      </Subtitle2>
      <div className={styles.row}>
        <Body1 data-testid="session-customer-name">{visitorName(session, t)}</Body1>
        {visitor.email !== null && <Caption1>{visitor.email}</Caption1>}
      </div>
      <Caption1 className={styles.row} data-verified={visitor.verified ? 'true' : 'false'}>
        {visitor.verified && <CheckmarkCircleRegular aria-hidden />}
        {visitor.verified ? t('sessions.customer.verified') : t('sessions.customer.unverified')}
      </Caption1>
      {session.recordId !== null && <CaseLink api={api} recordId={session.recordId} />}
      {personId === null ? <Caption1>{t('sessions.customer.noPerson')}</Caption1> : <PersonCases api={api} personId={personId} />}
    </section>
  );
}

/** "This chat is on case N", a link to it. */
export function CaseLink({ api, recordId }: { api: ApiClient; recordId: string }) {
  const { t } = useI18n();
  const record = useLoad((signal) => getRecord(api, recordId, signal), [api, recordId]);
  if (record.state.status !== 'done') return null;
  const { type, id, number } = record.state.data;
  return (
    <Body1 data-testid="session-case">
      <RouterLink href={pathOf({ name: 'record', type, id })} data-testid="session-case-link">
        {t('sessions.case.made', { number })}
      </RouterLink>
    </Body1>
  );
}

function PersonCases({ api, personId }: { api: ApiClient; personId: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const loaded = useLoad(
    async (signal) => {
      const [person, records] = await Promise.all([
        api.get<Person>(`/api/people/${seg(personId)}`, undefined, signal),
        listRecords(api, { personId, limit: 10 }, signal),
      ]);
      return { person, records: records.items };
    },
    [api, personId],
  );
  if (loaded.state.status === 'loading') return <Loading label={t('app.loading')} />;
  if (loaded.state.status === 'failed') return <ProblemBanner problem={loaded.state.problem} onRetry={loaded.reload} />;
  const { person, records } = loaded.state.data;
  return (
    <>
      <Body1 data-testid="session-person">
        {person.name}
        {person.company !== null && (
          <>
            {' · '}
            <RouterLink href={pathOf({ name: 'company', id: person.company.id })}>{t('sessions.customer.company', { name: person.company.name })}</RouterLink>
          </>
        )}
      </Body1>
      <Subtitle2 as="h3">{t('sessions.customer.cases')}</Subtitle2>
      {records.length === 0 ? (
        <Caption1>{t('sessions.customer.noCases')}</Caption1>
      ) : (
        <ul className={styles.list} data-testid="session-person-cases">
          {records.map((record) => (
            <li key={record.id} className={styles.row}>
              <RouterLink href={pathOf({ name: 'record', type: record.type, id: record.id })}>
                {record.number} · {record.title}
              </RouterLink>
              <StatusBadge status={record.status} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
