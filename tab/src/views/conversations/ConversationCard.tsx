/**
 * One conversation (H4): a header with the channel, subject, customer, open/closed and owner, then
 * its messages, newest last.
 */
import { Badge, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ChatRegular, FormRegular, MailRegular, PhoneRegular, type FluentIcon } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Conversation, ConversationChannel } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { MessageItem } from './MessageItem';

const CHANNEL_ICONS: Record<ConversationChannel, FluentIcon> = {
  email: MailRegular,
  webform: FormRegular,
  phone: PhoneRegular,
  chat: ChatRegular,
};

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  subject: { margin: 0, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  messages: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Messages oldest first, so the newest is last (the service sends them so; sorted again to be sure). */
function oldestFirst(conversation: Conversation): Conversation['messages'] {
  return [...conversation.messages].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

export function ConversationCard({ conversation }: { conversation: Conversation }) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = useId();
  const Icon = CHANNEL_ICONS[conversation.channel];
  const channel = t(`conversations.channel.${conversation.channel}`);
  const mail = conversation.channel === 'email';
  return (
    <article className={styles.card} aria-labelledby={headingId} data-testid={`conversation-${conversation.id}`} data-channel={conversation.channel}>
      <header className={styles.header}>
        <div className={styles.line}>
          <Icon aria-hidden />
          <Caption1 data-testid={`conversation-channel-${conversation.id}`}>{channel}</Caption1>
          <Badge
            appearance="tint"
            color={conversation.status === 'open' ? 'brand' : 'subtle'}
            data-testid={`conversation-status-${conversation.id}`}
            data-status={conversation.status}
          >
            {t(`conversations.status.${conversation.status}`)}
          </Badge>
        </div>
        <Subtitle2 as="h3" id={headingId} className={styles.subject}>
          {conversation.subject === '' ? t('conversations.noSubject') : conversation.subject}
        </Subtitle2>
        <Caption1 className={styles.muted}>
          {conversation.person === null
            ? t('conversations.noPerson')
            : t('conversations.person', {
                name: conversation.person.email === null ? conversation.person.name : `${conversation.person.name} <${conversation.person.email}>`,
              })}
          {' · '}
          {conversation.owner === null ? t('conversations.noOwner') : t('conversations.owner', { name: conversation.owner.displayName })}
        </Caption1>
      </header>
      {conversation.messages.length === 0 ? (
        <Caption1 className={styles.muted}>{t('conversations.noMessages')}</Caption1>
      ) : (
        <ol className={styles.messages} aria-label={t('conversations.messagesOf', { subject: conversation.subject })}>
          {oldestFirst(conversation).map((message) => (
            <MessageItem key={message.id} message={message} mail={mail} />
          ))}
        </ol>
      )}
    </article>
  );
}
