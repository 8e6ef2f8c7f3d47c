/** Forwarding one message or the whole case to an outside party (to/cc/bcc, a cover text, files). */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { sendForward, type Composed } from '../../api/compose-endpoints';
import type { ConversationMessage } from '../../api/types';
import { useAction } from '../../app/use-action';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { addressList, newKey, overLimit, type PickedFile } from './attachments';
import { FilePicker } from './FilePicker';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export interface ForwardDialogProps {
  recordId: string;
  etag: string;
  /** The message chosen in its menu; null: the whole case. */
  message: ConversationMessage | null;
  onClose: () => void;
  onDone: (result: Composed) => void;
}

export function ForwardDialog({ recordId, etag, message, onClose, onDone }: ForwardDialogProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const action = useAction();
  const [scope, setScope] = useState<'message' | 'case'>(message ? 'message' : 'case');
  const [to, setTo] = useState('');
  const [cc, setCc] = useState('');
  const [bcc, setBcc] = useState('');
  const [text, setText] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const key = useRef(newKey());

  const submit = () =>
    action.run(async () => {
      const result = await sendForward(
        api,
        recordId,
        etag,
        { to: addressList(to), cc: addressList(cc), bcc: addressList(bcc), text, attachments: files.map((f) => f.upload), ...(scope === 'message' && message ? { messageId: message.id } : {}) },
        key.current,
      );
      onDone(result);
    });

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface data-testid="forward-dialog">
        <DialogBody>
          <DialogTitle>{t('compose.forward.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            {message && (
              <Field label={t('compose.forward.scope')}>
                <RadioGroup value={scope} onChange={(_, data) => setScope(data.value === 'case' ? 'case' : 'message')}>
                  <Radio value="message" label={t('compose.forward.scopeMessage', { subject: message.subject })} data-testid="forward-scope-message" />
                  <Radio value="case" label={t('compose.forward.scopeCase')} data-testid="forward-scope-case" />
                </RadioGroup>
              </Field>
            )}
            <Field label={t('compose.forward.to')} hint={t('compose.addressesHint')} required>
              <Input value={to} onChange={(_, data) => setTo(data.value)} data-testid="forward-to" />
            </Field>
            <Field label={t('compose.cc')}>
              <Input value={cc} onChange={(_, data) => setCc(data.value)} data-testid="forward-cc" />
            </Field>
            <Field label={t('compose.bcc')}>
              <Input value={bcc} onChange={(_, data) => setBcc(data.value)} data-testid="forward-bcc" />
            </Field>
            <Field label={t('compose.forward.cover')}>
              <Textarea value={text} rows={4} resize="vertical" onChange={(_, data) => setText(data.value)} data-testid="forward-text" />
            </Field>
            <FilePicker files={files} onChange={setFiles} testId="forward" />
            {action.problem !== null && <ProblemBanner problem={action.problem} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={action.busy || addressList(to).length === 0 || overLimit(files) !== null} onClick={() => void submit()} data-testid="forward-send">
              {action.busy ? t('compose.sending') : t('compose.forward.send')}
            </Button>
            <Button onClick={onClose}>{t('compose.forward.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
