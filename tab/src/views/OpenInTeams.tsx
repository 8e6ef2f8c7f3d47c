/** Azure mode in a plain browser: sign-in only works through Teams SSO. */
import { Body1, makeStyles, tokens, Title3 } from '@fluentui/react-components';
import { useI18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXXL },
});

export function OpenInTeams() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <main className={styles.root} data-testid="open-in-teams">
      <Title3 as="h1">{t('app.openInTeams.title')}</Title3>
      <Body1>{t('app.openInTeams.body')}</Body1>
    </main>
  );
}
