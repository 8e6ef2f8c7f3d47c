/** An unknown path inside the tab. */
import { makeStyles, Title3, tokens } from '@fluentui/react-components';
import { RouterLink } from '../app/router';
import { useI18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function NotFound() {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <section className={styles.root}>
      <Title3 as="h1">{t('notFound.title')}</Title3>
      <RouterLink href="/">{t('notFound.back')}</RouterLink>
    </section>
  );
}
