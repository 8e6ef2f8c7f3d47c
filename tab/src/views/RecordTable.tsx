/**
 * The table of records: number, title, status, priority, owner, updated. Narrow (a side panel, a
 * phone) it is stacked rows: number and badges, the title under them, then owner and update time.
 */
import {
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { ServiceRecord } from '../api/types';
import { pathOf } from '../app/routes';
import { navigate, RouterLink } from '../app/router';
import { NARROW, useStackedTableStyles } from '../components/narrow';
import { PriorityBadge, StatusBadge } from '../components/RecordBadges';
import { useI18n } from '../i18n/I18nProvider';

// Narrow: number and badges, then the title on a line of its own, then owner and update time
// (the time under the owner when both do not fit).
const useStyles = makeStyles({
  row: { cursor: 'pointer' },
  number: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', [NARROW]: { order: 1, flexGrow: 1 } },
  status: { [NARROW]: { order: 2 } },
  priority: { [NARROW]: { order: 3 } },
  /** No priority: a dash in its column, nothing in a stacked row. */
  noPriority: { [NARROW]: { display: 'none' } },
  title: { [NARROW]: { order: 4, '& a': { fontWeight: tokens.fontWeightSemibold } } },
  meta: { [NARROW]: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 } },
  owner: { [NARROW]: { order: 5, flexGrow: 1 } },
  updated: { [NARROW]: { order: 6, marginInlineStart: 'auto', whiteSpace: 'nowrap' } },
});

/** `hrefOf`: where a row leads (J3: the delegated queue opens a case "for" its owner); the record's page by default. */
export function RecordTable({ records, label, hrefOf }: { records: ServiceRecord[]; label: string; hrefOf?: ((record: ServiceRecord) => string) | undefined }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const stacked = useStackedTableStyles();
  const cell = (...classes: string[]) => mergeClasses(stacked.cell, ...classes);
  return (
    <Table aria-label={label} size="small" className={stacked.table}>
      <TableHeader className={stacked.header}>
        <TableRow>
          <TableHeaderCell>{t('records.col.number')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.title')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.status')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.priority')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.owner')}</TableHeaderCell>
          <TableHeaderCell>{t('records.col.updated')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody className={stacked.body}>
        {records.map((record) => {
          const href = hrefOf ? hrefOf(record) : pathOf({ name: 'record', type: record.type, id: record.id });
          return (
            // The title link is the keyboard path; a click anywhere on the row does the same.
            <TableRow
              key={record.id}
              className={mergeClasses(stacked.row, styles.row)}
              data-testid={`record-row-${record.id}`}
              data-record-id={record.id}
              onClick={() => navigate(href)}
            >
              <TableCell className={cell(styles.number)} data-testid="record-row-number">
                {record.number}
              </TableCell>
              <TableCell className={cell(styles.title, stacked.line)} data-testid="record-row-title">
                <RouterLink href={href}>{record.title}</RouterLink>
              </TableCell>
              <TableCell className={cell(styles.status)} data-testid="record-row-status">
                <StatusBadge status={record.status} />
              </TableCell>
              <TableCell
                className={cell(styles.priority, record.priority === undefined ? styles.noPriority : '')}
                data-testid="record-row-priority"
              >
                {record.priority === undefined ? t('record.emptyValue') : <PriorityBadge priority={record.priority} />}
              </TableCell>
              <TableCell
                className={cell(styles.meta, styles.owner, stacked.labelled)}
                data-label={t('records.col.owner')}
                data-testid="record-row-owner"
              >
                {record.owner === undefined
                  ? t('record.emptyValue')
                  : (record.owner?.displayName ?? t('records.unassigned'))}
              </TableCell>
              <TableCell className={cell(styles.meta, styles.updated)} data-testid="record-row-updated">
                {formatDateTime(record.updatedAt)}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
