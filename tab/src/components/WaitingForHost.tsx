/**
 * What the page shows at once, while it finds out whether a Teams host answers: a spinner, never a
 * blank frame. Themed and worded as the browser suggests until the host says otherwise.
 */
import { FluentProvider } from '@fluentui/react-components';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import type { Host } from '../teams/host';
import { fluentTheme } from '../teams/theme';
import { Loading } from './Loading';

function Waiting() {
  const { t } = useI18n();
  return (
    <div data-testid="host-waiting">
      <Loading label={t('app.loading')} />
    </div>
  );
}

export function WaitingForHost({ guess }: { guess: Host }) {
  return (
    <FluentProvider theme={fluentTheme(guess.theme)} style={{ minHeight: '100%' }}>
      <I18nProvider locale={guess.locale}>
        <Waiting />
      </I18nProvider>
    </FluentProvider>
  );
}
