/** The table of records: number, title, status, priority, owner, updated. */
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ServiceRecord } from '../api/types';
import { pathOf } from '../app/routes';
import { navigate, RouterLink } from '../app/router';
import { PriorityBadge, StatusBadge } from '../components/RecordBadges';
import { useI18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  row: { cursor: 'pointer' },
  number: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
});

export function RecordTable({ records, label }: { records: ServiceRecord[]; label: string }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('records.col.number')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.title')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.status')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.priority')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.owner')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.updated')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {records.map((record) => {
          const href = pathOf({ name: 'record', type: record.type, id: record.id });
          return (
            // The title link is the keyboard path; a click anywhere on the row does the same.
            <TableRow
              key={record.id}
              className={styles.row}
              data-testid={`record-row-${record.id}`}
              onClick={() => navigate(href)}
            >
              <TableCell className={styles.number}>{record.number}</TableCell>
              <TableCell>
                <RouterLink href={href}>{record.title}</RouterLink>
              </TableCell>
              <TableCell>
                <StatusBadge status={record.status} />
              </TableCell>
              <TableCell>
                {record.priority === undefined ? t('record.emptyValue') : <PriorityBadge priority={record.priority} />}
              </TableCell>
              <TableCell>
                {record.owner === undefined
                  ? t('record.emptyValue')
                  : (record.owner?.displayName ?? t('records.unassigned'))}
              </TableCell>
              <TableCell>{formatDateTime(record.updatedAt)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
