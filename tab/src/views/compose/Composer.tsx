/**
 * The composer under a case's conversations (H3): a reply to the customer by e-mail (text, cc,
 * bcc, a reply template, files) or an internal note. Sent with the record's ETag and an
 * Idempotency-Key kept for the draft, so a retried send is never sent twice.
 */
import { Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Textarea, tokens } from '@fluentui/react-components';
import { SendRegular, NoteAddRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { addNote, sendReply, type Composed } from '../../api/compose-endpoints';
import { addPrivateNote } from '../../api/privacy-endpoints';
import type { Conversation } from '../../api/types';
import { useAction } from '../../app/use-action';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { addressList, newKey, overLimit, type PickedFile } from './attachments';
import { FilePicker } from './FilePicker';
import { noteKind } from './note-mode';
import { TemplatePicker } from './TemplatePicker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, '& > *': { flexGrow: 1, minWidth: '200px' } },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export type ComposeMode = 'reply' | 'note';

export interface ComposerProps {
  recordId: string;
  etag: string;
  /** The e-mail conversation "Reply" was chosen on (null: the case's latest thread). */
  replyTo: Conversation | null;
  onClearReplyTo: () => void;
  mode: ComposeMode;
  onModeChange: (mode: ComposeMode) => void;
  onDone: (result: Composed) => void;
  /** Bumped to move the focus into the text (a message menu's "Reply"). */
  focusSignal: number;
  /** J2: the delegator the reply is written for (From them, Sender me). */
  onBehalfOf?: string | undefined;
  /** Whether my own write reaches the case (false: acting for someone, where only private notes are mine to add). */
  canWrite?: boolean | undefined;
}

export function Composer({ recordId, etag, replyTo, onClearReplyTo, mode, onModeChange, onDone, focusSignal, onBehalfOf, canWrite = true }: ComposerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const action = useAction();
  const [text, setText] = useState('');
  const [cc, setCc] = useState('');
  const [bcc, setBcc] = useState('');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [done, setDone] = useState<ComposeMode | 'private' | null>(null);
  // J5: a note only the author ever sees (needs read access only; the record is not changed).
  const [privateNote, setPrivateNote] = useState(false);
  const notePrivate = noteKind(canWrite, privateNote) === 'private';
  const key = useRef(newKey());
  const textArea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focusSignal > 0) textArea.current?.focus();
  }, [focusSignal]);

  const reset = () => {
    setText('');
    setCc('');
    setBcc('');
    setFiles([]);
    key.current = newKey();
  };

  const submit = () =>
    action.run(
      async () => {
        if (mode === 'note' && notePrivate) {
          await addPrivateNote(api, recordId, text, key.current);
          reset();
          setDone('private');
          return;
        }
        const result =
          mode === 'reply'
            ? await sendReply(api, recordId, etag, { text, cc: addressList(cc), bcc: addressList(bcc), attachments: files.map((f) => f.upload), ...(replyTo ? { conversationId: replyTo.id } : {}), ...(onBehalfOf !== undefined ? { onBehalfOf } : {}) }, key.current)
            : await addNote(api, recordId, etag, text, key.current);
        reset();
        setDone(mode);
        onDone(result);
      },
      { settle: true },
    );

  const blocked = text.trim() === '' || action.busy || (mode === 'reply' && overLimit(files) !== null);
  return (
    <section className={styles.root} aria-label={t('compose.heading')} data-testid="composer">
      <TabList
        selectedValue={mode}
        onTabSelect={(_, data) => {
          setDone(null);
          onModeChange(data.value === 'note' ? 'note' : 'reply');
        }}
      >
        <Tab value="reply" data-testid="composer-tab-reply">
          {t('compose.tab.reply')}
        </Tab>
        <Tab value="note" data-testid="composer-tab-note">
          {t('compose.tab.note')}
        </Tab>
      </TabList>
      {mode === 'reply' && (
        <div className={styles.actions}>
          <Caption1 data-testid="composer-thread">{replyTo ? t('compose.replyingIn', { subject: replyTo.subject }) : t('compose.replyInLatest')}</Caption1>
          {replyTo && (
            <Button size="small" appearance="subtle" onClick={onClearReplyTo}>
              {t('compose.replyAnywhere')}
            </Button>
          )}
        </div>
      )}
      {mode === 'reply' && (
        <TemplatePicker
          recordId={recordId}
          onProblem={action.setProblem}
          onInsert={(rendered) => {
            setText((current) => (current.trim() === '' ? rendered.text : `${current}\n\n${rendered.text}`));
            textArea.current?.focus();
          }}
        />
      )}
      <Field label={mode === 'reply' ? t('compose.text') : t('compose.noteText')} required>
        <Textarea
          ref={textArea}
          value={text}
          resize="vertical"
          rows={6}
          onChange={(_, data) => {
            setDone(null);
            setText(data.value);
          }}
          data-testid="composer-text"
        />
      </Field>
      {mode === 'reply' && (
        <div className={styles.row}>
          <Field label={t('compose.cc')} hint={t('compose.addressesHint')}>
            <Input type="email" multiple value={cc} onChange={(_, data) => setCc(data.value)} data-testid="composer-cc" />
          </Field>
          <Field label={t('compose.bcc')}>
            <Input type="email" multiple value={bcc} onChange={(_, data) => setBcc(data.value)} data-testid="composer-bcc" />
          </Field>
        </div>
      )}
      {mode === 'reply' && <FilePicker files={files} onChange={setFiles} testId="composer" />}
      {mode === 'note' && (
        <Field hint={t('privacy.compose.privateHint')}>
          <Checkbox checked={notePrivate} disabled={!canWrite} onChange={(_, data) => setPrivateNote(data.checked === true)} label={t('privacy.compose.private')} data-testid="composer-private" />
        </Field>
      )}
      {action.problem !== null && <ProblemBanner problem={action.problem} />}
      {done !== null && (
        <MessageBar intent="success" data-testid="composer-done">
          <MessageBarBody>{done === 'reply' ? t('compose.sent') : done === 'private' ? t('privacy.compose.savedPrivate') : t('compose.noteAdded')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" icon={mode === 'reply' ? <SendRegular /> : <NoteAddRegular />} disabled={blocked} onClick={() => void submit()} data-testid="composer-send">
          {action.busy ? t('compose.sending') : mode === 'reply' ? t('compose.send') : t('compose.addNote')}
        </Button>
      </div>
    </section>
  );
}
