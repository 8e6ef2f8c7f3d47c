/**
 * B8's audit table: who changed which setting, when, from what to what; newest first, paged with
 * "load more". The record types' settings and the delegation policy both show their changes in it.
 */
import { Body1, Button, makeStyles, mergeClasses, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState, type DependencyList } from 'react';
import type { Page } from '../api/types';
import { useAction } from '../app/use-action';
import { useLoad } from '../app/use-load';
import { useI18n } from '../i18n/I18nProvider';
import { Loading } from './Loading';
import { ProblemBanner } from './ProblemBanner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  more: { alignSelf: 'flex-start' },
});

/** What a row needs of an audit entry. */
export interface AuditRow {
  id: string;
  at: string;
  actor: { displayName: string };
  path: string;
  oldValue?: unknown;
  newValue?: unknown;
}

export interface AuditLogProps<E extends AuditRow> {
  /** The heading's element id (the section is labelled by it), text and level. */
  headingId: string;
  heading: string;
  headingAs: 'h2' | 'h3';
  tableLabel: string;
  /** `data-testid` of each row. */
  rowTestId: string;
  className?: string | undefined;
  /** One page of entries, from the start (`continuation` undefined) or on. */
  load: (continuation: string | undefined, signal?: AbortSignal) => Promise<Page<E>>;
  /** What `load` depends on: a change starts over. */
  deps: DependencyList;
  /** The name of the setting at a path, and a value in words. */
  settingName: (path: string) => string;
  formatValue: (path: string, value: unknown) => string;
}

export function AuditLog<E extends AuditRow>(props: AuditLogProps<E>) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const first = useLoad((signal) => props.load(undefined, signal), props.deps);
  const [more, setMore] = useState<Page<E> | null>(null);
  const { busy, problem, run } = useAction();
  const done = first.state.status === 'done' ? first.state.data : null;
  const entries = done ? [...done.items, ...(more?.items ?? [])] : [];
  const continuation = more ? more.continuation : (done?.continuation ?? null);

  return (
    <section className={mergeClasses(styles.root, props.className)} aria-labelledby={props.headingId}>
      <Subtitle2 as={props.headingAs} id={props.headingId}>
        {props.heading}
      </Subtitle2>
      {first.state.status === 'loading' && <Loading label={t('audit.loading')} />}
      {first.state.status === 'failed' && <ProblemBanner problem={first.state.problem} onRetry={first.reload} />}
      {done && entries.length === 0 && <Body1>{t('audit.empty')}</Body1>}
      {entries.length > 0 && (
        <Table aria-label={props.tableLabel} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('audit.when')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.who')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.setting')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.oldValue')}</TableHeaderCell>
              <TableHeaderCell>{t('audit.newValue')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((entry) => (
              <TableRow key={entry.id} data-testid={props.rowTestId} data-path={entry.path}>
                <TableCell>{formatDateTime(entry.at)}</TableCell>
                <TableCell>{entry.actor.displayName}</TableCell>
                <TableCell>{props.settingName(entry.path)}</TableCell>
                <TableCell>{props.formatValue(entry.path, entry.oldValue)}</TableCell>
                <TableCell>{props.formatValue(entry.path, entry.newValue)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {problem !== null && <ProblemBanner problem={problem} />}
      {done && continuation !== null && (
        <Button
          className={styles.more}
          disabled={busy}
          onClick={() => void run(async () => {
            const page = await props.load(continuation);
            setMore({ items: [...(more?.items ?? []), ...page.items], continuation: page.continuation });
          }, { settle: true })}
        >
          {busy ? t('audit.loading') : t('audit.loadMore')}
        </Button>
      )}
    </section>
  );
}
