/**
 * The record page's Teams chat panel (C1–C7) and timeline (E1–E5), placed by the page's grid. Both show the connected chats, and both can join one (D4), so the panel's data lives
 * here: a join from either refreshes both, and a chat change the timeline sees live refreshes
 * the panel.
 */
import { useCallback, useRef, useState } from 'react';
import { getRecordChats } from '../api/endpoints';
import type { ServiceRecord } from '../api/types';
import { useSession } from '../app/session';
import { useLoad } from '../app/use-load';
import { ChatPanel } from './chats/ChatPanel';
import { Timeline } from './timeline/Timeline';

export interface RecordActivityProps {
  record: ServiceRecord;
  /** Where the page's layout puts the chat panel and the timeline. */
  classes: { chats: string; timeline: string };
}

export function RecordActivity({ record, classes }: RecordActivityProps) {
  const { api } = useSession();
  const chats = useLoad((signal) => getRecordChats(api, record.id, signal), [api, record.id]);
  const [timelineVersion, setTimelineVersion] = useState(0);
  const { replace } = chats;
  const shownId = useRef(record.id);
  shownId.current = record.id;

  /** Asks for the panel again without showing it loading; a failure keeps what is shown. */
  const refreshChats = useCallback(() => {
    const id = record.id;
    getRecordChats(api, id).then(
      (data) => {
        if (shownId.current === id) replace(data);
      },
      () => undefined,
    );
  }, [api, record.id, replace]);

  const joinSettled = useCallback(() => {
    refreshChats();
    setTimelineVersion((version) => version + 1);
  }, [refreshChats]);

  const connections = chats.state.status === 'done' ? chats.state.data.connected : [];
  return (
    <>
      <ChatPanel className={classes.chats} record={record} chats={chats} onJoinSettled={joinSettled} />
      <Timeline
        className={classes.timeline}
        recordId={record.id}
        connections={connections}
        people={record.owner ? [record.owner] : []}
        version={timelineVersion}
        onChanged={refreshChats}
        onJoinSettled={joinSettled}
      />
    </>
  );
}
