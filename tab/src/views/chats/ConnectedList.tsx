/**
 * The chats (or channels) connected to the record, filtered by name, with the disconnect,
 * add-people and transcript dialogs of its items.
 */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChatConnection } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { AddPeopleDialog } from './AddPeopleDialog';
import { useSession } from '../../app/session';
import { connectionLabel, matchesFilter } from './chat-model';
import { ConnectedItem } from './ConnectedItem';
import { DisconnectDialog } from './DisconnectDialog';
import { TranscriptDialog } from './TranscriptDialog';
import type { JoinState } from './use-join-chat';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface ConnectedListProps {
  record: { id: string; number: string };
  connections: ChatConnection[];
  filter: string;
  readOnly: boolean;
  emptyText: string;
  noMatchesText: string;
  onDisconnected: (connection: ChatConnection, label: string) => void;
  onPeopleAdded: (label: string) => void;
  join: JoinState;
  testId?: string;
}

type Open = { action: 'disconnect' | 'addPeople' | 'transcript'; connection: ChatConnection; label: string } | null;

export function ConnectedList(props: ConnectedListProps) {
  const { record, connections, filter, readOnly, onDisconnected, onPeopleAdded } = props;
  const { t } = useI18n();
  const { me } = useSession();
  const styles = useStyles();
  const [open, setOpen] = useState<Open>(null);
  const shown = connections
    .map((connection) => ({ connection, label: connectionLabel(t, connection, me.user.id) }))
    .filter(({ label }) => matchesFilter(label, filter));

  let empty: string | null = null;
  if (connections.length === 0) empty = props.emptyText;
  else if (shown.length === 0) empty = props.noMatchesText;

  return (
    <>
      {empty !== null ? (
        <Body1 className={styles.empty} data-testid={props.testId === undefined ? undefined : `${props.testId}-empty`}>
          {empty}
        </Body1>
      ) : (
        <ul className={styles.list} data-testid={props.testId}>
          {shown.map(({ connection, label }) => (
            <ConnectedItem
              key={connection.chatId}
              connection={connection}
              readOnly={readOnly}
              onDisconnect={() => setOpen({ action: 'disconnect', connection, label })}
              onAddPeople={() => setOpen({ action: 'addPeople', connection, label })}
              onTranscript={() => setOpen({ action: 'transcript', connection, label })}
              join={props.join}
            />
          ))}
        </ul>
      )}
      {open?.action === 'disconnect' && (
        <DisconnectDialog
          recordId={record.id}
          recordNumber={record.number}
          chatId={open.connection.chatId}
          label={open.label}
          onClose={() => setOpen(null)}
          onDisconnected={() => {
            setOpen(null);
            onDisconnected(open.connection, open.label);
          }}
        />
      )}
      {open?.action === 'transcript' && (
        <TranscriptDialog recordId={record.id} chatId={open.connection.chatId} label={open.label} onClose={() => setOpen(null)} />
      )}
      {open?.action === 'addPeople' && (
        <AddPeopleDialog
          recordId={record.id}
          chatId={open.connection.chatId}
          label={open.label}
          onClose={() => setOpen(null)}
          onAdded={() => {
            setOpen(null);
            onPeopleAdded(open.label);
          }}
        />
      )}
    </>
  );
}
