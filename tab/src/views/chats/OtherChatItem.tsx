/** One of "Your other chats": its name (opening it in Teams), the records it is connected to (or when it was last active), and "Connect". */
import { Body1Strong, Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ChatMultipleRegular, LinkRegular } from '@fluentui/react-icons';
import { Fragment } from 'react';
import type { RecordRef } from '../../api/types';
import { pathOf } from '../../app/routes';
import { RouterLink } from '../../app/router';
import { useI18n } from '../../i18n/I18nProvider';
import { OpenInTeamsLink } from './OpenInTeams';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  icon: { fontSize: '20px', marginTop: '2px', color: tokens.colorNeutralForeground3 },
  text: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  action: { gridColumnStart: 2, justifySelf: 'start' },
});

/** A chat of the user that is not connected to this record. */
export interface OtherChat {
  chatId: string;
  label: string;
  /** The other records it is connected to; null for a recent chat connected to none. */
  records: RecordRef[] | null;
  lastUpdated: string | null;
  /** Where "Open in Teams" goes; null when not known. */
  openUrl: string | null;
}

export interface OtherChatItemProps {
  chat: OtherChat;
  /** This chat is being connected. */
  connecting: boolean;
  disabled: boolean;
  onConnect: () => void;
}

export function OtherChatItem({ chat, connecting, disabled, onConnect }: OtherChatItemProps) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  return (
    <li className={styles.item} data-testid={`other-chat-${chat.chatId}`}>
      <ChatMultipleRegular className={styles.icon} aria-hidden />
      <div className={styles.text}>
        <Body1Strong>
          {chat.openUrl === null ? chat.label : (
            <OpenInTeamsLink url={chat.openUrl} label={t('chats.openLabel', { name: chat.label })} testId={`open-other-chat-${chat.chatId}`}>
              {chat.label}
            </OpenInTeamsLink>
          )}
        </Body1Strong>
        <Caption1 className={styles.muted}>
          {chat.records !== null ? (
            <RecordLinks records={chat.records} />
          ) : (
            chat.lastUpdated !== null && t('chats.lastActive', { date: formatDateTime(chat.lastUpdated) })
          )}
        </Caption1>
      </div>
      <Button
        className={styles.action}
        size="small"
        icon={connecting ? <Spinner size="extra-tiny" /> : <LinkRegular />}
        disabled={disabled}
        onClick={onConnect}
        data-testid={`connect-${chat.chatId}`}
      >
        {connecting ? t('chats.connecting') : t('chats.connect')}
      </Button>
    </li>
  );
}

function RecordLinks({ records }: { records: RecordRef[] }) {
  const { t } = useI18n();
  return (
    <>
      {t('chats.connectedTo')}:{' '}
      {records.map((record, index) => (
        <Fragment key={record.id}>
          {index > 0 && ', '}
          <RouterLink href={pathOf({ name: 'record', type: record.type, id: record.id })} data-testid={`other-chat-record-${record.id}`}>
            {record.number}
          </RouterLink>
        </Fragment>
      ))}
    </>
  );
}
