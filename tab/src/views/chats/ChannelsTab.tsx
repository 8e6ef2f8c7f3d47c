/** The Channels tab of the panel (C7): channels connected to this record, and connecting one. */
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nProvider';
import type { PanelTabProps } from './ChatsTab';
import { ConnectChannelForm } from './ConnectChannelForm';
import { ConnectedList } from './ConnectedList';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function ChannelsTab({ record, connected, filter, readOnly, ...handlers }: PanelTabProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const channels = connected.filter((connection) => connection.kind === 'channel');

  return (
    <>
      <section className={styles.section} aria-labelledby="connected-channels-heading">
        <Subtitle2 as="h3" id="connected-channels-heading">
          {t('channels.connected')}
        </Subtitle2>
        <ConnectedList
          record={record}
          connections={channels}
          filter={filter}
          readOnly={readOnly}
          emptyText={t('channels.none')}
          noMatchesText={t('channels.noMatches', { text: filter.trim() })}
          onDisconnected={handlers.onDisconnected}
          onPeopleAdded={handlers.onPeopleAdded}
          join={handlers.join}
          testId="connected-channels"
        />
      </section>
      {!readOnly && (
        <ConnectChannelForm
          recordId={record.id}
          connectedIds={new Set(channels.map((channel) => channel.chatId))}
          onConnected={handlers.onConnected}
        />
      )}
    </>
  );
}
