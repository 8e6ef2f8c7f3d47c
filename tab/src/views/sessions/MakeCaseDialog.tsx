/** "Make a case" (I2): an optional title; the service makes the case with the chat on it. */
import { Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionDialog } from '../actions/ActionDialog';

export interface MakeCaseDialogProps {
  busy: boolean;
  problem: unknown;
  onCancel: () => void;
  onMake: (title: string | null) => void;
}

export function MakeCaseDialog({ busy, problem, onCancel, onMake }: MakeCaseDialogProps) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  return (
    <ActionDialog
      title={t('sessions.case.make')}
      testId="session-case-dialog"
      submitLabel={t('sessions.case.submit')}
      busy={busy}
      problem={problem}
      onCancel={onCancel}
      onSubmit={() => onMake(title.trim() === '' ? null : title.trim())}
    >
      <Field label={t('sessions.case.title')} hint={t('sessions.case.titleHint')}>
        <Input value={title} maxLength={200} onChange={(_, data) => setTitle(data.value)} disabled={busy} data-testid="session-case-title" />
      </Field>
    </ActionDialog>
  );
}
