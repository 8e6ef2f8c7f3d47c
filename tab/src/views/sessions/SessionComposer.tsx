/**
 * The handling agent's composer: Enter sends, Shift+Enter starts a new line (and Enter while an
 * input method composes a word does neither). Typing tells the customer, at most every 3 s.
 */
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import { useRef, useState, type KeyboardEvent } from 'react';
import { MAX_SESSION_TEXT } from '../../api/sessions-endpoints';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  // Narrow, the Send button goes under the text rather than out of the page.
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, flexBasis: '200px', minWidth: 0 },
});

const TYPING_EVERY_MS = 3_000;

export function SessionComposer({ onSend, onTyping }: { onSend: (text: string) => void; onTyping: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const [text, setText] = useState('');
  const lastTyping = useRef(0);
  const tooLong = text.length > MAX_SESSION_TEXT;
  const empty = text.trim() === '';

  const send = () => {
    if (empty || tooLong) return;
    onSend(text.trim());
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    send();
  };

  return (
    <div className={styles.root}>
      <Field
        className={styles.field}
        label={t('sessions.composer.label')}
        hint={t('sessions.composer.hint')}
        validationMessage={tooLong ? t('sessions.composer.tooLong', { max: MAX_SESSION_TEXT }) : undefined}
      >
        <Textarea
          value={text}
          resize="vertical"
          rows={2}
          onKeyDown={onKeyDown}
          onChange={(_, data) => {
            setText(data.value);
            const now = Date.now();
            if (data.value !== '' && now - lastTyping.current > TYPING_EVERY_MS) {
              lastTyping.current = now;
              onTyping();
            }
          }}
          data-testid="session-composer"
        />
      </Field>
      <Button appearance="primary" icon={<SendRegular />} disabled={empty || tooLong} onClick={send} data-testid="session-send">
        {t('sessions.composer.send')}
      </Button>
    </div>
  );
}
