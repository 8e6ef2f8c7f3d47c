/**
 * "Suggested contacts" (G1–G3) in the Chats tab, between the connected chats and the user's other
 * chats (C1): each person with the reasons as short lines, "Start chat" (one click: a new chat
 * connected to the record, C2; a retry after a failure reuses the Idempotency-Key, so it never
 * makes a second chat) and "Add to chat…" (C6).
 */
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { ChatAddRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { getSuggestions, type Suggestion, type SuggestionReason } from '../../api/contacts-endpoints';
import { addChatMembers, createConnectedChat } from '../../api/endpoints';
import type { ChatConnection } from '../../api/types';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { ProblemBanner } from '../../components/ProblemBanner';
import type { Translate } from '../../i18n/catalogs';
import { useI18n } from '../../i18n/I18nProvider';
import { connectionLabel, newIdempotencyKey } from './chat-model';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS },
  reasons: { listStyle: 'none', margin: 0, padding: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** One reason as a short localized line (a similar case's score as a percentage in the user's language). */
export function reasonText(t: Translate, locale: string, reason: SuggestionReason): string {
  switch (reason.kind) {
    case 'owner':
      return t('contacts.reason.owner');
    case 'team':
      return t('contacts.reason.team', { team: reason.teamName });
    case 'activity':
      return t(`contacts.reason.${reason.what}`);
    case 'sameCustomer':
      return t('contacts.reason.sameCustomer', { number: reason.number });
    case 'similarCase':
      return t('contacts.reason.similarCase', { number: reason.number, title: reason.title, score: new Intl.NumberFormat(locale, { style: 'percent' }).format(reason.score) });
  }
}

export interface SuggestedContactsProps {
  recordId: string;
  /** The record's connected chats the user is in (for "Add to chat…": each person only to those they are not in). */
  chats: ChatConnection[];
  onConnected: (connection: ChatConnection) => void;
  onPeopleAdded: (label: string) => void;
}

export function SuggestedContacts({ recordId, chats, onConnected, onPeopleAdded }: SuggestedContactsProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const { api, me } = useSession();
  const loaded = useLoad((signal) => getSuggestions(api, recordId, signal), [api, recordId]);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  // C2: one key per person until their chat is made: a retry after a timeout answers with the same chat.
  const keys = useRef(new Map<string, string>());
  // People put in a chat from here (started with them, or added) since the chats were read: not offered it again.
  const [addedHere, setAddedHere] = useState<ReadonlySet<string>>(new Set());
  const chatsWithout = (person: Suggestion) =>
    chats.filter((chat) => !addedHere.has(`${chat.chatId}\u0000${person.userId}`) && !chat.members?.some((m) => m.id === person.userId));

  async function act(person: Suggestion, action: () => Promise<void>) {
    if (busyId !== null) return;
    setBusyId(person.userId);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(error);
    } finally {
      setBusyId(null);
    }
  }
  const startChat = (person: Suggestion) =>
    act(person, async () => {
      const slot = `${recordId}\u0000${person.userId}`;
      const key = keys.current.get(slot) ?? newIdempotencyKey();
      keys.current.set(slot, key);
      const connection = await createConnectedChat(api, recordId, { memberIds: [person.userId] }, key);
      keys.current.delete(slot);
      setAddedHere((before) => new Set([...before, `${connection.chatId}\u0000${person.userId}`]));
      onConnected(connection);
    });
  const addTo = (person: Suggestion, chat: ChatConnection) =>
    act(person, async () => {
      await addChatMembers(api, recordId, chat.chatId, [person.userId]);
      setAddedHere((before) => new Set([...before, `${chat.chatId}\u0000${person.userId}`]));
      onPeopleAdded(connectionLabel(t, chat, me.user.id));
      loaded.reload();
    });

  let body;
  if (loaded.state.status === 'loading') body = <Spinner size="tiny" label={t('contacts.loading')} />;
  else if (loaded.state.status === 'failed') body = <ProblemBanner problem={loaded.state.problem} onRetry={loaded.reload} />;
  else if (loaded.state.data.length === 0) body = <Body1 data-testid="suggestions-empty">{t('contacts.none')}</Body1>;
  else
    body = (
      <ul className={styles.list} data-testid="suggestions">
        {loaded.state.data.map((person) => (
          <li key={person.userId} className={styles.item} data-testid="suggestion" data-user-id={person.userId}>
            <Body1>{person.displayName}</Body1>
            <ul className={styles.reasons}>
              {person.reasons.map((reason, i) => (
                <li key={i} data-testid="suggestion-reason" data-kind={reason.kind}>
                  <Caption1>{reasonText(t, locale, reason)}</Caption1>
                </li>
              ))}
            </ul>
            <div className={styles.actions}>
              <Button
                size="small"
                icon={<ChatAddRegular />}
                disabled={busyId !== null}
                aria-label={t('contacts.startChat.label', { name: person.displayName })}
                onClick={() => void startChat(person)}
                data-testid="suggestion-start-chat"
              >
                {busyId === person.userId ? t('contacts.starting') : t('contacts.startChat')}
              </Button>
              {chatsWithout(person).length > 0 && (
                <Menu>
                  <MenuTrigger disableButtonEnhancement>
                    <Button size="small" icon={<PersonAddRegular />} disabled={busyId !== null} aria-label={t('contacts.addToChat.label', { name: person.displayName })} data-testid="suggestion-add-to-chat">
                      {t('contacts.addToChat')}
                    </Button>
                  </MenuTrigger>
                  <MenuPopover>
                    <MenuList>
                      {chatsWithout(person).map((chat) => (
                        <MenuItem key={chat.chatId} onClick={() => void addTo(person, chat)} data-testid="suggestion-add-to-chat-item" data-chat-id={chat.chatId}>
                          {connectionLabel(t, chat, me.user.id)}
                        </MenuItem>
                      ))}
                    </MenuList>
                  </MenuPopover>
                </Menu>
              )}
            </div>
          </li>
        ))}
      </ul>
    );

  return (
    <section
      className={styles.section}
      aria-labelledby="suggested-contacts-heading"
      aria-busy={loaded.state.status === 'loading' || busyId !== null}
      data-testid="suggested-contacts"
    >
      <Subtitle2 as="h3" id="suggested-contacts-heading">
        {t('contacts.title')}
      </Subtitle2>
      {problem !== null && <ProblemBanner problem={problem} />}
      {body}
    </section>
  );
}
