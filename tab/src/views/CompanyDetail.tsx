/**
 * `/companies/{id}` — a company (A2): its people, and the cases of those people the user may read,
 * in the same table as the record list. A company that does not exist (or is another tenant's) is
 * the not-found view.
 */
import {
  Body1,
  Caption1,
  Link,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { getCompany } from '../api/endpoints';
import { ApiProblem } from '../api/problem';
import type { Person } from '../api/types';
import { RouterLink } from '../app/router';
import { useSession } from '../app/session';
import { useLoad } from '../app/use-load';
import { Loading } from '../components/Loading';
import { NARROW, useStackedTableStyles } from '../components/narrow';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import { NotFound } from './NotFound';
import { RecordTable } from './RecordTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1100px' },
  back: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  heading: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  /** Narrow, a person is a stacked row: the name stands out above e-mail and phone. */
  personName: { [NARROW]: { fontWeight: tokens.fontWeightSemibold } },
});

function PeopleTable({ people, label }: { people: Person[]; label: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const stacked = useStackedTableStyles();
  const empty = t('record.emptyValue');
  return (
    <Table aria-label={label} size="small" className={stacked.table}>
      <TableHeader className={stacked.header}>
        <TableRow>
          <TableHeaderCell>{t('company.col.name')}</TableHeaderCell>
          <TableHeaderCell>{t('company.col.email')}</TableHeaderCell>
          <TableHeaderCell>{t('company.col.phone')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody className={stacked.body}>
        {people.map((person) => (
          <TableRow key={person.id} className={stacked.row} data-testid={`company-person-${person.id}`}>
            <TableCell className={mergeClasses(stacked.cell, stacked.line, styles.personName)} data-testid="company-person-name">
              {person.name}
            </TableCell>
            <TableCell
              className={mergeClasses(stacked.cell, stacked.line, stacked.labelled)}
              data-label={t('company.col.email')}
              data-testid="company-person-email"
            >
              {person.email === null ? empty : <Link href={`mailto:${person.email}`}>{person.email}</Link>}
            </TableCell>
            <TableCell
              className={mergeClasses(stacked.cell, stacked.line, stacked.labelled)}
              data-label={t('company.col.phone')}
              data-testid="company-person-phone"
            >
              {person.phone === null ? empty : <Link href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</Link>}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function CompanyDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad((signal) => getCompany(api, id, signal), [api, id]);

  const back = (
    <RouterLink href="/">
      <span className={styles.back}>
        <ArrowLeftRegular aria-hidden />
        {t('record.back')}
      </span>
    </RouterLink>
  );

  if (loaded.state.status === 'loading') return <Loading label={t('company.loading')} />;
  if (loaded.state.status === 'failed') {
    const { problem } = loaded.state;
    if (problem instanceof ApiProblem && problem.status === 404) return <NotFound />;
    return (
      <div className={styles.root}>
        {back}
        <ProblemBanner problem={problem} onRetry={loaded.reload} />
      </div>
    );
  }
  const company = loaded.state.data;

  return (
    <article className={styles.root} aria-labelledby="company-name" data-testid="company">
      {back}
      <header className={styles.heading}>
        <Caption1>{t('company.kind')}</Caption1>
        <Title2 as="h1" id="company-name" className={styles.title} data-testid="company-name">
          {company.name}
        </Title2>
      </header>

      <section className={styles.block} aria-labelledby="company-people-heading" data-testid="company-people">
        <Subtitle2 as="h2" id="company-people-heading">
          {t('company.people')}
        </Subtitle2>
        {company.people.length === 0 ? (
          <Body1>{t('company.noPeople')}</Body1>
        ) : (
          <PeopleTable people={company.people} label={t('company.peopleLabel', { name: company.name })} />
        )}
      </section>

      <section className={styles.block} aria-labelledby="company-cases-heading" data-testid="company-cases">
        <Subtitle2 as="h2" id="company-cases-heading">
          {t('company.cases')}
        </Subtitle2>
        {company.cases.length === 0 ? (
          <Body1>{t('company.noCases')}</Body1>
        ) : (
          <RecordTable records={company.cases} label={t('company.casesLabel', { name: company.name })} />
        )}
      </section>
    </article>
  );
}
