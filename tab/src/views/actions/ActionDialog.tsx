/** The frame every action dialog shares: a modal with a title, its fields, the problem if any, Cancel and the action. */
import {
  Button,
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
import type { FormEvent, ReactNode } from 'react';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ActionDialogProps {
  title: string;
  testId: string;
  submitLabel: string;
  busy: boolean;
  problem: unknown;
  onCancel: () => void;
  onSubmit: () => void;
  children: ReactNode;
}

export function ActionDialog({ title, testId, submitLabel, busy, problem, onCancel, onSubmit, children }: ActionDialogProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && !busy && onCancel()}>
      <DialogSurface data-testid={testId}>
        {/* A form, so Enter in a field submits as everywhere else. */}
        <form onSubmit={submit}>
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {children}
              {problem !== null && <ProblemBanner problem={problem} />}
            </DialogContent>
            <DialogActions>
              {busy && <Spinner size="tiny" label={t('actions.working')} role="status" />}
              <Button appearance="secondary" disabled={busy} onClick={onCancel}>
                {t('actions.cancel')}
              </Button>
              <Button appearance="primary" type="submit" disabled={busy} data-testid={`${testId}-submit`}>
                {submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** What the actions bar gives each dialog. */
export interface ActionDialogContext {
  busy: boolean;
  problem: unknown;
  onCancel: () => void;
  /** Runs the action; the bar shows the result (`done`), or reloads on a stale case. */
  onSubmit: (call: () => Promise<import('../../api/types').ServiceRecord>, done: string) => void;
  /** A problem the dialog found itself (a missing field), shown like the service's. */
  onInvalid: (message: string) => void;
}
