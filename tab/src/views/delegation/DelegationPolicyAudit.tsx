/** B8 for the delegation policy: who changed which part of it, when, from what to what. Newest first, paged. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useSession } from '../../app/session';
import { AuditLog } from '../../components/AuditLog';
import type { Translate } from '../../i18n/catalogs';
import { useI18n } from '../../i18n/I18nProvider';
import { getDelegationAudit, type DelegationPolicyView } from './delegation-api';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalM },
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
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  return (
    <AuditLog
      className={styles.root}
      headingId="delegation-audit-heading"
      heading={t('delegation.policy.audit')}
      headingAs="h3"
      tableLabel={t('delegation.policy.audit')}
      rowTestId="delegation-audit-row"
      load={(continuation, signal) => getDelegationAudit(api, continuation, signal)}
      deps={[api]}
      settingName={(path) => (isPolicyPath(path) ? t(PATH_LABELS[path]) : path)}
      formatValue={(_path, value) => formatPolicyValue(value, t, roles)}
    />
  );
}
