/**
 * "Delegation policy" on the Settings page (J1, admins): on/off, the roles that may name
 * delegates and the roles that may be delegates (none chosen: every role), saved with If-Match (a
 * 412 offers to load the current policy), and its change history (B8) below it. For others the
 * section is not shown (the service answers 403).
 */
import { Body1, Button, Checkbox, Field, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { ApiProblem } from '../../api/problem';
import { useState } from 'react';
import { useSession } from '../../app/session';
import { useAction } from '../../app/use-action';
import { AdminSettingsSection, type AdminFormProps } from '../../components/AdminSettingsSection';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { DelegationPolicyAudit } from './DelegationPolicyAudit';
import { getDelegationPolicy, putDelegationPolicy, type DelegationPolicy, type DelegationPolicyView } from './delegation-api';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  roles: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  saved: { color: tokens.colorPaletteGreenForeground1 },
});

export function DelegationPolicySettings() {
  const { t } = useI18n();
  const { api } = useSession();
  return (
    <AdminSettingsSection
      headingId="delegation-policy-heading"
      heading={t('delegation.policy.title')}
      testId="delegation-policy-settings"
      loadingLabel={t('delegation.policy.loading')}
      load={(signal) => getDelegationPolicy(api, signal)}
      deps={[api]}
      form={(props) => <PolicyForm {...props} />}
      after={(doc, saves) => <DelegationPolicyAudit key={saves} roles={doc.roles} />}
    />
  );
}

function PolicyForm({ doc, saved, onEdit, onSaved, onReload }: AdminFormProps<DelegationPolicyView>) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [draft, setDraft] = useState<DelegationPolicy>({ enabled: doc.enabled, delegatorRoleIds: doc.delegatorRoleIds, delegateRoleIds: doc.delegateRoleIds });
  const { busy, problem, run } = useAction();
  const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const dirty = draft.enabled !== doc.enabled || !sameSet(draft.delegatorRoleIds, doc.delegatorRoleIds) || !sameSet(draft.delegateRoleIds, doc.delegateRoleIds);

  function change(next: DelegationPolicy) {
    setDraft(next);
    onEdit();
  }

  const roleList = (side: 'delegatorRoleIds' | 'delegateRoleIds', label: string) => (
    <Field label={label} hint={draft[side].length === 0 ? t('delegation.policy.everyRole') : undefined}>
      <div className={styles.roles}>
        {doc.roles.map((role) => (
          <Checkbox
            key={role.id}
            label={role.name}
            data-testid={`delegation-policy-${side}-${role.id}`}
            checked={draft[side].includes(role.id)}
            disabled={!draft.enabled}
            onChange={(_, data) => change({ ...draft, [side]: data.checked === true ? [...draft[side], role.id] : draft[side].filter((id) => id !== role.id) })}
          />
        ))}
      </div>
    </Field>
  );

  const conflict = problem instanceof ApiProblem && problem.status === 412;
  return (
    <form
      className={styles.root}
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty && !busy) void run(async () => onSaved(await putDelegationPolicy(api, draft, doc.etag)), { settle: true });
      }}
    >
      <Body1>{t('delegation.policy.intro')}</Body1>
      <Switch label={t('delegation.policy.enabled')} checked={draft.enabled} onChange={(_, data) => change({ ...draft, enabled: data.checked })} data-testid="delegation-policy-enabled" />
      {roleList('delegatorRoleIds', t('delegation.policy.delegatorRoles'))}
      {roleList('delegateRoleIds', t('delegation.policy.delegateRoles'))}
      {problem !== null && <ProblemBanner problem={problem} {...(conflict ? { onRetry: onReload } : {})} />}
      <div className={styles.bar}>
        <Button type="submit" appearance="primary" icon={<SaveRegular />} disabled={!dirty || busy} data-testid="delegation-policy-save">
          {busy ? t('delegation.policy.saving') : t('delegation.policy.save')}
        </Button>
        {saved && !dirty && <span className={styles.saved} role="status" data-testid="delegation-policy-saved">{t('delegation.policy.saved')}</span>}
      </div>
    </form>
  );
}
