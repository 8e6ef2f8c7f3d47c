/**
 * The live conversation: the customer's and the agents' messages and the system notes (in my
 * language, from the catalog), my messages still on their way (with "Send again" when one
 * failed), and who is typing. A `role="log"` region around a plain list, so screen readers announce
 * what arrives. It follows the conversation only while the reader is at its end (reading back, they
 * are not pulled away), and older messages added above keep what is shown in place.
 */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef } from 'react';
import type { SessionEntry } from '../../api/sessions-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { noteText } from './session-model';
import type { Outgoing } from './use-outbox';

const useStyles = makeStyles({
  log: {
    maxHeight: '55vh',
    minHeight: '160px',
    overflowY: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  bubble: {
    maxWidth: '80%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  customer: { alignSelf: 'flex-start', backgroundColor: tokens.colorNeutralBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  agent: { alignSelf: 'flex-end', backgroundColor: tokens.colorBrandBackground2 },
  system: { alignSelf: 'center', color: tokens.colorNeutralForeground3, fontStyle: 'italic', textAlign: 'center' },
  failed: { border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}` },
  meta: { color: tokens.colorNeutralForeground3 },
  typing: { minHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 },
});

export interface ConversationProps {
  label: string;
  entries: SessionEntry[];
  outgoing: Outgoing[];
  myId: string;
  typing: { who: 'customer' | 'agent'; name: string | null } | null;
  onRetry: (clientId: string) => void;
  /** Older entries exist: offer to show them. */
  more: boolean;
  onOlder: () => void;
  /** Older messages are being read. */
  loadingOlder: boolean;
  /** J2: the display name of a user id (a delegate's message names whom it was written for). */
  nameOf?: ((userId: string | null) => string) | undefined;
}

/** How close to the end (in px) still counts as reading the newest messages. */
const NEAR_END_PX = 80;

export function Conversation({ label, entries, outgoing, myId, typing, onRetry, more, onOlder, loadingOlder, nameOf }: ConversationProps) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const log = useRef<HTMLDivElement>(null);
  const nearEnd = useRef(true);
  const shown = useRef<{ first: number | null; newest: string | null; height: number; top: number }>({ first: null, newest: null, height: 0, top: 0 });
  const first = entries[0]?.seq ?? null;
  const lastOutgoing = outgoing[outgoing.length - 1];
  const newest = lastOutgoing !== undefined ? `out:${lastOutgoing.clientId}` : `seq:${entries[entries.length - 1]?.seq ?? 0}`;

  useLayoutEffect(() => {
    const element = log.current;
    if (element === null) return;
    const before = shown.current;
    if (before.first !== null && first !== null && first < before.first) {
      // Older messages came in above: keep the ones in view where they were.
      element.scrollTop = before.top + (element.scrollHeight - before.height);
    } else if (newest !== before.newest && (nearEnd.current || newest.startsWith('out:'))) {
      // Something new at the end, and the reader was there (or wrote it): follow.
      element.scrollTop = element.scrollHeight;
    }
    shown.current = { first, newest, height: element.scrollHeight, top: element.scrollTop };
  }, [first, newest]);

  const onScroll = () => {
    const element = log.current;
    if (element === null) return;
    nearEnd.current = element.scrollHeight - element.scrollTop - element.clientHeight <= NEAR_END_PX;
    shown.current = { ...shown.current, height: element.scrollHeight, top: element.scrollTop };
  };

  const author = (entry: SessionEntry) => {
    const name = entry.kind === 'agent' && entry.authorId === myId ? t('sessions.you') : (entry.authorName ?? t('sessions.visitor'));
    // J2: written by a delegate for someone: agents see for whom (the customer's widget never gets this).
    return entry.kind === 'agent' && entry.onBehalfOfId ? t('sessionDelegation.authorFor', { name, for: nameOf?.(entry.onBehalfOfId) ?? entry.onBehalfOfId }) : name;
  };

  return (
    <>
      {more && (
        <Button appearance="subtle" size="small" onClick={onOlder} disabled={loadingOlder} data-testid="session-older">
          {t('sessions.conversation.older')}
        </Button>
      )}
      <div ref={log} className={styles.log} role="log" aria-label={label} aria-busy={loadingOlder} tabIndex={0} onScroll={onScroll} data-testid="session-log">
        <ol className={styles.list}>
          {entries.length === 0 && outgoing.length === 0 && <li className={styles.system}>{t('sessions.conversation.empty')}</li>}
          {entries.map((entry) =>
            entry.kind === 'system' ? (
              <li key={entry.seq} className={styles.system} data-testid="session-entry" data-kind="system" data-note={entry.note?.key ?? ''} data-seq={entry.seq}>
                <Caption1>{noteText(entry, t)}</Caption1>
              </li>
            ) : (
              <li
                key={entry.seq}
                className={mergeClasses(styles.bubble, entry.kind === 'customer' ? styles.customer : styles.agent)}
                data-testid="session-entry"
                data-kind={entry.kind}
                data-seq={entry.seq}
                data-client-id={entry.clientId ?? ''}
              >
                <Caption1 className={styles.meta}>
                  {author(entry)} · {formatDateTime(entry.at)}
                </Caption1>
                <span data-testid="session-entry-text">{entry.text}</span>
              </li>
            ),
          )}
          {outgoing.map((message) => (
            <li
              key={message.clientId}
              className={mergeClasses(styles.bubble, styles.agent, message.state === 'failed' && styles.failed)}
              data-testid="session-outgoing"
              data-state={message.state}
            >
              <Caption1 className={styles.meta}>{message.state === 'failed' ? t('sessions.notSent') : t('sessions.sending')}</Caption1>
              <span>{message.text}</span>
              {message.state === 'failed' && (
                <Button size="small" onClick={() => onRetry(message.clientId)} data-testid="session-retry">
                  {t('sessions.retry')}
                </Button>
              )}
            </li>
          ))}
        </ol>
      </div>
      <Caption1 className={styles.typing} aria-live="polite" data-testid="session-typing">
        {typing === null ? '' : typing.who === 'customer' ? t('sessions.typingCustomer') : t('sessions.typing', { name: typing.name ?? t('sessions.visitor') })}
      </Caption1>
    </>
  );
}
