/**
 * The kept text of a connected chat (E6), oldest first and paged. Where the record type keeps no
 * transcripts (403) the dialog says so; an empty transcript says when messages started being kept.
 */
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { getTranscript } from '../../api/endpoints';
import { ApiProblem } from '../../api/problem';
import type { TranscriptMessage } from '../../api/types';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  message: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  surface: { maxWidth: 'min(600px, calc(100vw - 24px))', boxSizing: 'border-box' },
  content: { maxHeight: '60vh', overflowY: 'auto' },
});

/** Teams message text may carry HTML: shown as plain text. */
function plainText(text: string): string {
  const doc = new DOMParser().parseFromString(text, 'text/html');
  return (doc.body.textContent ?? '').trim();
}

type State =
  | { kind: 'loading' }
  | { kind: 'off' }
  | { kind: 'failed'; problem: unknown }
  | { kind: 'loaded'; items: TranscriptMessage[]; continuation: string | null; more: boolean };

export interface TranscriptDialogProps {
  recordId: string;
  chatId: string;
  label: string;
  onClose: () => void;
}

export function TranscriptDialog({ recordId, chatId, label, onClose }: TranscriptDialogProps) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const abort = useRef<AbortController | null>(null);

  const load = useCallback(
    async (previous: TranscriptMessage[], continuation: string | null) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      try {
        const page = await getTranscript(api, recordId, chatId, continuation, controller.signal);
        if (controller.signal.aborted) return;
        setState({ kind: 'loaded', items: [...previous, ...page.items], continuation: page.continuation, more: false });
      } catch (error) {
        if (controller.signal.aborted) return;
        if (error instanceof ApiProblem && error.status === 403) setState({ kind: 'off' });
        else setState({ kind: 'failed', problem: error });
      }
    },
    [api, recordId, chatId],
  );

  useEffect(() => {
    void load([], null);
    return () => abort.current?.abort();
  }, [load]);

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} data-testid="transcript-dialog">
        <DialogBody>
          <DialogTitle>{t('transcript.title', { name: label })}</DialogTitle>
          <DialogContent className={styles.content}>
            {state.kind === 'loading' && <Spinner size="small" label={t('transcript.loading')} role="status" />}
            {state.kind === 'off' && <Body1 data-testid="transcript-off">{t('transcript.off')}</Body1>}
            {state.kind === 'failed' && <ProblemBanner problem={state.problem} onRetry={() => void load([], null)} />}
            {state.kind === 'loaded' && state.items.length === 0 && <Body1 data-testid="transcript-empty">{t('transcript.empty')}</Body1>}
            {state.kind === 'loaded' && state.items.length > 0 && (
              <ol className={styles.list} data-testid="transcript-messages">
                {state.items.map((m) => (
                  <li key={m.messageId} className={styles.message} data-testid="transcript-message">
                    <Caption1 className={styles.muted}>
                      <strong>{m.fromName}</strong> · <time dateTime={m.at}>{formatDateTime(m.at)}</time>
                      {m.editedAt !== null && ` · ${t('transcript.edited')}`}
                    </Caption1>
                    <Body1 className={styles.text}>{plainText(m.text)}</Body1>
                  </li>
                ))}
              </ol>
            )}
          </DialogContent>
          <DialogActions>
            {state.kind === 'loaded' && state.continuation !== null && (
              <Button
                disabled={state.more}
                onClick={() => {
                  setState({ ...state, more: true });
                  void load(state.items, state.continuation);
                }}
                data-testid="transcript-more"
              >
                {t('transcript.more')}
              </Button>
            )}
            <Button appearance="primary" onClick={onClose} data-testid="transcript-close">
              {t('transcript.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
