/**
 * One message of a conversation: received, sent or an internal note (each styled apart), author,
 * time, to/cc for mail, badges (automatic mail, acknowledgement, delivery state with the last
 * error), the text with quoted parts behind "Show full text", the HTML in a sandboxed frame, and
 * the attachments.
 */
import { Badge, Body1, Body1Strong, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowReplyRegular, MailInboxRegular, NoteRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ConversationMessage } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';
import { AttachmentList } from './AttachmentList';
import { deliveryBadge, formatAddress, hasHiddenText, messageKind, type MessageKind } from './conversation-model';
import { MessageFrame } from './MessageFrame';
import { EditHistory } from '../compose/EditHistory';
import { MessageMenu } from '../compose/MessageMenu';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  received: { backgroundColor: tokens.colorNeutralBackground2, borderLeftColor: tokens.colorNeutralStroke1 },
  sent: { backgroundColor: tokens.colorBrandBackground2, borderLeftColor: tokens.colorBrandStroke1, marginInlineStart: tokens.spacingHorizontalXL },
  note: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeftColor: tokens.colorPaletteYellowBorderActive,
    borderLeftStyle: 'dashed',
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
  toggle: { alignSelf: 'flex-start', minWidth: 0, paddingLeft: 0, paddingRight: 0 },
  menu: { marginInlineStart: 'auto' },
});

const KIND_ICON = { received: MailInboxRegular, sent: ArrowReplyRegular, note: NoteRegular } as const;
const KIND_LABEL = { received: 'conversations.received', sent: 'conversations.sent', note: 'conversations.note' } as const;

function Badges({ message }: { message: ConversationMessage }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const delivery = message.delivery;
  const badge = delivery === null ? null : deliveryBadge(delivery.state);
  return (
    <>
      <div className={styles.badges}>
        {message.purpose !== null && (
          <Badge appearance="outline" data-testid={`message-purpose-${message.id}`}>
            {t(`conversations.purpose.${message.purpose}`)}
          </Badge>
        )}
        {message.automatic !== null && (
          <Badge appearance="tint" color="warning" data-testid={`message-automatic-${message.id}`}>
            {t(`conversations.automatic.${message.automatic}`)}
          </Badge>
        )}
        {badge !== null && (
          <Badge
            appearance="tint"
            color={badge === 'sent' ? 'success' : badge === 'failed' ? 'danger' : 'informative'}
            data-testid={`message-delivery-${message.id}`}
            data-state={delivery?.state}
          >
            {t(`conversations.delivery.${badge}`)}
          </Badge>
        )}
        {delivery?.state === 'sent' && delivery.sentAt !== null && (
          <Caption1 className={styles.muted}>{t('conversations.sentAt', { time: formatDateTime(delivery.sentAt) })}</Caption1>
        )}
      </div>
      {delivery !== null && delivery.state !== 'sent' && delivery.lastError !== null && (
        <Caption1 className={styles.error} role={badge === 'failed' ? 'alert' : undefined} data-testid={`message-error-${message.id}`}>
          {t('conversations.lastError', { error: delivery.lastError, attempts: delivery.attempts })}
        </Caption1>
      )}
    </>
  );
}

export function MessageItem({ message, mail }: { message: ConversationMessage; mail: boolean }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const kind: MessageKind = messageKind(message);
  const Icon = KIND_ICON[kind];
  const [full, setFull] = useState(false);
  const [plain, setPlain] = useState(false);
  const textId = useId();
  const showHtml = message.html !== null && message.html.trim() !== '' && !plain;
  const hidden = hasHiddenText(message);

  return (
    <li
      className={mergeClasses(styles.item, styles[kind])}
      data-testid={`message-${message.id}`}
      data-kind={kind}
      aria-label={t('conversations.messageLabel', { kind: t(KIND_LABEL[kind]), author: message.author.name })}
    >
      <div className={styles.head}>
        <Icon aria-hidden />
        <Body1Strong>{message.author.name}</Body1Strong>
        <Caption1 className={styles.muted}>{t(KIND_LABEL[kind])}</Caption1>
        <Caption1 className={styles.muted}>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        </Caption1>
        {message.visibility === 'internal' && (
          <Badge appearance="filled" color="warning" data-testid={`message-internal-${message.id}`}>
            {t('compose.internal')}
          </Badge>
        )}
        {message.flagged === true && (
          <Badge appearance="tint" color="danger" data-testid={`message-flagged-${message.id}`}>
            {t('compose.flagged')}
          </Badge>
        )}
        <span className={styles.menu}>
          <MessageMenu message={message} mail={mail} />
        </span>
      </div>
      {mail && message.to.length > 0 && (
        <Caption1 className={styles.muted} data-testid={`message-to-${message.id}`}>
          {t('conversations.to', { list: message.to.map(formatAddress).join(', ') })}
        </Caption1>
      )}
      {mail && message.cc.length > 0 && (
        <Caption1 className={styles.muted}>{t('conversations.cc', { list: message.cc.map(formatAddress).join(', ') })}</Caption1>
      )}
      {message.subject !== '' && <Caption1 className={styles.muted}>{t('conversations.subjectLine', { subject: message.subject })}</Caption1>}
      <Badges message={message} />
      {showHtml && message.html !== null ? (
        <MessageFrame html={message.html} title={t('conversations.frameTitle', { author: message.author.name })} testId={`message-html-${message.id}`} />
      ) : (
        <Body1 as="p" id={textId} className={styles.text} data-testid={`message-text-${message.id}`}>
          {full ? message.text : message.visibleText}
        </Body1>
      )}
      <div className={styles.badges}>
        {!showHtml && hidden && (
          <Button
            className={styles.toggle}
            appearance="transparent"
            size="small"
            aria-expanded={full}
            aria-controls={textId}
            onClick={() => setFull(!full)}
            data-testid={`message-full-${message.id}`}
          >
            {full ? t('conversations.showLess') : t('conversations.showFull')}
          </Button>
        )}
        {message.html !== null && message.html.trim() !== '' && (
          <Button className={styles.toggle} appearance="transparent" size="small" onClick={() => setPlain(!plain)} data-testid={`message-plain-${message.id}`}>
            {plain ? t('conversations.showFormatted') : t('conversations.showPlain')}
          </Button>
        )}
      </div>
      {message.attachments.length > 0 && <AttachmentList attachments={message.attachments} messageId={message.id} />}
      <EditHistory message={message} />
    </li>
  );
}
