/**
 * Keeps a fault in the chat views inside them: instead of a blank tab, a localized message with a
 * button that reloads the page (the rest of the tab is untouched). The error goes to the console.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

function Crashed() {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="sessions-crashed">
      <MessageBarBody>{t('sessions.crashed')}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => window.location.reload()} data-testid="sessions-crashed-reload">
          {t('sessions.crashed.reload')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export class SessionsErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('The chat view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <Crashed /> : this.props.children;
  }
}
