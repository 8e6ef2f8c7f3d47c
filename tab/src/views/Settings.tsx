/**
 * `/settings` and `/settings/{type}`: an admin's settings per record type (B1–B7) and their
 * change history (B8). A non-admin gets the service's 403, shown as "only admins can change settings".
 */
import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { getSettings } from '../api/endpoints';
import { ApiProblem } from '../api/problem';
import { pathOf } from '../app/routes';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { useLoad } from '../app/use-load';
import { Loading } from '../components/Loading';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import { SettingsAudit } from './SettingsAudit';
import { SettingsEditor } from './SettingsEditor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
});

export function SettingsPage({ type }: { type: string | null }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { recordTypes } = useSession();
  const first = recordTypes[0]?.id ?? 'case';

  // `/settings` shows the first record type; its settings call tells whether the user may.
  useEffect(() => {
    if (type === null) navigate(pathOf({ name: 'settings', type: first }), { replace: true });
  }, [type, first]);

  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <Title3 as="h1" id="settings-heading">
        {t('settings.title')}
      </Title3>
      {type === null ? <Loading label={t('settings.loading')} /> : <TypeSettings key={type} type={type} />}
    </section>
  );
}

function TypeSettings({ type }: { type: string }) {
  const { t } = useI18n();
  const { api, recordTypes } = useSession();
  const loaded = useLoad((signal) => getSettings(api, type, signal), [api, type]);
  const [saved, setSaved] = useState(false);
  const [auditVersion, setAuditVersion] = useState(0);
  const state = loaded.state;

  if (state.status === 'failed' && state.problem instanceof ApiProblem && state.problem.status === 403) {
    return (
      <MessageBar intent="warning" data-testid="settings-forbidden">
        <MessageBarBody>{t('settings.forbidden')}</MessageBarBody>
      </MessageBar>
    );
  }

  return (
    <>
      <Body1>{t('settings.intro')}</Body1>
      <TabList
        aria-label={t('settings.types')}
        selectedValue={type}
        onTabSelect={(_, data) => navigate(pathOf({ name: 'settings', type: String(data.value) }))}
      >
        {recordTypes.map((recordType) => (
          <Tab key={recordType.id} value={recordType.id} data-testid={`settings-type-${recordType.id}`}>
            {recordType.pluralName}
          </Tab>
        ))}
      </TabList>
      {state.status === 'loading' && <Loading label={t('settings.loading')} />}
      {state.status === 'failed' && <ProblemBanner problem={state.problem} onRetry={loaded.reload} />}
      {saved && (
        <MessageBar intent="success" data-testid="settings-saved">
          <MessageBarBody>{t('settings.saved')}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'done' && (
        <SettingsEditor
          key={state.data.etag}
          doc={state.data}
          recordType={recordTypes.find((recordType) => recordType.id === type)}
          onEdit={() => setSaved(false)}
          onReload={() => {
            setSaved(false);
            loaded.reload();
          }}
          onSaved={(next) => {
            loaded.replace(next);
            setSaved(true);
            setAuditVersion((version) => version + 1);
          }}
        />
      )}
      {state.status === 'done' && <SettingsAudit key={auditVersion} type={type} recordType={recordTypes.find((r) => r.id === type)} />}
    </>
  );
}
