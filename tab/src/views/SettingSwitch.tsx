/** One on/off setting: a labelled switch (`data-testid="setting-<path>"`) with its hint. */
import { Caption1, makeStyles, Switch, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Settings } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import type { BooleanSetting } from './settings-model';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column' },
  hint: { color: tokens.colorNeutralForeground3, paddingInlineStart: tokens.spacingHorizontalXXXL },
});

export interface SettingSwitchProps {
  setting: BooleanSetting;
  draft: Settings;
  onChange: (next: Settings) => void;
  disabled?: boolean;
}

export function SettingSwitch({ setting, draft, onChange, disabled = false }: SettingSwitchProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const hintId = useId();
  return (
    <div className={styles.root}>
      <Switch
        data-testid={`setting-${setting.path}`}
        label={t(setting.label)}
        checked={setting.get(draft)}
        disabled={disabled}
        onChange={(_, data) => onChange(setting.set(draft, data.checked))}
        {...(setting.hint === undefined ? {} : { 'aria-describedby': hintId })}
      />
      {setting.hint !== undefined && (
        <Caption1 id={hintId} className={styles.hint}>
          {t(setting.hint)}
        </Caption1>
      )}
    </div>
  );
}
