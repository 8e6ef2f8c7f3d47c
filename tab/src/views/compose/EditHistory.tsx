/** A message's edit history (who, when, old → new), behind a toggle. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { ConversationMessage } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  entry: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
  toggle: { alignSelf: 'flex-start', minWidth: 0, paddingLeft: 0, paddingRight: 0 },
});

const short = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

export function EditHistory({ message }: { message: ConversationMessage }) {
  const { t, formatDateTime } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const edits = message.edits ?? [];
  /** A visibility is shown in words, anything else as it was written (shortened). */
  const shown = (field: string, value: string) => (field === 'visibility' && (value === 'external' || value === 'internal') ? t(`compose.history.value.${value}`) : short(value));
  if (edits.length === 0) return null;
  return (
    <>
      <Button className={styles.toggle} size="small" appearance="transparent" icon={<HistoryRegular />} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)} data-testid={`message-history-${message.id}`}>
        {open ? t('compose.history.hide') : t('compose.history.show', { count: edits.length })}
      </Button>
      {open && (
        <ul id={listId} className={styles.list} data-testid={`message-history-list-${message.id}`}>
          {edits.map((edit, index) => (
            <li key={`${edit.at}-${index}`}>
              <Caption1 className={styles.entry}>
                {t('compose.history.entry', { time: formatDateTime(edit.at), user: edit.userName, field: t(`compose.history.field.${edit.field}`), from: shown(edit.field, edit.from), to: shown(edit.field, edit.to) })}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
