/** A whole-number setting of the settings form (`data-testid="setting-<path>"`), with its allowed range. */
import { Field, SpinButton } from '@fluentui/react-components';
import { useState } from 'react';
import type { Settings } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { isValidNumber, parseWholeNumber, type NumberSetting } from './settings-model';

/**
 * A whole-number setting. What the user typed stays as typed: out of range (or not a number) it is
 * kept in the draft as it is, the field says the allowed range, and the save is blocked.
 */
export function NumberField({ setting, draft, onChange }: { setting: NumberSetting; draft: Settings; onChange: (next: Settings) => void }) {
  const { t } = useI18n();
  const value = setting.get(draft);
  const [typed, setTyped] = useState(String(value));
  // After a discard or a reload the draft holds another value than the one typed: show the draft's.
  const text = Object.is(parseWholeNumber(typed), value) ? typed : Number.isNaN(value) ? typed : String(value);
  const valid = isValidNumber(setting, value);
  return (
    <Field
      label={t(setting.label)}
      {...(setting.hint === undefined ? {} : { hint: t(setting.hint) })}
      validationState={valid ? 'none' : 'error'}
      validationMessage={valid ? undefined : t('settings.number.range', { min: setting.min, max: setting.max })}
    >
      <SpinButton
        data-testid={`setting-${setting.path}`}
        min={setting.min}
        max={setting.max}
        value={valid ? value : null}
        displayValue={text}
        disabled={!setting.enabled(draft)}
        onChange={(_, data) => {
          const next = data.value !== undefined && data.value !== null ? String(data.value) : (data.displayValue ?? '');
          setTyped(next);
          onChange(setting.set(draft, parseWholeNumber(next)));
        }}
      />
    </Field>
  );
}
