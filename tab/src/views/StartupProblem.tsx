/** Shown when the tab cannot get going: the service is unreachable or sign-in failed. */
import { makeStyles, tokens, Title3 } from '@fluentui/react-components';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXXL },
});

export interface StartupProblemProps {
  title?: string;
  /** The failure, if known; null shows the generic message. */
  problem: unknown;
  onRetry: () => void;
}

export function StartupProblem({ title, problem, onRetry }: StartupProblemProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{title ?? t('app.startFailed')}</Title3>
      <ProblemBanner problem={problem} onRetry={onRetry} />
    </main>
  );
}
