/** Asks before disconnecting a chat or channel from the record (C5); the chat itself stays in Teams. */
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from '@fluentui/react-components';
import { disconnectChat } from '../../api/endpoints';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { useAction } from '../../app/use-action';

export interface DisconnectDialogProps {
  recordId: string;
  recordNumber: string;
  chatId: string;
  label: string;
  onClose: () => void;
  onDisconnected: () => void;
}

export function DisconnectDialog({ recordId, recordNumber, chatId, label, onClose, onDisconnected }: DisconnectDialogProps) {
  const { t } = useI18n();
  const { api } = useSession();
  const { busy, problem, run } = useAction();

  async function disconnect() {
    await run(async () => {
      await disconnectChat(api, recordId, chatId);
      onDisconnected();
    });
  }

  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface data-testid="disconnect-dialog">
        <DialogBody>
          <DialogTitle>{t('chats.disconnectTitle', { name: label })}</DialogTitle>
          <DialogContent>
            <Body1>{t('chats.disconnectBody', { number: recordNumber })}</Body1>
            {problem !== null && <ProblemBanner problem={problem} />}
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label={t('chats.disconnecting')} role="status" />}
            <Button appearance="secondary" disabled={busy} onClick={onClose}>
              {t('chats.cancel')}
            </Button>
            <Button appearance="primary" disabled={busy} onClick={() => void disconnect()} data-testid="confirm-disconnect">
              {t('chats.disconnect')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
