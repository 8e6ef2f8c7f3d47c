/** Postpone: until when (local date and time); the case waits and reopens by itself then. */
import { Caption1, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ServiceRecord } from '../../api/types';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { ActionDialog, type ActionDialogContext } from './ActionDialog';
import { fromLocalInput, toLocalInput, tomorrowMorning } from './action-model';
import { postponeRecord } from './actions-api';

export function PostponeDialog({ record, context }: { record: ServiceRecord; context: ActionDialogContext }) {
  const { t, formatDateTime } = useI18n();
  const { api } = useSession();
  const [value, setValue] = useState(() => toLocalInput(tomorrowMorning(new Date())));
  const until = fromLocalInput(value);
  const future = until !== null && Date.parse(until) > Date.now();

  const submit = () => {
    if (until === null || !future) return;
    context.onSubmit(() => postponeRecord(api, record.id, record.etag, until), t('actions.done.postpone', { date: formatDateTime(until) }));
  };

  return (
    <ActionDialog title={t('actions.postpone.title')} testId="postpone-dialog" submitLabel={t('actions.postpone.submit')} busy={context.busy} problem={context.problem} onCancel={context.onCancel} onSubmit={submit}>
      <Field label={t('actions.postpone.until')} required validationMessage={future ? undefined : t('actions.postpone.future')}>
        <Input type="datetime-local" value={value} min={toLocalInput(new Date())} onChange={(_, data) => setValue(data.value)} disabled={context.busy} data-testid="postpone-until" />
      </Field>
      <Caption1>{t('actions.postpone.hint')}</Caption1>
    </ActionDialog>
  );
}
