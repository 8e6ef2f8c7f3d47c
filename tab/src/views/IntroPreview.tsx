/**
 * B4: the intro card as the chosen fields would draw it, below the field picker. It asks the
 * service for the card (drawn with the type's most recent record) a moment after the fields stop
 * changing, and keeps showing the last card while it asks.
 */
import { Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { getIntroPreview } from '../api/endpoints';
import { isAbort } from '../api/problem';
import type { IntroPreview as Preview } from '../api/types';
import { useSession } from '../app/session';
import { ProblemBanner } from '../components/ProblemBanner';
import { useI18n } from '../i18n/I18nProvider';
import { AdaptiveCardView } from './AdaptiveCardView';

const DEBOUNCE_MS = 350;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  caption: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
});

export function IntroPreview({ type, fields }: { type: string; fields: readonly string[] }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const key = fields.join(',');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<unknown>(null);
  const [drawFailed, setDrawFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    const timer = window.setTimeout(() => {
      getIntroPreview(api, type, key === '' ? [] : key.split(','), controller.signal).then(
        (next) => {
          setPreview(next);
          setProblem(null);
          setDrawFailed(false);
          setLoading(false);
        },
        (error: unknown) => {
          if (controller.signal.aborted || isAbort(error)) return;
          setProblem(error);
          setLoading(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [api, type, key]);

  let caption = t('settings.introPreview.loading');
  if (preview !== null) {
    caption = preview.recordNumber === null
      ? t('settings.introPreview.example')
      : t('settings.introPreview.drawnWith', { number: preview.recordNumber });
  }

  return (
    <section
      className={styles.root}
      aria-label={t('settings.introPreview.label')}
      aria-busy={loading}
      data-testid="intro-preview"
      data-fields={key}
      data-state={loading ? 'loading' : problem !== null || drawFailed ? 'failed' : 'done'}
    >
      <Caption1 className={styles.caption} data-testid="intro-preview-caption">
        {caption}
        {loading && <Spinner size="extra-tiny" aria-label={t('settings.introPreview.loading')} />}
      </Caption1>
      {problem !== null && <ProblemBanner problem={problem} />}
      {drawFailed && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('settings.introPreview.failed')}</MessageBarBody>
        </MessageBar>
      )}
      {preview !== null && (
        <AdaptiveCardView
          card={preview.card}
          testId="intro-preview-card"
          onError={(error) => {
            console.warn('Casebridge: the intro preview could not be drawn', error);
            setDrawFailed(true);
          }}
        />
      )}
    </section>
  );
}
