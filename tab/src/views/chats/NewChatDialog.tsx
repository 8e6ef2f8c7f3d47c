/**
 * "New chat" (C2): people (at least one) and a name prefilled per B3 (`{number} · {title}`).
 * Unchanged, the name is left to the service; cleared, the chat is named after its participants.
 * One Idempotency-Key per opening of the dialog, sent again on every retry, so a retry after a
 * lost answer never makes a second chat. It is mounted afresh for each opening.
 */
import {
  Body1,
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
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { createConnectedChat } from '../../api/endpoints';
import type { ChatConnection, NewChatRequest, ServiceRecord } from '../../api/types';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { newIdempotencyKey, type PersonChoice } from './chat-model';
import { PeoplePicker } from './PeoplePicker';
import { useAction } from '../../app/use-action';

const NAME_MAX = 250;

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface NewChatDialogProps {
  record: Pick<ServiceRecord, 'id' | 'number' | 'title'>;
  initialPeople: PersonChoice[];
  onClose: () => void;
  onCreated: (connection: ChatConnection) => void;
}

export function NewChatDialog({ record, initialPeople, onClose, onCreated }: NewChatDialogProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api, me } = useSession();
  const defaultName = `${record.number} · ${record.title}`.slice(0, NAME_MAX);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [people, setPeople] = useState(initialPeople);
  const [name, setName] = useState(defaultName);
  const [tried, setTried] = useState(false);
  const { busy, problem, run } = useAction();
  const missingPeople = tried && people.length === 0;

  async function create() {
    setTried(true);
    if (people.length === 0 || busy) return;
    const request: NewChatRequest = { memberIds: people.map((person) => person.id) };
    if (name !== defaultName) request.name = name.trim() === '' ? null : name.trim();
    await run(async () => onCreated(await createConnectedChat(api, record.id, request, idempotencyKey)));
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && !busy && onClose()}>
      <DialogSurface data-testid="new-chat-dialog">
        <DialogBody>
          <DialogTitle>{t('chats.newChatTitle', { number: record.number })}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1>{t('chats.newChatIntro')}</Body1>
            <PeoplePicker
              value={people}
              onChange={setPeople}
              testId="new-chat-people"
              excludeIds={[me.user.id]}
              disabled={busy}
              validationMessage={missingPeople ? t('chats.peopleRequired') : undefined}
            />
            <Field label={t('chats.name')} hint={t('chats.nameHint')}>
              <Input
                data-testid="new-chat-name"
                value={name}
                maxLength={NAME_MAX}
                disabled={busy}
                onChange={(_, data) => setName(data.value)}
              />
            </Field>
            {problem !== null && <ProblemBanner problem={problem} />}
          </DialogContent>
          <DialogActions>
            {busy && <Spinner size="tiny" label={t('chats.creating')} role="status" data-testid="new-chat-creating" />}
            <Button appearance="secondary" disabled={busy} onClick={onClose}>
              {t('chats.cancel')}
            </Button>
            <Button appearance="primary" disabled={busy} onClick={() => void create()} data-testid="new-chat-create">
              {problem === null ? t('chats.create') : t('problem.retry')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
