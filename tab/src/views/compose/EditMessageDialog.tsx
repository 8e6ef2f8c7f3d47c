/**
 * Editing a message (H3): administrators change its visibility and subject; a note's author (or an
 * administrator) its text; received and sent text stays as it was (shown locked).
 */
import { Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { editMessage, type Composed, type MessagePatch } from '../../api/compose-endpoints';
import type { ConversationMessage } from '../../api/types';
import { useAction } from '../../app/use-action';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { canEditText } from './message-rules';

const useStyles = makeStyles({ content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS } });

export function EditMessageDialog({ recordId, etag, message, onClose, onDone }: { recordId: string; etag: string; message: ConversationMessage; onClose: () => void; onDone: (result: Composed) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api, me } = useSession();
  const action = useAction();
  const [visibility, setVisibility] = useState(message.visibility);
  const [subject, setSubject] = useState(message.subject);
  const [text, setText] = useState(message.text);
  const textEditable = canEditText(message, me.user.id, me.isAdmin);

  const patch: MessagePatch = {
    ...(me.isAdmin && visibility !== message.visibility ? { visibility } : {}),
    ...(me.isAdmin && subject !== message.subject ? { subject } : {}),
    ...(textEditable && text !== message.text ? { text } : {}),
  };
  const changed = Object.keys(patch).length > 0;

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface data-testid="edit-dialog">
        <DialogBody>
          <DialogTitle>{t('compose.edit.title')}</DialogTitle>
          <DialogContent className={styles.content}>
            {me.isAdmin && (
              <Field label={t('compose.edit.visibility')}>
                <RadioGroup value={visibility} layout="horizontal" onChange={(_, data) => setVisibility(data.value === 'internal' ? 'internal' : 'external')}>
                  <Radio value="external" label={t('compose.edit.external')} data-testid="edit-visibility-external" />
                  <Radio value="internal" label={t('compose.edit.internal')} data-testid="edit-visibility-internal" />
                </RadioGroup>
              </Field>
            )}
            {me.isAdmin && (
              <Field label={t('compose.edit.subject')}>
                <Input value={subject} onChange={(_, data) => setSubject(data.value)} data-testid="edit-subject" />
              </Field>
            )}
            {textEditable ? (
              <Field label={t('compose.edit.text')}>
                <Textarea value={text} rows={6} resize="vertical" onChange={(_, data) => setText(data.value)} data-testid="edit-text" />
              </Field>
            ) : (
              <Caption1>{t('compose.edit.textLocked')}</Caption1>
            )}
            {action.problem !== null && <ProblemBanner problem={action.problem} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!changed || action.busy} onClick={() => void action.run(async () => onDone(await editMessage(api, recordId, message.id, etag, patch)))} data-testid="edit-save">
              {t('compose.edit.save')}
            </Button>
            <Button onClick={onClose}>{t('compose.edit.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
