/**
 * Settings → Reply templates (H3, administrators): the tenant's templates with their languages;
 * new, edit and delete. A text with an unknown placeholder is refused by the service (400 naming
 * the field), shown at that field.
 */
import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { deleteReplyTemplate, type ReplyTemplate } from '../../api/compose-endpoints';
import { useAction } from '../../app/use-action';
import { useSession } from '../../app/session';
import { Loading } from '../../components/Loading';
import { usePanelStyles } from '../../components/panel-styles';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';
import { ReplyTemplateForm } from './ReplyTemplateForm';
import { useReplyTemplates } from './use-reply-templates';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { flexGrow: 1 },
});

const LANGUAGES = ['en', 'da', 'sv'] as const;

export function ReplyTemplatesSettings() {
  const { t } = useI18n();
  const panel = usePanelStyles();
  const styles = useStyles();
  const { api, me } = useSession();
  const templates = useReplyTemplates();
  const remove = useAction();
  const [editing, setEditing] = useState<ReplyTemplate | 'new' | null>(null);
  const [saved, setSaved] = useState(false);
  if (!me.isAdmin) return null;
  const state = templates.state;
  return (
    <section className={panel.panel} aria-labelledby="reply-templates-heading" data-testid="reply-templates">
      <div className={panel.header}>
        <Subtitle2 as="h2" id="reply-templates-heading" className={panel.heading}>
          {t('compose.templates.title')}
        </Subtitle2>
        {editing === null && (
          <Button size="small" icon={<AddRegular />} onClick={() => { setSaved(false); setEditing('new'); }} data-testid="reply-template-new">
            {t('compose.templates.new')}
          </Button>
        )}
      </div>
      {state.status === 'done' && <Body1>{t('compose.templates.intro', { list: state.data.placeholders.join(' ') })}</Body1>}
      {state.status === 'loading' && <Loading label={t('compose.templates.loading')} />}
      {state.status === 'failed' && <ProblemBanner problem={state.problem} onRetry={templates.reload} />}
      {remove.problem !== null && <ProblemBanner problem={remove.problem} />}
      {saved && (
        <MessageBar intent="success" data-testid="reply-template-saved">
          <MessageBarBody>{t('compose.templates.saved')}</MessageBarBody>
        </MessageBar>
      )}
      {editing !== null && (
        <ReplyTemplateForm
          template={editing === 'new' ? null : editing}
          onCancel={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved(true);
            templates.reload();
          }}
        />
      )}
      {state.status === 'done' && editing === null &&
        (state.data.items.length === 0 ? (
          <Body1>{t('compose.templates.empty')}</Body1>
        ) : (
          <ul className={styles.list}>
            {state.data.items.map((template) => (
              <li key={template.id} className={styles.item} data-testid={`reply-template-${template.id}`}>
                <Body1 className={styles.name}>{template.name}</Body1>
                <Caption1>{t('compose.templates.languages', { list: LANGUAGES.filter((l) => template.texts[l]).map((l) => t(`compose.language.${l}`)).join(', ') })}</Caption1>
                <Button size="small" icon={<EditRegular />} aria-label={t('compose.templates.edit', { name: template.name })} onClick={() => { setSaved(false); setEditing(template); }} />
                <Button
                  size="small"
                  icon={<DeleteRegular />}
                  disabled={remove.busy}
                  aria-label={t('compose.templates.delete', { name: template.name })}
                  onClick={() => void remove.run(async () => { await deleteReplyTemplate(api, template); templates.reload(); }, { settle: true })}
                />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
