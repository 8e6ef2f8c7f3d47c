/** "Add people" to a connected chat (C6): a people picker; they get the whole chat history. */
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
import { useState } from 'react';
import { addChatMembers } from '../../api/endpoints';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import type { PersonChoice } from './chat-model';
import { PeoplePicker } from './PeoplePicker';
import { useAction } from '../../app/use-action';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface AddPeopleDialogProps {
  recordId: string;
  chatId: string;
  /** The chat's shown name. */
  label: string;
  onClose: () => void;
  onAdded: (people: PersonChoice[]) => void;
}

export function AddPeopleDialog({ recordId, chatId, label, onClose, onAdded }: AddPeopleDialogProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api, me } = useSession();
  const [people, setPeople] = useState<PersonChoice[]>([]);
  const [tried, setTried] = useState(false);
  const { busy, problem, run } = useAction();

  async function add() {
    setTried(true);
    if (people.length === 0 || busy) return;
    await run(async () => {
      await addChatMembers(api, recordId, chatId, people.map((person) => person.id));
      onAdded(people);
    });
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface data-testid="add-people-dialog">
        <DialogBody>
          <DialogTitle>{t('chats.addPeopleTitle', { name: label })}</DialogTitle>
          <DialogContent className={styles.content}>
            <PeoplePicker
              value={people}
              onChange={setPeople}
              testId="add-people-input"
              excludeIds={[me.user.id]}
              disabled={busy}
              hint={t('chats.addPeopleHint')}
              validationMessage={tried && people.length === 0 ? t('chats.peopleRequired') : undefined}
            />
            {problem !== null && <ProblemBanner problem={problem} />}
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label={t('chats.adding')} role="status" />}
            <Button appearance="secondary" disabled={busy} onClick={onClose}>
              {t('chats.cancel')}
            </Button>
            <Button appearance="primary" disabled={busy} onClick={() => void add()} data-testid="add-people-submit">
              {t('chats.add')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
