/**
 * One chat or channel connected to the record (C1 section 1): its name, opening it in Teams, its
 * members (avatars and a count) and last activity, a lock when the user is not in it — with Join
 * where D1 allows (D4), else the reasons it does not — who connected it and when behind "Show
 * more" (E4), its transcript (E6), and the actions the user may take.
 */
import {
  AvatarGroup,
  AvatarGroupItem,
  AvatarGroupPopover,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  partitionAvatarGroupItems,
  tokens,
} from '@fluentui/react-components';
import {
  ChatMultipleRegular,
  DocumentTextRegular,
  LinkDismissRegular,
  LockClosedRegular,
  PeopleTeamRegular,
  PersonAddRegular,
} from '@fluentui/react-icons';
import { useState } from 'react';
import type { ChatConnection } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../app/session';
import { connectionLabel } from './chat-model';
import { relativeTime } from '../timeline/timeline-model';
import { JoinButton, JoinRefusalNote } from './JoinPieces';
import { OpenInTeamsLink } from './OpenInTeams';
import type { JoinState } from './use-join-chat';

const useStyles = makeStyles({
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  icon: { gridRowStart: 1, fontSize: '20px', marginTop: '2px', color: tokens.colorNeutralForeground3 },
  name: { gridColumnStart: 2, overflowWrap: 'anywhere' },
  line: { gridColumnStart: 2 },
  lock: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  actions: { gridColumnStart: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  more: { minWidth: 0, paddingLeft: 0, paddingRight: 0 },
  facts: { gridColumnStart: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground3 },
});

/** How many member avatars are shown before the "+n" overflow. */
const INLINE_AVATARS = 4;

export interface ConnectedItemProps {
  connection: ChatConnection;
  /** Chat actions are refused for this record: list it, offer nothing. */
  readOnly: boolean;
  onDisconnect: () => void;
  onAddPeople: () => void;
  onTranscript: () => void;
  join: JoinState;
}

export function ConnectedItem({ connection, readOnly, onDisconnect, onAddPeople, onTranscript, join }: ConnectedItemProps) {
  const { t, locale, formatDateTime } = useI18n();
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const { chatId, kind } = connection;
  const { me } = useSession();
  const label = connectionLabel(t, connection, me.user.id);
  const Icon = kind === 'channel' ? PeopleTeamRegular : ChatMultipleRegular;
  const detailsId = `chat-details-${chatId}`;
  const outside = connection.isMember === false;
  // Join is a chat action (D); a channel only shows the lock.
  const joinable = outside && kind === 'chat';
  const mayJoin = joinable && connection.joinRefusals.length === 0;

  return (
    <li className={styles.item} data-testid={`connected-chat-${chatId}`} data-kind={kind}>
      <Icon className={styles.icon} aria-hidden />
      <Body1Strong className={styles.name} data-testid={`chat-name-${chatId}`}>
        {connection.openUrl === null ? label : (
          <OpenInTeamsLink url={connection.openUrl} label={t('chats.openLabel', { name: label })} testId={`chat-name-link-${chatId}`} withIcon={false}>
            {label}
          </OpenInTeamsLink>
        )}
      </Body1Strong>
      <ChatFacts connection={connection} className={styles.facts} now={Date.now()} locale={locale} />
      {outside && (
        <Caption1 className={mergeClasses(styles.line, styles.lock)} data-testid={`chat-lock-${chatId}`}>
          <LockClosedRegular aria-hidden />
          {t('chats.notMember')}
        </Caption1>
      )}
      {joinable && !mayJoin && (
        <JoinRefusalNote
          className={styles.line}
          refusals={connection.joinRefusals}
          testId={`join-refusal-${chatId}`}
          withIcon={false}
        />
      )}
      {expanded && (
        <Caption1 id={detailsId} className={styles.line} data-testid={`chat-details-${chatId}`}>
          {t('chats.connectedBy', { name: connection.connectedBy.displayName, date: formatDateTime(connection.connectedAt) })}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button
          className={styles.more}
          appearance="transparent"
          size="small"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          onClick={() => setExpanded(!expanded)}
          data-testid={`chat-more-${chatId}`}
        >
          {expanded ? t('chats.showLess') : t('chats.showMore')}
        </Button>
        {connection.openUrl !== null && (
          <OpenInTeamsLink url={connection.openUrl} label={t('chats.openLabel', { name: label })} testId={`open-chat-${chatId}`}>
            {t('chats.openInTeams')}
          </OpenInTeamsLink>
        )}
        {kind === 'chat' && (
          <Button size="small" appearance="subtle" icon={<DocumentTextRegular />} onClick={onTranscript} data-testid={`transcript-${chatId}`}>
            {t('transcript.show')}
          </Button>
        )}
        {mayJoin && <JoinButton chatId={chatId} label={label} join={join} testId={`join-${chatId}`} />}
        {!readOnly && kind === 'chat' && connection.isMember !== false && (
          <Button size="small" icon={<PersonAddRegular />} onClick={onAddPeople} data-testid={`add-people-${chatId}`}>
            {t('chats.addPeople')}
          </Button>
        )}
        {!readOnly && connection.canDisconnect && (
          <Button size="small" icon={<LinkDismissRegular />} onClick={onDisconnect} data-testid={`disconnect-${chatId}`}>
            {t('chats.disconnect')}
          </Button>
        )}
      </div>
    </li>
  );
}

/** The members (avatars with initials, a count) and the last activity of a chat. */
function ChatFacts({ connection, className, now, locale }: { connection: ChatConnection; className: string; now: number; locale: string }) {
  const { t, formatDateTime } = useI18n();
  const members = connection.members ?? [];
  const { inlineItems, overflowItems } = partitionAvatarGroupItems({ items: members, maxInlineItems: INLINE_AVATARS });
  const { chatId, lastActivity } = connection;
  return (
    <Caption1 className={className} data-testid={`chat-facts-${chatId}`}>
      {connection.members !== null && (
        <>
          <AvatarGroup layout="stack" size={20} aria-label={t('chats.members')} data-testid={`chat-members-${chatId}`}>
            {inlineItems.map((m) => (
              <AvatarGroupItem key={m.id} name={m.displayName} data-testid="chat-member" />
            ))}
            {overflowItems !== undefined && overflowItems.length > 0 && (
              <AvatarGroupPopover>
                {overflowItems.map((m) => (
                  <AvatarGroupItem key={m.id} name={m.displayName} data-testid="chat-member" />
                ))}
              </AvatarGroupPopover>
            )}
          </AvatarGroup>
          <span data-testid={`chat-member-count-${chatId}`}>{members.length === 1 ? t('chats.oneMember') : t('chats.memberCount', { count: String(members.length) })}</span>
        </>
      )}
      <span data-testid={`chat-last-activity-${chatId}`}>
        {lastActivity === null ? t('chats.noActivity') : (
          <time dateTime={lastActivity} title={formatDateTime(lastActivity)}>
            {t('chats.lastActivity', { time: relativeTime(t, locale, lastActivity, now) })}
          </time>
        )}
      </span>
    </Caption1>
  );
}
