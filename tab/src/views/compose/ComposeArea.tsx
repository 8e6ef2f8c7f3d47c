/**
 * Wraps a case's conversations with the writing an agent does there (H3): the message menus'
 * actions (through context), the composer below, and the forward and edit dialogs. The record's
 * ETag is kept here and moved on with every answer, so two actions in a row need no reload.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowForwardRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { setFlag, type Composed } from '../../api/compose-endpoints';
import type { Conversation, ConversationMessage } from '../../api/types';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { Composer, type ComposeMode } from './Composer';
import { EditMessageDialog } from './EditMessageDialog';
import { ForwardDialog } from './ForwardDialog';
import { MessageActionsContext, type MessageActions } from './message-actions';

/** What the composer needs of the record. */
export interface ComposeRecord {
  id: string;
  etag: string;
  canWrite: boolean;
  /** J2: the delegator a reply is written for (ActingForBar); their write suffices where mine does not reach. */
  onBehalfOf?: string | undefined;
}

const useStyles = makeStyles({ bar: { display: 'flex', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS } });

export function ComposeArea({ record, conversations, onChanged, children }: { record: ComposeRecord | null; conversations: Conversation[]; onChanged: () => void; children: ReactNode }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const [etag, setEtag] = useState(record?.etag ?? '');
  const [mode, setMode] = useState<ComposeMode>('reply');
  const [replyTo, setReplyTo] = useState<Conversation | null>(null);
  const [focus, setFocus] = useState(0);
  const [forwarding, setForwarding] = useState<{ message: ConversationMessage | null } | null>(null);
  const [editing, setEditing] = useState<ConversationMessage | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  // A newer version of the record shown (the live poll, another action): write on top of it.
  useEffect(() => {
    if (record) setEtag(record.etag);
  }, [record?.etag]);

  const done = (result: Composed) => {
    if (result.etag !== null) setEtag(result.etag);
    setForwarding(null);
    setEditing(null);
    onChanged();
  };

  const actions = useMemo<MessageActions | null>(
    () =>
      record === null
        ? null
        : {
            canWrite: record.canWrite,
            reply: (message) => {
              setMode('reply');
              setReplyTo(conversations.find((c) => c.id === conversationOf(conversations, message)) ?? null);
              setFocus((n) => n + 1);
            },
            forward: (message) => setForwarding({ message }),
            edit: (message) => setEditing(message),
            setFlag: async (message, flagged) => {
              setProblem(null);
              try {
                await setFlag(api, record.id, message.id, flagged);
                onChanged();
              } catch (error) {
                setProblem(error);
              }
            },
          },
    [record, conversations, api, onChanged],
  );

  return (
    <MessageActionsContext.Provider value={actions}>
      {record?.canWrite === true && conversations.some((c) => c.messages.length > 0) && (
        <div className={styles.bar}>
          <Button size="small" icon={<ArrowForwardRegular />} onClick={() => setForwarding({ message: null })} data-testid="forward-case">
            {t('compose.forward.case')}
          </Button>
        </div>
      )}
      {problem !== null && <ProblemBanner problem={problem} />}
      {children}
      {record !== null && (record.canWrite || record.onBehalfOf !== undefined) && (
        <Composer recordId={record.id} etag={etag} onBehalfOf={record.onBehalfOf} canWrite={record.canWrite} replyTo={replyTo} onClearReplyTo={() => setReplyTo(null)} mode={mode} onModeChange={setMode} onDone={done} focusSignal={focus} />
      )}
      {record !== null && forwarding !== null && <ForwardDialog recordId={record.id} etag={etag} message={forwarding.message} onClose={() => setForwarding(null)} onDone={done} />}
      {record !== null && editing !== null && <EditMessageDialog recordId={record.id} etag={etag} message={editing} onClose={() => setEditing(null)} onDone={done} />}
    </MessageActionsContext.Provider>
  );
}

/** The conversation a message is in (the e-mail thread a reply from its menu goes to). */
function conversationOf(conversations: Conversation[], message: ConversationMessage): string | null {
  const found = conversations.find((c) => c.channel === 'email' && c.messages.some((m) => m.id === message.id));
  return found?.id ?? null;
}
