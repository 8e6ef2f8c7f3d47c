/**
 * The pieces of joining a chat shared by the chat panel and the timeline: the Join button, the
 * lock with the reasons joining is refused (D1), and the notice of how a join ended.
 */
import { Button, Caption1, makeStyles, mergeClasses, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { LockClosedRegular, PersonArrowRightRegular } from '@fluentui/react-icons';
import type { JoinRefusal } from '../../api/types';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import type { JoinState } from './use-join-chat';

const useStyles = makeStyles({
  lock: { display: 'inline-flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  lockIcon: { flexShrink: 0, marginTop: '2px' },
  /** Lines up with text that follows a lock icon on the line above. */
  indented: { paddingLeft: `calc(1em + ${tokens.spacingHorizontalXS})` },
});

export interface JoinButtonProps {
  chatId: string;
  label: string;
  join: JoinState;
  testId: string;
}

export function JoinButton({ chatId, label, join, testId }: JoinButtonProps) {
  const { t } = useI18n();
  const joining = join.joiningId === chatId;
  return (
    <Button
      size="small"
      appearance="primary"
      icon={joining ? <Spinner size="extra-tiny" /> : <PersonArrowRightRegular />}
      disabled={join.joiningId !== null}
      aria-label={t('chats.joinLabel', { name: label })}
      onClick={() => void join.join(chatId, label)}
      data-testid={testId}
    >
      {joining ? t('chats.joining') : t('chats.join')}
    </Button>
  );
}

export interface JoinRefusalNoteProps {
  refusals: JoinRefusal[];
  testId: string;
  className?: string;
  /** False below a line that already shows the lock. */
  withIcon?: boolean;
}

/** "You cannot join this chat: <reasons>. Ask a member of the chat or an administrator …" (D1). */
export function JoinRefusalNote({ refusals, testId, className, withIcon = true }: JoinRefusalNoteProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const reasons = new Intl.ListFormat(locale, { type: 'conjunction' }).format(refusals.map((refusal) => t(`chats.joinRefusal.${refusal}`)));
  return (
    <Caption1
      className={mergeClasses(styles.lock, !withIcon && styles.indented, className)}
      data-testid={testId}
      data-refusals={refusals.join(' ')}
    >
      {withIcon && <LockClosedRegular className={styles.lockIcon} aria-hidden />}
      <span>
        {t('chats.cannotJoin', { reasons })} {t('chats.askToJoin')}
      </span>
    </Caption1>
  );
}

/** How the last join ended: joined (or already in the chat), or the service's refusal. */
export function JoinNotice({ join }: { join: JoinState }) {
  const { t } = useI18n();
  if (join.problem !== null) return <ProblemBanner problem={join.problem} />;
  const outcome = join.outcome;
  if (outcome === null) return null;
  return (
    <MessageBar intent="success" layout="multiline" data-testid="joined-notice" data-already-member={String(outcome.alreadyMember)}>
      <MessageBarBody>
        {outcome.alreadyMember ? t('chats.alreadyMember', { name: outcome.label }) : t('chats.joined', { name: outcome.label })}
      </MessageBarBody>
    </MessageBar>
  );
}
