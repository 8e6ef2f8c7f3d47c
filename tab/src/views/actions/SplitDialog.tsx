/**
 * Split: the case's messages with checkboxes, the new case's title, owner and status. The chosen
 * messages move into the new case, which opens after (H3).
 */
import { Caption1, Checkbox, Dropdown, Field, Input, makeStyles, Option, Spinner, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { getConversations } from '../../api/endpoints';
import { RECORD_STATUSES, type RecordStatus, type ServiceRecord } from '../../api/types';
import { useSession } from '../../app/session';
import { useLoad } from '../../app/use-load';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { messageKind } from '../conversations/conversation-model';
import { OwnerPicker, type OwnerChoice } from '../OwnerPicker';
import { ActionDialog } from './ActionDialog';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, maxHeight: '40vh', overflowY: 'auto', margin: 0, padding: 0, listStyle: 'none' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  excerpt: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export interface SplitDialogProps {
  record: ServiceRecord;
  busy: boolean;
  problem: unknown;
  onCancel: () => void;
  onSplit: (body: { messageIds: string[]; title: string; ownerId: string | null; status: RecordStatus }) => void;
  onInvalid: (message: string) => void;
}

export function SplitDialog({ record, busy, problem, onCancel, onSplit, onInvalid }: SplitDialogProps) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const { api, me } = useSession();
  const loaded = useLoad((signal) => getConversations(api, record.id, signal), [api, record.id]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [title, setTitle] = useState('');
  const [tried, setTried] = useState(false);
  const titleMissing = title.trim() === '';
  const [owner, setOwner] = useState<OwnerChoice | null>({ id: me.user.id, displayName: me.user.displayName });
  const [status, setStatus] = useState<RecordStatus>('active');
  const messages = loaded.state.status === 'done' ? loaded.state.data.flatMap((c) => c.messages) : [];

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const submit = () => {
    setTried(true);
    if (chosen.size === 0 || chosen.size >= messages.length) {
      onInvalid(t('actions.split.chooseSome'));
      return;
    }
    if (titleMissing) return;
    onSplit({ messageIds: [...chosen], title: title.trim(), ownerId: owner?.id ?? null, status });
  };

  return (
    <ActionDialog title={t('actions.split.title')} testId="split-dialog" submitLabel={t('actions.split.submit')} busy={busy} problem={problem} onCancel={onCancel} onSubmit={submit}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('actions.split.messages')}</legend>
        {loaded.state.status === 'loading' && <Spinner size="tiny" label={t('actions.split.loading')} />}
        {loaded.state.status === 'failed' && <ProblemBanner problem={loaded.state.problem} onRetry={loaded.reload} />}
        {loaded.state.status === 'done' && messages.length === 0 && <Caption1>{t('actions.split.noMessages')}</Caption1>}
        <ul className={styles.list}>
          {messages.map((message) => {
            const kind = messageKind(message);
            const who = message.from?.name || message.author.name;
            const label = `${t(kind === 'received' ? 'actions.split.incoming' : kind === 'sent' ? 'actions.split.outgoing' : 'actions.split.internal')} · ${who} · ${formatDateTime(message.createdAt)} — ${message.subject}`;
            return (
              <li key={message.id}>
                <Checkbox
                  checked={chosen.has(message.id)}
                  onChange={(_, data) => toggle(message.id, data.checked === true)}
                  label={label}
                  disabled={busy}
                  data-testid={`split-message-${message.id}`}
                />
                <Caption1 className={styles.excerpt} block>
                  {message.visibleText.slice(0, 160)}
                </Caption1>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <Field label={t('actions.split.newTitle')} required validationMessage={tried && titleMissing ? t('actions.split.titleRequired') : undefined}>
        <Input
          value={title}
          maxLength={200}
          onChange={(_, data) => setTitle(data.value)}
          // The browser refuses to submit an empty required field: say why next to it.
          onInvalid={() => setTried(true)}
          onBlur={() => setTried(titleMissing)}
          disabled={busy}
          data-testid="split-title"
        />
      </Field>
      <OwnerPicker value={owner} onChange={setOwner} disabled={busy} />
      <Field label={t('actions.split.status')}>
        <Dropdown
          value={t(`status.${status}`)}
          selectedOptions={[status]}
          onOptionSelect={(_, data) => {
            const next = RECORD_STATUSES.find((s) => s === data.optionValue);
            if (next) setStatus(next);
          }}
          disabled={busy}
          data-testid="split-status"
        >
          {RECORD_STATUSES.filter((s) => s !== 'closed').map((s) => (
            <Option key={s} value={s} data-testid={`split-status-${s}`}>
              {t(`status.${s}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </ActionDialog>
  );
}
