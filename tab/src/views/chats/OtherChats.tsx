/**
 * "Your other chats" (C1 section 3): the user's chats connected to other records first (with links
 * to those records), then their most recent group chats, each with "Connect to this record" (C3).
 * A refused one-to-one chat shows the service's reason and offers a new chat with that person.
 */
import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { connectChat, getOtherChats } from '../../api/endpoints';
import { ApiProblem } from '../../api/problem';
import type { ChatConnection, NewChatOffer, OtherChats as OtherChatsData } from '../../api/types';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { chatLabel, matchesFilter, newChatOffer } from './chat-model';
import { OtherChatItem, type OtherChat } from './OtherChatItem';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Connected-elsewhere chats first, then recent ones; none twice, none connected here. */
function merge(data: OtherChatsData, connectedHere: ReadonlySet<string>, label: (name: string | null) => string): OtherChat[] {
  const seen = new Set(connectedHere);
  const result: OtherChat[] = [];
  const add = (chat: OtherChat) => {
    if (seen.has(chat.chatId)) return;
    seen.add(chat.chatId);
    result.push(chat);
  };
  for (const chat of data.connectedElsewhere) add({ chatId: chat.chatId, label: label(chat.name), records: chat.records, lastUpdated: null, openUrl: chat.openUrl });
  for (const chat of data.recent) add({ chatId: chat.chatId, label: label(chat.name), records: null, lastUpdated: chat.lastUpdated, openUrl: chat.openUrl });
  return result;
}

export interface OtherChatsProps {
  recordId: string;
  connectedHere: ReadonlySet<string>;
  filter: string;
  /** Changes whenever the other chats must be asked for again (e.g. one was disconnected here). */
  version: number;
  onConnected: (connection: ChatConnection) => void;
  onOffer: (offer: NewChatOffer) => void;
}

export function OtherChats({ recordId, connectedHere, filter, version, onConnected, onOffer }: OtherChatsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad((signal) => getOtherChats(api, recordId, signal), [api, recordId, version]);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const offer = newChatOffer(problem);

  async function connect(chatId: string) {
    setBusyId(chatId);
    setProblem(null);
    try {
      onConnected(await connectChat(api, recordId, chatId));
    } catch (error) {
      setProblem(error);
    } finally {
      setBusyId(null);
    }
  }

  let body;
  if (loaded.state.status === 'loading') body = <Loading label={t('chats.othersLoading')} />;
  else if (loaded.state.status === 'failed') body = <ProblemBanner problem={loaded.state.problem} onRetry={loaded.reload} />;
  else {
    const chats = merge(loaded.state.data, connectedHere, (name) => chatLabel(t, name)).filter((chat) =>
      matchesFilter(chat.label, filter),
    );
    const text = filter.trim();
    body =
      chats.length === 0 ? (
        <Body1 className={styles.muted}>{text === '' ? t('chats.othersEmpty') : t('chats.noMatches', { text })}</Body1>
      ) : (
        <ul className={styles.list} data-testid="other-chats">
          {chats.map((chat) => (
            <OtherChatItem
              key={chat.chatId}
              chat={chat}
              connecting={busyId === chat.chatId}
              disabled={busyId !== null}
              onConnect={() => void connect(chat.chatId)}
            />
          ))}
        </ul>
      );
  }

  return (
    <section className={styles.section} aria-labelledby="other-chats-heading">
      <Subtitle2 as="h3" id="other-chats-heading">
        {t('chats.others')}
      </Subtitle2>
      {problem !== null && offer === null && <ProblemBanner problem={problem} />}
      {offer !== null && (
        <MessageBar intent="warning" layout="multiline" data-testid="problem">
          <MessageBarBody>{problem instanceof ApiProblem ? (problem.detail ?? problem.title) : null}</MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                setProblem(null);
                onOffer(offer);
              }}
              data-testid="offer-new-chat"
            >
              {t('chats.offerNewChat')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {body}
    </section>
  );
}
