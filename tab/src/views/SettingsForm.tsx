/**
 * The settings of one record type, grouped as in SPEC B1–B7: draft in, next draft out. Below the
 * intro fields, a live preview of the intro card with the chosen fields (B4).
 */
import { Caption1, Field, makeStyles, SpinButton, Subtitle2, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { RecordType, Settings } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { IntroFieldsPicker } from './IntroFieldsPicker';
import { IntroPreview } from './IntroPreview';
import {
  AUTO_NAME_CHATS,
  INTRO_ENABLED,
  JOIN_CHAT,
  LAST_CONNECTOR_MAY,
  SUGGESTED_CONTACTS,
  TEAMS_CHAT,
  TIMELINE_CHAT_ENTRIES,
  TRANSCRIPT_ENABLED,
  TRANSCRIPT_RETENTION,
  isValidNumber,
  parseWholeNumber,
  type NumberSetting,
} from './settings-model';
import { SettingSwitch } from './SettingSwitch';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsFormProps {
  recordType: RecordType | undefined;
  draft: Settings;
  onChange: (next: Settings) => void;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/**
 * A whole-number setting. What the user typed stays as typed: out of range (or not a number) it is
 * kept in the draft as it is, the field says the allowed range, and the save is blocked.
 */
function NumberField({ setting, draft, onChange }: { setting: NumberSetting; draft: Settings; onChange: (next: Settings) => void }) {
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

export function SettingsForm({ recordType, draft, onChange }: SettingsFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const props = { draft, onChange };
  return (
    <div className={styles.form}>
      <Section id="settings-chats" title={t('settings.section.chats')}>
        <SettingSwitch setting={TEAMS_CHAT} {...props} />
        <SettingSwitch setting={JOIN_CHAT} {...props} />
        <SettingSwitch setting={AUTO_NAME_CHATS} {...props} />
      </Section>
      <Section id="settings-intro" title={t('settings.section.intro')}>
        <SettingSwitch setting={INTRO_ENABLED} {...props} />
        <IntroFieldsPicker fields={recordType?.fields ?? []} {...props} />
        {recordType !== undefined && <IntroPreview type={recordType.id} fields={draft.introMessage.fields} />}
      </Section>
      <Section id="settings-disconnect" title={t('settings.section.disconnect')}>
        <SettingSwitch setting={LAST_CONNECTOR_MAY} {...props} />
        <Caption1 className={styles.note}>{t('settings.disconnect.note')}</Caption1>
      </Section>
      <Section id="settings-contacts" title={t('settings.section.contacts')}>
        <Caption1 className={styles.note}>{t('settings.section.contacts.hint')}</Caption1>
        {SUGGESTED_CONTACTS.map((setting) => (
          <SettingSwitch key={setting.path} setting={setting} {...props} />
        ))}
      </Section>
      <Section id="settings-timeline" title={t('settings.section.timeline')}>
        <SettingSwitch setting={TIMELINE_CHAT_ENTRIES} {...props} />
        <SettingSwitch setting={TRANSCRIPT_ENABLED} {...props} />
        <NumberField setting={TRANSCRIPT_RETENTION} {...props} />
      </Section>
    </div>
  );
}
