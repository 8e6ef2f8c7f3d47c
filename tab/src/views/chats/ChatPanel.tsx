/**
 * The record's Teams chat panel (C1–C7): a name filter over every list, and two tabs — Chats
 * (connected chats, then "Your other chats") and Channels. When chat actions are refused for the
 * record, the panel says why and lists the connected chats read-only. Its data and joining (D4)
 * belong to the record page, which shares them with the timeline.
 */
import {
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { ChatAddRegular, FilterRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { searchUsers } from '../../api/endpoints';
import type { ChatConnection, ChatPanelData, NewChatOffer, ServiceRecord } from '../../api/types';
import { useSession } from '../../app/session';
import type { Loaded } from '../../app/use-load';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { ChannelsTab } from './ChannelsTab';
import { connectionLabel, upsertConnection, type PersonChoice } from './chat-model';
import { ChatsTab } from './ChatsTab';
import { JoinNotice } from './JoinPieces';
import { NewChatDialog } from './NewChatDialog';
import { useJoinChat } from './use-join-chat';
import { usePanelStyles } from '../../components/panel-styles';

const useStyles = makeStyles({
  tabPanel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

type Notice = { text: string; testId: string };

const PEOPLE_LOOKUP_LIMIT = 50;

export interface ChatPanelProps {
  record: ServiceRecord;
  className?: string;
  /** `GET /api/records/{id}/chats`, loaded by the record page. */
  chats: Loaded<ChatPanelData>;
  /** After a join from the panel, however it ended: the page refreshes the panel and the timeline. */
  onJoinSettled: () => void;
}

export function ChatPanel({ record, className, chats: loaded, onJoinSettled }: ChatPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const panelStyles = usePanelStyles();
  const { api, me } = useSession();
  const [tab, setTab] = useState<'chats' | 'channels'>('chats');
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  /** The people the open new-chat dialog starts with; null while it is closed. */
  const [newChat, setNewChat] = useState<PersonChoice[] | null>(null);
  const [othersVersion, setOthersVersion] = useState(0);
  const join = useJoinChat(record.id, { onStart: () => setNotice(null), onSettled: onJoinSettled });
  const showNotice = (next: Notice) => {
    join.clear();
    setNotice(next);
  };

  const added = (connection: ChatConnection, text: string, testId: string) => {
    loaded.update((panel) => ({ ...panel, connected: upsertConnection(panel.connected, connection) }));
    showNotice({ text, testId });
  };
  const removed = (connection: ChatConnection, label: string) => {
    loaded.update((panel) => ({ ...panel, connected: panel.connected.filter((item) => item.chatId !== connection.chatId) }));
    showNotice({ text: t('chats.disconnected', { name: label }), testId: 'chat-disconnected' });
    setOthersVersion((version) => version + 1);
  };
  const openNewChat = (people: PersonChoice[]) => {
    setNotice(null);
    join.clear();
    setNewChat(people);
  };
  // The offer names people by id only; the first page of the directory gives their names.
  const acceptOffer = async (offer: NewChatOffer) => {
    const users = await searchUsers(api, '', PEOPLE_LOOKUP_LIMIT).catch(() => []);
    openNewChat(
      offer.memberIds.map((id) => ({ id, displayName: users.find((user) => user.id === id)?.displayName ?? t('chats.unknownPerson') })),
    );
  };

  let content;
  if (loaded.state.status === 'loading') content = <Loading label={t('chats.loading')} />;
  else if (loaded.state.status === 'failed') content = <ProblemBanner problem={loaded.state.problem} onRetry={loaded.reload} />;
  else {
    const panel = loaded.state.data;
    const readOnly = panel.refusal !== null;
    const common = {
      record,
      connected: panel.connected,
      filter,
      readOnly,
      onDisconnected: removed,
      onPeopleAdded: (label: string) => showNotice({ text: t('chats.added', { name: label }), testId: 'chat-people-added' }),
      join,
    };
    content = (
      <>
        {panel.refusal !== null && (
          <MessageBar intent="info" layout="multiline" data-testid="chat-refusal" data-refusal={panel.refusal}>
            <MessageBarBody>{t(`chats.refusal.${panel.refusal}`)}</MessageBarBody>
          </MessageBar>
        )}
        {notice !== null && (
          <MessageBar intent="success" layout="multiline" data-testid={notice.testId}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        <JoinNotice join={join} />
        <div role="tabpanel" aria-labelledby={`chat-panel-tab-${tab}`} className={styles.tabPanel}>
          {tab === 'chats' ? (
            <ChatsTab
              {...common}
              othersVersion={othersVersion}
              onConnected={(connection) =>
                added(connection, t('chats.connectedNotice', { name: connectionLabel(t, connection, me.user.id) }), 'chat-connected')
              }
              onOffer={(offer) => void acceptOffer(offer)}
            />
          ) : (
            <ChannelsTab
              {...common}
              onConnected={(connection) =>
                added(connection, t('channels.connectedNotice', { name: connectionLabel(t, connection, me.user.id) }), 'channel-connected')
              }
            />
          )}
        </div>
      </>
    );
  }

  return (
    <aside className={mergeClasses(panelStyles.panel, className)} aria-labelledby="chat-panel-heading" data-testid="chat-panel">
      <div className={panelStyles.header}>
        <Subtitle1 as="h2" id="chat-panel-heading" className={panelStyles.heading}>
          {t('chats.title')}
        </Subtitle1>
        {loaded.state.status === 'done' && loaded.state.data.refusal === null && (
          <Button appearance="primary" icon={<ChatAddRegular />} onClick={() => openNewChat([])} data-testid="new-chat">
            {t('chats.newChat')}
          </Button>
        )}
      </div>
      <Field label={t('chats.filter')}>
        <Input
          type="search"
          data-testid="chat-filter"
          contentBefore={<FilterRegular aria-hidden />}
          placeholder={t('chats.filterPlaceholder')}
          value={filter}
          onChange={(_, data) => setFilter(data.value)}
        />
      </Field>
      <TabList
        aria-label={t('chats.tabs')}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value === 'channels' ? 'channels' : 'chats')}
      >
        <Tab value="chats" id="chat-panel-tab-chats" data-testid="chats-tab">
          {t('chats.tab.chats')}
        </Tab>
        <Tab value="channels" id="chat-panel-tab-channels" data-testid="channels-tab">
          {t('chats.tab.channels')}
        </Tab>
      </TabList>
      {content}
      {newChat !== null && (
        <NewChatDialog
          record={record}
          initialPeople={newChat}
          onClose={() => setNewChat(null)}
          onCreated={(connection) => {
            setNewChat(null);
            added(connection, t('chats.created'), 'chat-created');
          }}
        />
      )}
    </aside>
  );
}
