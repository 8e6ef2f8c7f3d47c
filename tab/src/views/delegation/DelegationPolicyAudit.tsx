/** B8 for the delegation policy: who changed which part of it, when, from what to what. Newest first, paged. */
import { Body1, Button, makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Page } from '../../api/types';
import { useSession } from '../../app/session';
import { useAction } from '../../app/use-action';
import { useLoad } from '../../app/use-load';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import type { Translate } from '../../i18n/catalogs';
import { useI18n } from '../../i18n/I18nProvider';
import { getDelegationAudit, type DelegationAuditEntry, type DelegationPolicyView } from './delegation-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  more: { alignSelf: 'flex-start' },
});

const PATH_LABELS = {
  enabled: 'delegation.policy.path.enabled',
  delegatorRoleIds: 'delegation.policy.path.delegatorRoleIds',
  delegateRoleIds: 'delegation.policy.path.delegateRoleIds',
} as const;

function isPolicyPath(path: string): path is keyof typeof PATH_LABELS {
  return Object.hasOwn(PATH_LABELS, path);
}

/** An audited value in words: on/off, role names (none: every role). */
export function formatPolicyValue(value: unknown, t: Translate, roles: DelegationPolicyView['roles']): string {
  if (typeof value === 'boolean') return value ? t('audit.on') : t('audit.off');
  if (Array.isArray(value)) {
    if (value.length === 0) return t('delegation.policy.everyRole');
    return value.map((id) => roles.find((r) => r.id === id)?.name ?? String(id)).join(', ');
  }
  return value === null || value === undefined ? t('audit.none') : JSON.stringify(value);
}

export function DelegationPolicyAudit({ roles }: { roles: DelegationPolicyView['roles'] }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const first = useLoad((signal) => getDelegationAudit(api, undefined, signal), [api]);
  const [more, setMore] = useState<Page<DelegationAuditEntry> | null>(null);
  const { busy, problem, run } = useAction();
  const done = first.state.status === 'done' ? first.state.data : null;
  const entries = done ? [...done.items, ...(more?.items ?? [])] : [];
  const continuation = more ? more.continuation : (done?.continuation ?? null);
  const label = (path: string) => (isPolicyPath(path) ? t(PATH_LABELS[path]) : path);

  return (
    <section className={styles.root} aria-labelledby="delegation-audit-heading">
      <Subtitle2 as="h3" id="delegation-audit-heading">
        {t('delegation.policy.audit')}
      </Subtitle2>
      {first.state.status === 'loading' && <Loading label={t('audit.loading')} />}
      {first.state.status === 'failed' && <ProblemBanner problem={first.state.problem} onRetry={first.reload} />}
      {done && entries.length === 0 && <Body1>{t('audit.empty')}</Body1>}
      {entries.length > 0 && (
        <Table aria-label={t('delegation.policy.audit')} size="small">
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
              <TableRow key={entry.id} data-testid="delegation-audit-row" data-path={entry.path}>
                <TableCell>{formatDateTime(entry.at)}</TableCell>
                <TableCell>{entry.actor.displayName}</TableCell>
                <TableCell>{label(entry.path)}</TableCell>
                <TableCell>{formatPolicyValue(entry.oldValue, t, roles)}</TableCell>
                <TableCell>{formatPolicyValue(entry.newValue, t, roles)}</TableCell>
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
            const page = await getDelegationAudit(api, continuation);
            setMore({ items: [...(more?.items ?? []), ...page.items], continuation: page.continuation });
          }, { settle: true })}
        >
          {busy ? t('audit.loading') : t('audit.loadMore')}
        </Button>
      )}
    </section>
  );
}
