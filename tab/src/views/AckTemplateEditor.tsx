/**
 * The acknowledgement's text per language (H1): en/da/sv tabs, each with "Use the built-in text"
 * or its own subject and body; the placeholders are explained above the fields.
 */
import { Caption1, Field, Input, makeStyles, Switch, Tab, TabList, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { ACK_LANGUAGES, type AckLanguage, type AckTemplate, type IntakeSettings } from '../api/types';
import { intakeSettingsDa, intakeSettingsEn, intakeSettingsSv } from '../i18n/areas/intakeSettings';
import { useI18n } from '../i18n/I18nProvider';
import { TEMPLATE_LIMITS } from './intake-settings-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: 'wrap' },
});

/** A first text to edit in each language, in that language whatever the admin's own. */
const STARTERS: Record<AckLanguage, AckTemplate> = {
  en: { subject: intakeSettingsEn['intakeSettings.starter.subject'], body: intakeSettingsEn['intakeSettings.starter.body'] },
  da: { subject: intakeSettingsDa['intakeSettings.starter.subject'], body: intakeSettingsDa['intakeSettings.starter.body'] },
  sv: { subject: intakeSettingsSv['intakeSettings.starter.subject'], body: intakeSettingsSv['intakeSettings.starter.body'] },
};

export interface AckTemplateEditorProps {
  intake: IntakeSettings;
  onChange: (next: IntakeSettings) => void;
}

function fieldError(t: ReturnType<typeof useI18n>['t'], value: string, max: number): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return t('intakeSettings.template.required');
  if (trimmed.length > max) return t('intakeSettings.template.tooLong', { max });
  return undefined;
}

export function AckTemplateEditor({ intake, onChange }: AckTemplateEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [language, setLanguage] = useState<AckLanguage>('en');
  const panelId = useId();
  const template = intake.acknowledgement.templates[language];
  const setTemplate = (next: AckTemplate | null) =>
    onChange({ ...intake, acknowledgement: { ...intake.acknowledgement, templates: { ...intake.acknowledgement.templates, [language]: next } } });
  const subjectError = template === null ? undefined : fieldError(t, template.subject, TEMPLATE_LIMITS.subject);
  const bodyError = template === null ? undefined : fieldError(t, template.body, TEMPLATE_LIMITS.body);

  return (
    <div className={styles.root}>
      <Caption1 className={styles.note}>{t('intakeSettings.template.placeholders')}</Caption1>
      <TabList
        className={styles.tabs}
        selectedValue={language}
        onTabSelect={(_, data) => {
          const next = ACK_LANGUAGES.find((candidate) => candidate === data.value);
          if (next !== undefined) setLanguage(next);
        }}
        aria-label={t('intakeSettings.template.languages')}
        data-testid="ack-languages"
      >
        {ACK_LANGUAGES.map((code) => (
          <Tab key={code} value={code} aria-controls={panelId} data-testid={`ack-language-${code}`}>
            {t(`intakeSettings.language.${code}`)}
          </Tab>
        ))}
      </TabList>
      <div id={panelId} role="tabpanel" className={styles.panel} data-testid={`ack-template-${language}`}>
        <Switch
          label={t('intakeSettings.template.builtIn')}
          checked={template === null}
          onChange={(_, data) => setTemplate(data.checked ? null : STARTERS[language])}
          data-testid="ack-builtin"
        />
        {template !== null && (
          <>
            <Field label={t('intakeSettings.template.subject')} required validationState={subjectError ? 'error' : 'none'} validationMessage={subjectError}>
              <Input value={template.subject} onChange={(_, data) => setTemplate({ ...template, subject: data.value })} data-testid="ack-subject" />
            </Field>
            <Field label={t('intakeSettings.template.body')} required validationState={bodyError ? 'error' : 'none'} validationMessage={bodyError}>
              <Textarea
                value={template.body}
                resize="vertical"
                rows={8}
                onChange={(_, data) => setTemplate({ ...template, body: data.value })}
                data-testid="ack-body"
              />
            </Field>
          </>
        )}
      </div>
    </div>
  );
}
