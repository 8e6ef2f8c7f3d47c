/**
 * `/config`: the configurable-tab page Teams shows when the tab is added to a chat or channel.
 * Saving registers a tab whose content is the record list, opened in Teams mode.
 */
import { Body1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { loadTeamsSdk, type TeamsSdk } from '../teams/sdk';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXXL },
});

export function ConfigPage({ inTeams }: { inTeams: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();

  useEffect(() => {
    if (!inTeams) return;
    const origin = window.location.origin;
    const register = ({ pages }: TeamsSdk) => {
      pages.config.registerOnSaveHandler((saveEvent) => {
        pages.config
          .setConfig({
            entityId: 'casebridge-records',
            contentUrl: `${origin}/?inTeams=true`,
            websiteUrl: `${origin}/`,
            suggestedDisplayName: t('app.name'),
          })
          .then(
            () => saveEvent.notifySuccess(),
            (error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)),
          );
      });
      pages.config.setValidityState(true);
    };
    loadTeamsSdk().then(register, (error: unknown) => console.warn('Casebridge: teams-js did not load', error));
  }, [inTeams, t]);

  return (
    <main className={styles.root} data-testid="config-page">
      <Title3 as="h1">{t('config.title')}</Title3>
      <Body1>{inTeams ? t('config.body') : t('config.outsideTeams')}</Body1>
    </main>
  );
}
