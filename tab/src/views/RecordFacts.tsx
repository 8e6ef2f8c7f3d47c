/** The read-only facts of a record: people, team, contact and company, custom fields, times. */
import { Body1, Caption1, Link, makeStyles, Persona, Subtitle2, tokens } from '@fluentui/react-components';
import type { CustomFieldValue, RecordType, ServiceRecord } from '../api/types';
import { pathOf } from '../app/routes';
import { RouterLink } from '../app/router';
import { useI18n, type I18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalXXL,
  },
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function formatValue(value: CustomFieldValue | undefined, i18n: I18n): string {
  if (value === null || value === undefined || value === '') return i18n.t('record.emptyValue');
  if (typeof value === 'boolean') return value ? i18n.t('record.yes') : i18n.t('record.no');
  if (typeof value === 'number') return value.toLocaleString(i18n.locale);
  return value;
}

export function RecordFacts({ record, recordType }: { record: ServiceRecord; recordType: RecordType | undefined }) {
  const i18n = useI18n();
  const { t, formatDateTime } = i18n;
  const styles = useStyles();
  const customFields = Object.entries(record.customFields ?? {});
  // The type lists custom fields as `customFields.<name>`; the record keys them by `<name>`.
  const labelOf = (name: string) =>
    recordType?.fields.find((field) => field.name === `customFields.${name}` || field.name === name)?.label ?? name;

  // Fields the user may not read are absent from the record, so they are left out here too.
  // [term, value, data-testid of the value]
  const facts: [string, string, string?][] = [[t('record.type'), recordType?.name ?? record.type]];
  if (record.owner !== undefined) {
    facts.push([t('record.owner'), record.owner?.displayName ?? t('records.unassigned'), 'record-owner']);
  }
  if (record.owningTeam !== undefined) {
    facts.push([t('record.owningTeam'), record.owningTeam?.name ?? t('record.noTeam'), 'record-owning-team']);
  }
  facts.push([t('record.created'), formatDateTime(record.createdAt)], [t('record.updated'), formatDateTime(record.updatedAt)]);
  for (const [name, value] of customFields) facts.push([labelOf(name), formatValue(value, i18n)]);

  return (
    <div className={styles.grid}>
      <section className={styles.block} aria-labelledby="record-details-heading">
        <Subtitle2 as="h2" id="record-details-heading">
          {t('record.details')}
        </Subtitle2>
        <dl className={styles.list}>
          {facts.map(([term, value, testId], index) => (
            <div key={index} className={styles.pair}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value} data-testid={testId}>
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {record.person !== undefined && (
        <section className={styles.block} aria-labelledby="record-contact-heading" data-testid="record-contact">
          <Subtitle2 as="h2" id="record-contact-heading">
            {t('record.contact')}
          </Subtitle2>
          {record.person === null ? (
            <Body1>{t('record.noContact')}</Body1>
          ) : (
            <>
              <Persona
                name={record.person.name}
                secondaryText={record.person.company?.name ?? t('record.noCompany')}
                size="large"
              />
              {record.person.email !== null && (
                <Caption1>
                  {t('record.email')}: <Link href={`mailto:${record.person.email}`}>{record.person.email}</Link>
                </Caption1>
              )}
              {record.person.company && (
                <Caption1 data-testid="record-company">
                  {t('record.company')}:{' '}
                  <RouterLink
                    href={pathOf({ name: 'company', id: record.person.company.id })}
                    data-testid="company-link"
                  >
                    {record.person.company.name}
                  </RouterLink>
                </Caption1>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
