/**
 * "Register call" (H1): the caller (found or new), a subject and notes become a case with a phone
 * conversation, and the agent lands on it. One Idempotency-Key per opening of the dialog (it is
 * mounted afresh each time), sent again on a retry, so a lost answer never makes a second case.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { registerPhoneCall } from '../../api/endpoints';
import { pathOf } from '../../app/routes';
import { navigate } from '../../app/router';
import { useSession } from '../../app/session';
import { useAction } from '../../app/use-action';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { newIdempotencyKey } from '../chats/chat-model';
import { CallerFields } from './CallerFields';
import { callIssues, callRequest, LIMITS, type CallDraft } from './phone-model';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { flexWrap: 'wrap' },
});

const EMPTY: CallDraft = { mode: 'find', person: null, caller: { name: '', email: '', phone: '' }, subject: '', notes: '' };

export function RegisterCallDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [draft, setDraft] = useState<CallDraft>(EMPTY);
  const [tried, setTried] = useState(false);
  const { busy, problem, run } = useAction();
  const issues = callIssues(draft);
  const shown = tried ? issues : new Set<never>();

  async function register() {
    setTried(true);
    if (issues.size > 0 || busy) return;
    await run(async () => {
      const record = await registerPhoneCall(api, callRequest(draft), idempotencyKey);
      navigate(pathOf({ name: 'record', type: record.type, id: record.id }));
      onClose();
    });
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface data-testid="register-call-dialog">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void register();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('phone.title')}</DialogTitle>
            <DialogContent className={styles.content}>
              <CallerFields draft={draft} onChange={setDraft} issues={shown} disabled={busy} />
              <Field
                label={t('phone.subject')}
                required
                validationState={shown.has('subject') ? 'error' : 'none'}
                validationMessage={shown.has('subject') ? t('phone.subjectRequired') : undefined}
              >
                <Input value={draft.subject} maxLength={LIMITS.subject} disabled={busy} onChange={(_, data) => setDraft({ ...draft, subject: data.value })} data-testid="call-subject" />
              </Field>
              <Field label={t('phone.notes')} hint={t('phone.notes.hint')}>
                <Textarea
                  value={draft.notes}
                  maxLength={LIMITS.notes}
                  rows={5}
                  resize="vertical"
                  disabled={busy}
                  onChange={(_, data) => setDraft({ ...draft, notes: data.value })}
                  data-testid="call-notes"
                />
              </Field>
              {problem !== null && <ProblemBanner problem={problem} />}
            </DialogContent>
            <DialogActions className={styles.actions}>
              {busy && <Spinner size="tiny" label={t('phone.registering')} role="status" />}
              <Button type="button" appearance="secondary" disabled={busy} onClick={onClose}>
                {t('phone.cancel')}
              </Button>
              <Button type="submit" appearance="primary" disabled={busy} data-testid="call-register">
                {problem === null ? t('phone.register') : t('problem.retry')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
