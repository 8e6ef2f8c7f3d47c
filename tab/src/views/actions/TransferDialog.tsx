/** Transfer: a colleague and a note to them (the note goes on the timeline with the transfer). */
import { Field, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServiceRecord } from '../../api/types';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { OwnerPicker, type OwnerChoice } from '../OwnerPicker';
import { ActionDialog, type ActionDialogContext } from './ActionDialog';
import { transferRecord } from './actions-api';

export function TransferDialog({ record, context }: { record: ServiceRecord; context: ActionDialogContext }) {
  const { t } = useI18n();
  const { api } = useSession();
  const [colleague, setColleague] = useState<OwnerChoice | null>(null);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);

  const submit = () => {
    setTried(true);
    if (colleague === null) {
      context.onInvalid(t('actions.transfer.chooseColleague'));
      return;
    }
    if (note.trim() === '') return;
    context.onSubmit(() => transferRecord(api, record.id, record.etag, { userId: colleague.id, note: note.trim() }), t('actions.done.transfer', { name: colleague.displayName }));
  };

  return (
    <ActionDialog title={t('actions.transfer.title')} testId="transfer-dialog" submitLabel={t('actions.transfer.submit')} busy={context.busy} problem={context.problem} onCancel={context.onCancel} onSubmit={submit}>
      <OwnerPicker value={colleague} onChange={setColleague} disabled={context.busy} />
      <Field label={t('actions.transfer.note')} required validationMessage={tried && note.trim() === '' ? t('actions.transfer.noteRequired') : undefined}>
        <Textarea
          value={note}
          onChange={(_, data) => setNote(data.value)}
          placeholder={t('actions.transfer.notePlaceholder')}
          resize="vertical"
          maxLength={4000}
          disabled={context.busy}
          data-testid="transfer-note"
        />
      </Field>
    </ActionDialog>
  );
}
