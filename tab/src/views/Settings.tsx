/**
 * `/settings` and `/settings/{type}`: an admin's settings per record type (B1–B7) and their
 * change history (B8). A non-admin gets the service's 403, shown as "only admins can change settings".
 * Unsaved changes are not lost silently: switching record type asks first, leaving the page warns.
 */
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { getSettings } from '../api/endpoints';
import { ApiProblem } from '../api/problem';
import { pathOf } from '../app/routes';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { useLoad } from '../app/use-load';
import { Loading } from '../components/Loading';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import { ChatLanguageSettings } from './ChatLanguageSettings';
import { SettingsAudit } from './SettingsAudit';
import { SettingsEditor } from './SettingsEditor';
import { ReplyTemplatesSettings } from './compose/ReplyTemplatesSettings';
import { DelegationPolicySettings } from './delegation/DelegationPolicySettings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  // The record types wrap onto more lines on a narrow screen instead of widening the page.
  tabs: { flexWrap: 'wrap' },
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
      {type !== null && <ChatLanguageSettings />}
      {type !== null && <ReplyTemplatesSettings />}
      {type !== null && <DelegationPolicySettings />}
    </section>
  );
}

function TypeSettings({ type }: { type: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api, recordTypes } = useSession();
  const loaded = useLoad((signal) => getSettings(api, type, signal), [api, type]);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  /** The record type the user asked to switch to while there were unsaved changes. */
  const [pending, setPending] = useState<string | null>(null);
  const [auditVersion, setAuditVersion] = useState(0);
  const state = loaded.state;
  const onDirtyChange = useCallback((next: boolean) => setDirty(next), []);
  const nameOf = (id: string) => recordTypes.find((recordType) => recordType.id === id)?.pluralName ?? id;

  // Leaving the page (reload, close) with unsaved changes: the browser asks.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

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
        className={styles.tabs}
        aria-label={t('settings.types')}
        selectedValue={type}
        onTabSelect={(_, data) => {
          const next = String(data.value);
          if (next === type) return;
          if (dirty) setPending(next);
          else navigate(pathOf({ name: 'settings', type: next }));
        }}
      >
        {recordTypes.map((recordType) => (
          <Tab key={recordType.id} value={recordType.id} data-testid={`settings-type-${recordType.id}`}>
            {recordType.pluralName}
          </Tab>
        ))}
      </TabList>
      <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && setPending(null)}>
        <DialogSurface data-testid="settings-leave">
          <DialogBody>
            <DialogTitle>{t('settings.leave.title')}</DialogTitle>
            <DialogContent>{t('settings.leave.body', { type: nameOf(type), next: nameOf(pending ?? type) })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => setPending(null)} data-testid="settings-leave-stay">
                {t('settings.leave.stay')}
              </Button>
              <Button
                onClick={() => {
                  const next = pending;
                  setPending(null);
                  if (next !== null) navigate(pathOf({ name: 'settings', type: next }));
                }}
                data-testid="settings-leave-discard"
              >
                {t('settings.leave.discard')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {state.status === 'loading' && <Loading label={t('settings.loading')} />}
      {state.status === 'failed' && <ProblemBanner problem={state.problem} onRetry={loaded.reload} />}
      {state.status === 'done' && (
        <SettingsEditor
          key={state.data.etag}
          doc={state.data}
          recordType={recordTypes.find((recordType) => recordType.id === type)}
          saved={saved}
          onEdit={() => setSaved(false)}
          onDirtyChange={onDirtyChange}
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
