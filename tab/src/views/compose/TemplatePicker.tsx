/** Choosing a reply template: rendered by the service for this case in the agent's language, then inserted. */
import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { renderReplyTemplate, type RenderedTemplate } from '../../api/compose-endpoints';
import { useSession } from '../../app/session';
import { useI18n } from '../../i18n/I18nProvider';
import { useReplyTemplates } from './use-reply-templates';

export function TemplatePicker({ recordId, onInsert, onProblem }: { recordId: string; onInsert: (rendered: RenderedTemplate) => void; onProblem: (problem: unknown) => void }) {
  const { t } = useI18n();
  const { api } = useSession();
  const templates = useReplyTemplates();
  const [busy, setBusy] = useState(false);
  const items = templates.state.status === 'done' ? templates.state.data.items : [];
  if (templates.state.status === 'done' && items.length === 0) return null;
  return (
    <Field label={t('compose.template')}>
      <Select
        value=""
        disabled={busy || templates.state.status !== 'done'}
        data-testid="composer-template"
        onChange={(_, data) => {
          if (data.value === '') return;
          setBusy(true);
          renderReplyTemplate(api, recordId, data.value)
            .then(onInsert, onProblem)
            .finally(() => setBusy(false));
        }}
      >
        <option value="">{templates.state.status === 'loading' ? t('compose.template.loading') : t('compose.template.none')}</option>
        {items.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
