/** One reply template's name and its text per language (text only: a reply's subject is always its thread's). */
import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiProblem } from '../../api/problem';
import { saveReplyTemplate, type ReplyTemplate, type ReplyTemplateInput } from '../../api/compose-endpoints';
import { useAction } from '../../app/use-action';
import { useSession } from '../../app/session';
import { ProblemBanner } from '../../components/ProblemBanner';
import { useI18n } from '../../i18n/I18nProvider';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const LANGUAGES = ['en', 'da', 'sv'] as const;
type Language = (typeof LANGUAGES)[number];
type Texts = Record<Language, { body: string }>;

function textsOf(template: ReplyTemplate | null): Texts {
  const one = (l: Language) => ({ body: template?.texts[l]?.body ?? '' });
  return { en: one('en'), da: one('da'), sv: one('sv') };
}

function inputOf(name: string, texts: Texts): ReplyTemplateInput {
  const out: ReplyTemplateInput = { name, texts: {} };
  for (const l of LANGUAGES) {
    const { body } = texts[l];
    if (body.trim() !== '') out.texts[l] = { body };
  }
  return out;
}

export function ReplyTemplateForm({ template, onCancel, onSaved }: { template: ReplyTemplate | null; onCancel: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const { api } = useSession();
  const action = useAction();
  const [name, setName] = useState(template?.name ?? '');
  const [texts, setTexts] = useState<Texts>(textsOf(template));
  const errors = action.problem instanceof ApiProblem ? action.problem.errors : [];
  const errorAt = (path: string) => errors.find((e) => e.path === path)?.message;
  const change = (l: Language, value: string) => setTexts((current) => ({ ...current, [l]: { body: value } }));

  return (
    <form
      className={styles.form}
      data-testid="reply-template-form"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await saveReplyTemplate(api, inputOf(name, texts), template ?? undefined);
          onSaved();
        });
      }}
    >
      <Field label={t('compose.templates.name')} required>
        <Input value={name} onChange={(_, data) => setName(data.value)} data-testid="reply-template-name" />
      </Field>
      {LANGUAGES.map((l) => {
        const language = t(`compose.language.${l}`);
        const bodyError = errorAt(`texts.${l}.body`);
        return (
          <div key={l} className={styles.form}>
            <Field label={t('compose.templates.body', { language })} validationState={bodyError ? 'error' : 'none'} validationMessage={bodyError}>
              <Textarea value={texts[l].body} rows={5} resize="vertical" onChange={(_, data) => change(l, data.value)} data-testid={`reply-template-body-${l}`} />
            </Field>
          </div>
        );
      })}
      {action.problem !== null && <ProblemBanner problem={action.problem} />}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={action.busy || name.trim() === ''} data-testid="reply-template-save">
          {t('compose.templates.save')}
        </Button>
        <Button onClick={onCancel}>{t('compose.templates.cancel')}</Button>
      </div>
    </form>
  );
}
