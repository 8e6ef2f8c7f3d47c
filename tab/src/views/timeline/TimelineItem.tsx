/**
 * One timeline entry (E1): an icon, the sentence, relative and absolute time; a last message's
 * opening words where transcripts are kept (E6); on a chat entry "Open in Teams" and "Show more"
 * with who first connected the chat and when (E4), on a last message its transcript; on the newest
 * entry of a chat the user is not in, Join where D1 allows (E5), else a lock with the reasons.
 */
import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowCounterclockwiseRegular,
  ArrowReplyRegular,
  ArrowForwardRegular,
  ArrowSplitRegular,
  CalendarClockRegular,
  ChatRegular,
  CheckmarkCircleRegular,
  DocumentTextRegular,
  DocumentAddRegular,
  EditRegular,
  HandRightRegular,
  HistoryRegular,
  LinkDismissRegular,
  LinkMultipleRegular,
  LinkRegular,
  LockClosedRegular,
  MailInboxRegular,
  NoteRegular,
  PeopleAddRegular,
  PersonArrowRightRegular,
  PersonArrowLeftRegular,
  PersonSwapRegular,
  TagRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ChatConnection, TimelineEntry, TimelineKind } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { chatLabel } from '../chats/chat-model';
import { JoinButton, JoinRefusalNote } from '../chats/JoinPieces';
import { OpenInTeamsLink } from '../chats/OpenInTeams';
import type { JoinState } from '../chats/use-join-chat';
import { pathOf } from '../../app/routes';
import { RouterLink } from '../../app/router';
import { entrySentence, relativeTime } from './timeline-model';
import { OnBehalfLine } from './OnBehalfLine';
import { PrivacyActions } from './PrivacyActions';
import { useLinkedRecord } from './use-linked-record';

const ICONS: Record<TimelineKind, FluentIcon> = {
  chatConnected: LinkRegular,
  chatDisconnected: LinkDismissRegular,
  participantsAdded: PeopleAddRegular,
  memberJoined: PersonArrowRightRegular,
  lastMessage: ChatRegular,
  recordCreated: DocumentAddRegular,
  recordAssigned: PersonSwapRegular,
  statusChanged: TagRegular,
  recordClosed: CheckmarkCircleRegular,
  recordReopened: ArrowCounterclockwiseRegular,
  messageReceived: MailInboxRegular,
  replySent: ArrowReplyRegular,
  noteAdded: NoteRegular,
  caseLinked: LinkMultipleRegular,
  recordAccepted: HandRightRegular,
  recordTransferred: PersonArrowLeftRegular,
  recordPostponed: CalendarClockRegular,
  caseSplit: ArrowSplitRegular,
  messageForwarded: ArrowForwardRegular,
  messageEdited: EditRegular,
  chatSession: ChatRegular,
  recordParked: PersonArrowLeftRegular,
  recordPickedUp: HandRightRegular,
  privateNote: LockClosedRegular,
};

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  icon: { fontSize: '20px', marginTop: '1px', color: tokens.colorBrandForeground1 },
  text: { overflowWrap: 'anywhere' },
  line: { gridColumnStart: 2 },
  muted: { gridColumnStart: 2, color: tokens.colorNeutralForeground3 },
  actions: { gridColumnStart: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  more: { minWidth: 0, paddingLeft: 0, paddingRight: 0 },
  quote: {
    gridColumnStart: 2,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

export interface TimelineItemProps {
  entry: TimelineEntry;
  /** The chat as the panel knows it, when this entry carries the chat's Join or lock. */
  connection: ChatConnection | undefined;
  /** The chat's name as the panel shows it (its members' names when it has no topic); the entry's own otherwise. */
  chatName?: string | undefined;
  join: JoinState;
  now: number;
  /** Names of people the entry may name by id only. */
  names: ReadonlyMap<string, string>;
  /** Opens the transcript of the entry's chat (E6). */
  onTranscript: (chatId: string, label: string) => void;
  /** J4/J5: "Hide for me" / "Show again", a private note's lock and Delete; the timeline asks again after a change. */
  privacy?: { recordId: string; onChanged: (entryId: string, hidden: boolean | null) => void } | undefined;
}

export function TimelineItem({ entry, connection, chatName: shownName, join, now, names, onTranscript, privacy }: TimelineItemProps) {
  const { t, locale, formatDateTime } = useI18n();
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  // A kind this tab does not know yet still gets an icon.
  const Icon = (ICONS as Partial<Record<string, FluentIcon>>)[entry.kind] ?? HistoryRegular;
  const outside = connection?.kind === 'chat' && connection.isMember === false ? connection : null;
  const connected = entry.chatId === null ? null : entry.connected;
  const chatName = shownName ?? chatLabel(t, entry.chatName);
  const openUrl = entry.chatId === null ? null : entry.openUrl;
  const transcriptOf = entry.kind === 'lastMessage' ? entry.chatId : null;
  const linkedId = entry.kind === 'caseLinked' || entry.kind === 'caseSplit' ? entry.linkedRecordId : null;
  const linked = useLinkedRecord(linkedId);
  const sentence = entry.kind === 'privateNote' ? t('privacy.entry.privateNote') : entrySentence(t, entry, names, chatName, linked?.number, formatDateTime);

  return (
    <li
      className={styles.item}
      data-testid={`timeline-entry-${entry.kind}`}
      data-chat-id={entry.chatId ?? undefined}
      data-entry-id={entry.id}
      data-at={entry.at}
      data-hidden={entry.hidden ? 'true' : undefined}
    >
      <Icon className={styles.icon} aria-hidden />
      <Body1 className={styles.text}>
        {linkedId === null ? (
          sentence
        ) : (
          // The other record's canonical path; a wrong type segment is corrected by the record page.
          <RouterLink href={pathOf({ name: 'record', type: linked?.type ?? 'case', id: linkedId })} data-testid={`timeline-linked-${entry.id}`}>
            {sentence}
          </RouterLink>
        )}
      </Body1>
      <OnBehalfLine entry={entry} />
      {privacy !== undefined && <PrivacyActions recordId={privacy.recordId} entry={entry} onChanged={privacy.onChanged} />}
      <Caption1 className={styles.muted}>
        <time dateTime={entry.at} title={formatDateTime(entry.at)}>
          {relativeTime(t, locale, entry.at, now)} · {formatDateTime(entry.at)}
        </time>
      </Caption1>
      {entry.kind === 'recordTransferred' && entry.note !== null && entry.note !== '' && (
        <blockquote className={styles.quote} data-testid={`timeline-note-${entry.id}`}>
          <Caption1>{t('timeline.note', { note: entry.note })}</Caption1>
        </blockquote>
      )}
      {(entry.kind === 'lastMessage' || entry.kind === 'privateNote') && entry.text !== null && entry.text !== '' && (
        <blockquote className={styles.quote} data-testid={`timeline-text-${entry.id}`}>
          <Caption1>{entry.text}</Caption1>
        </blockquote>
      )}
      {expanded && connected !== null && (
        <Caption1 id={detailsId} className={styles.line} data-testid={`timeline-details-${entry.id}`}>
          {t('timeline.firstConnected', { name: connected.by.displayName, date: formatDateTime(connected.at) })}
        </Caption1>
      )}
      {outside !== null && outside.joinRefusals.length > 0 && (
        <JoinRefusalNote className={styles.line} refusals={outside.joinRefusals} testId={`timeline-lock-${outside.chatId}`} />
      )}
      {(connected !== null || openUrl !== null || transcriptOf !== null || (outside !== null && outside.joinRefusals.length === 0)) && (
        <div className={styles.actions}>
          {openUrl !== null && (
            <OpenInTeamsLink url={openUrl} label={t('chats.openLabel', { name: chatName })} testId={`timeline-open-${entry.id}`}>
              {t('chats.openInTeams')}
            </OpenInTeamsLink>
          )}
          {transcriptOf !== null && (
            <Button
              className={styles.more}
              appearance="transparent"
              size="small"
              icon={<DocumentTextRegular />}
              onClick={() => onTranscript(transcriptOf, chatName)}
              data-testid={`timeline-transcript-${entry.id}`}
            >
              {t('transcript.show')}
            </Button>
          )}
          {connected !== null && (
            <Button
              className={styles.more}
              appearance="transparent"
              size="small"
              aria-expanded={expanded}
              aria-controls={expanded ? detailsId : undefined}
              onClick={() => setExpanded(!expanded)}
              data-testid={`timeline-more-${entry.id}`}
            >
              {expanded ? t('timeline.showLess') : t('timeline.showMore')}
            </Button>
          )}
          {outside !== null && outside.joinRefusals.length === 0 && (
            <JoinButton chatId={outside.chatId} label={chatName} join={join} testId={`timeline-join-${outside.chatId}`} />
          )}
        </div>
      )}
    </li>
  );
}
