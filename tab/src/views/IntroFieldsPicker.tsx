/** B4: choose up to five fields of the record type for the intro message, in the chosen order. */
import { Badge, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { MAX_INTRO_FIELDS, type RecordTypeField, type Settings } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { INTRO_FIELDS_PATH } from './settings-model';

const useStyles = makeStyles({
  root: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  options: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))' },
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface IntroFieldsPickerProps {
  fields: RecordTypeField[];
  draft: Settings;
  onChange: (next: Settings) => void;
}

export function IntroFieldsPicker({ fields, draft, onChange }: IntroFieldsPickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const hintId = useId();
  const chosen = draft.introMessage.fields;
  const full = chosen.length >= MAX_INTRO_FIELDS;
  // A field chosen earlier that the type no longer lists stays visible, so it can be removed.
  const options: RecordTypeField[] = [
    ...fields,
    ...chosen
      .filter((name) => !fields.some((field) => field.name === name))
      .map((name): RecordTypeField => ({ name, label: name, kind: 'text', restricted: false })),
  ];

  function toggle(name: string, on: boolean) {
    const next = on ? [...chosen.filter((value) => value !== name), name] : chosen.filter((value) => value !== name);
    onChange({ ...draft, introMessage: { ...draft.introMessage, fields: next } });
  }

  return (
    <fieldset className={styles.root} aria-describedby={hintId} data-testid={`setting-${INTRO_FIELDS_PATH}`}>
      <legend className={styles.legend}>{t('settings.introMessage.fields')}</legend>
      <Caption1 id={hintId} className={styles.hint}>
        {t('settings.introMessage.fields.hint', { max: MAX_INTRO_FIELDS, count: chosen.length })}{' '}
        {fields.some((field) => field.restricted) && t('settings.restricted.hint')}
      </Caption1>
      {options.length === 0 && <Caption1>{t('settings.introMessage.noFields')}</Caption1>}
      <div className={styles.options}>
        {options.map((field) => {
          const checked = chosen.includes(field.name);
          return (
            <Checkbox
              key={field.name}
              data-testid={`setting-${INTRO_FIELDS_PATH}.${field.name}`}
              checked={checked}
              disabled={!checked && full}
              onChange={(_, data) => toggle(field.name, data.checked === true)}
              label={
                <span className={styles.label}>
                  {field.label}
                  {field.restricted && (
                    <Badge size="small" appearance="outline" color="warning">
                      {t('settings.restricted')}
                    </Badge>
                  )}
                </span>
              }
            />
          );
        })}
      </div>
    </fieldset>
  );
}
