/** B8: who changed which setting of a record type, when, from what to what. Newest first, paged. */
import {
  Body1,
  Button,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { getSettingsAudit } from '../api/endpoints';
import type { Page, RecordType, SettingsAuditEntry } from '../api/types';
import { useSession } from '../app/session';
import { useLoad } from '../app/use-load';
import { Loading } from '../components/Loading';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import { formatAuditValue } from './audit-format';
import { settingLabelKey } from './settings-model';
import { useAction } from '../app/use-action';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXL },
  more: { alignSelf: 'flex-start' },
});

export function SettingsAudit({ type, recordType }: { type: string; recordType: RecordType | undefined }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const first = useLoad((signal) => getSettingsAudit(api, type, undefined, signal), [api, type]);
  const [more, setMore] = useState<Page<SettingsAuditEntry> | null>(null);
  const { busy, problem, run } = useAction();

  const done = first.state.status === 'done' ? first.state.data : null;
  const entries = done ? [...done.items, ...(more?.items ?? [])] : [];
  const continuation = more ? more.continuation : (done?.continuation ?? null);

  async function loadMore(token: string) {
    await run(async () => {
      const page = await getSettingsAudit(api, type, token);
      setMore({ items: [...(more?.items ?? []), ...page.items], continuation: page.continuation });
    }, { settle: true });
  }

  const settingName = (path: string) => {
    const key = settingLabelKey(path);
    return key === null ? path : t(key);
  };

  return (
    <section className={styles.root} aria-labelledby="settings-audit-heading">
      <Subtitle2 as="h2" id="settings-audit-heading">
        {t('audit.title')}
      </Subtitle2>
      {first.state.status === 'loading' && <Loading label={t('audit.loading')} />}
      {first.state.status === 'failed' && <ProblemBanner problem={first.state.problem} onRetry={first.reload} />}
      {done && entries.length === 0 && <Body1>{t('audit.empty')}</Body1>}
      {entries.length > 0 && (
        <Table aria-label={t('audit.tableLabel')} size="small">
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
              <TableRow key={entry.id} data-testid="audit-row" data-path={entry.path}>
                <TableCell>{formatDateTime(entry.at)}</TableCell>
                <TableCell>{entry.actor.displayName}</TableCell>
                <TableCell>{settingName(entry.path)}</TableCell>
                <TableCell>{formatAuditValue(entry.path, entry.oldValue, t, recordType)}</TableCell>
                <TableCell>{formatAuditValue(entry.path, entry.newValue, t, recordType)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {problem !== null && <ProblemBanner problem={problem} />}
      {done && continuation !== null && (
        <Button className={styles.more} disabled={busy} onClick={() => void loadMore(continuation)}>
          {busy ? t('audit.loading') : t('audit.loadMore')}
        </Button>
      )}
    </section>
  );
}
