/** B8: who changed which setting of a record type, when, from what to what. Newest first, paged. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { getSettingsAudit } from '../api/endpoints';
import type { RecordType } from '../api/types';
import { useSession } from '../app/session';
import { AuditLog } from '../components/AuditLog';
import { useI18n } from '../i18n/I18nProvider';
import { formatAuditValue } from './audit-format';
import { settingLabelKey } from './settings-model';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalXL },
});

export function SettingsAudit({ type, recordType }: { type: string; recordType: RecordType | undefined }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  return (
    <AuditLog
      className={styles.root}
      headingId="settings-audit-heading"
      heading={t('audit.title')}
      headingAs="h2"
      tableLabel={t('audit.tableLabel')}
      rowTestId="audit-row"
      load={(continuation, signal) => getSettingsAudit(api, type, continuation, signal)}
      deps={[api, type]}
      settingName={(path) => {
        const key = settingLabelKey(path);
        return key === null ? path : t(key);
      }}
      formatValue={(path, value) => formatAuditValue(path, value, t, recordType)}
    />
  );
}
