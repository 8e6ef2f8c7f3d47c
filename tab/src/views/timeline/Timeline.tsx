/**
 * The record's timeline (E1–E5): newest first, filter chips by kind, "Load more", Refresh, live
 * updates while visible, and Join on the entries of connected chats the user may join.
 */
import { Body1, Button, makeStyles, mergeClasses, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { useSession } from '../../app/session';
import type { ChatConnection, TimelineKind } from '../../api/types';
import { Loading } from '../../components/Loading';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { connectionLabel } from '../chats/chat-model';
import { JoinNotice } from '../chats/JoinPieces';
import { TranscriptDialog } from '../chats/TranscriptDialog';
import { useJoinChat } from '../chats/use-join-chat';
import { newestPerChat } from './timeline-model';
import { TimelineFilter } from './TimelineFilter';
import { TimelineItem } from './TimelineItem';
import { HiddenToggle } from './PrivacyActions';
import { usePeopleNames, type Person } from './use-people-names';
import { useTimeline } from './use-timeline';
import { usePanelStyles } from '../../components/panel-styles';

const useStyles = makeStyles({
  tools: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'flex-start' },
});

/** How often the relative times ("5 minutes ago") are brought up to date. */
const CLOCK_MS = 30_000;

export interface TimelineProps {
  recordId: string;
  className?: string;
  /** The record's connected chats as the chat panel has them (membership, join refusals). */
  connections: ChatConnection[];
  /** People the page knows by name, e.g. the record's owner. */
  people: readonly Person[];
  /** Changes when the timeline must be asked for again, e.g. after a join from the chat panel. */
  version: number;
  /** A live update brought a chat change the chat panel should see too. */
  onChanged: () => void;
  /** After a join from the timeline, however it ended. */
  onJoinSettled: () => void;
}

/** A connected chat's name as the panel shows it (its members' names when it has no topic); undefined otherwise. */
function useChatNames(connections: ChatConnection[]): (chatId: string | null, name: string | null) => string | undefined {
  const { t } = useI18n();
  const { me } = useSession();
  return (chatId, name) => {
    if (chatId === null || (name !== null && name.trim() !== '')) return undefined;
    const connection = connections.find((c) => c.chatId === chatId);
    return connection === undefined ? undefined : connectionLabel(t, connection, me.user.id);
  };
}

export function Timeline({ recordId, className, connections, people, version, onChanged, onJoinSettled }: TimelineProps) {
  const { t } = useI18n();
  const chatNameOf = useChatNames(connections);
  const styles = useStyles();
  const panelStyles = usePanelStyles();
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  // J4: entries the user hid are left out unless "Show hidden" is on.
  const [showHidden, setShowHidden] = useState(false);
  // What the user hid or deleted here: gone at once, also from older pages a refresh keeps.
  const [goneHere, setGoneHere] = useState<ReadonlySet<string>>(new Set());
  const timeline = useTimeline(recordId, kinds, onChanged, showHidden ? 'include' : 'exclude');
  const join = useJoinChat(recordId, { onSettled: onJoinSettled });
  const [now, setNow] = useState(() => Date.now());
  const names = usePeopleNames(timeline.data.status === 'done' ? timeline.data.items : [], people);
  const [transcript, setTranscript] = useState<{ chatId: string; label: string } | null>(null);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), CLOCK_MS);
    return () => window.clearInterval(timer);
  }, []);

  // A new version (not the first one) asks again.
  const seenVersion = useRef(version);
  const { refresh } = timeline;
  useEffect(() => {
    if (seenVersion.current === version) return;
    seenVersion.current = version;
    refresh();
  }, [version, refresh]);

  const data = timeline.data;
  let body;
  if (data.status === 'loading') body = <Loading label={t('timeline.loading')} />;
  else if (data.status === 'failed') body = <ProblemBanner problem={data.problem} onRetry={timeline.refresh} />;
  else if (data.items.length === 0) {
    body = <Body1 className={styles.muted}>{kinds.length === 0 ? t('timeline.empty') : t('timeline.emptyFiltered')}</Body1>;
  } else {
    const shown = data.items.filter((entry) => !goneHere.has(entry.id) || (showHidden && entry.hidden));
    const carriers = newestPerChat(shown);
    body = (
      <ol className={styles.list} aria-labelledby="timeline-heading">
        {shown.map((entry) => (
          <TimelineItem
            key={entry.id}
            entry={entry}
            connection={carriers.has(entry.id) ? connections.find((c) => c.chatId === entry.chatId) : undefined}
            chatName={chatNameOf(entry.chatId, entry.chatName)}
            join={join}
            now={now}
            names={names}
            onTranscript={(chatId, label) => setTranscript({ chatId, label })}
            privacy={{
              recordId,
              onChanged: (entryId, hidden) => {
                setGoneHere((ids) => (hidden === false ? new Set([...ids].filter((id) => id !== entryId)) : new Set([...ids, entryId])));
                timeline.refresh();
              },
            }}
          />
        ))}
      </ol>
    );
  }

  return (
    <section className={mergeClasses(panelStyles.panel, className)} aria-labelledby="timeline-heading" data-testid="timeline">
      <div className={panelStyles.header}>
        <Subtitle1 as="h2" id="timeline-heading" className={panelStyles.heading}>
          {t('timeline.title')}
        </Subtitle1>
        <div className={styles.tools}>
          <TimelineFilter value={kinds} onChange={setKinds} />
          <HiddenToggle count={timeline.hiddenCount} shown={showHidden} onChange={setShowHidden} />
          <Button
            size="small"
            icon={timeline.refreshing ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
            disabled={timeline.refreshing}
            onClick={timeline.refresh}
            data-testid="timeline-refresh"
          >
            {t('timeline.refresh')}
          </Button>
        </div>
      </div>
      <JoinNotice join={join} />
      {timeline.problem !== null && <ProblemBanner problem={timeline.problem} />}
      {body}
      {transcript !== null && (
        <TranscriptDialog recordId={recordId} chatId={transcript.chatId} label={transcript.label} onClose={() => setTranscript(null)} />
      )}
      {data.status === 'done' && data.continuation !== null && (
        <Button
          className={styles.more}
          disabled={timeline.loadingMore}
          icon={timeline.loadingMore ? <Spinner size="extra-tiny" /> : undefined}
          onClick={timeline.loadMore}
          data-testid="timeline-load-more"
        >
          {timeline.loadingMore ? t('timeline.loadingMore') : t('timeline.loadMore')}
        </Button>
      )}
    </section>
  );
}
