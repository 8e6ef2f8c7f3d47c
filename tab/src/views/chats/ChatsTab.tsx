/** The Chats tab of the panel (C1): chats connected to this record, suggested contacts (G1–G3), then "Your other chats". */
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ChatConnection, NewChatOffer, ServiceRecord } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { ConnectedList } from './ConnectedList';
import { OtherChats } from './OtherChats';
import { SuggestedContacts } from './SuggestedContacts';
import type { JoinState } from './use-join-chat';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface PanelTabProps {
  record: ServiceRecord;
  /** Every connection of the record, chats and channels. */
  connected: ChatConnection[];
  filter: string;
  readOnly: boolean;
  onConnected: (connection: ChatConnection) => void;
  onDisconnected: (connection: ChatConnection, label: string) => void;
  onPeopleAdded: (label: string) => void;
  join: JoinState;
}

export interface ChatsTabProps extends PanelTabProps {
  othersVersion: number;
  onOffer: (offer: NewChatOffer) => void;
}

export function ChatsTab({ record, connected, filter, readOnly, othersVersion, ...handlers }: ChatsTabProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const chats = connected.filter((connection) => connection.kind === 'chat');

  return (
    <>
      <section className={styles.section} aria-labelledby="connected-chats-heading">
        <Subtitle2 as="h3" id="connected-chats-heading">
          {t('chats.connected')}
        </Subtitle2>
        <ConnectedList
          record={record}
          connections={chats}
          filter={filter}
          readOnly={readOnly}
          emptyText={t('chats.noneConnected')}
          noMatchesText={t('chats.noMatches', { text: filter.trim() })}
          onDisconnected={handlers.onDisconnected}
          onPeopleAdded={handlers.onPeopleAdded}
          join={handlers.join}
          testId="connected-chats"
        />
      </section>
      {!readOnly && (
        <SuggestedContacts
          recordId={record.id}
          chats={chats.filter((connection) => connection.isMember === true)}
          onConnected={handlers.onConnected}
          onPeopleAdded={handlers.onPeopleAdded}
        />
      )}
      {!readOnly && (
        <OtherChats
          recordId={record.id}
          connectedHere={new Set(connected.map((connection) => connection.chatId))}
          filter={filter}
          version={othersVersion}
          onConnected={handlers.onConnected}
          onOffer={handlers.onOffer}
        />
      )}
    </>
  );
}
