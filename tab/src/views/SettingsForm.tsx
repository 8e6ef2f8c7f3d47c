/**
 * The settings of one record type, grouped as in SPEC B1–B7 and H1 (e-mail and web form): draft in, next draft out. Below the
 * intro fields, a live preview of the intro card with the chosen fields (B4).
 */
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
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
} from './settings-model';
import { IntakeSettingsSection } from './IntakeSettingsSection';
import { NumberField } from './SettingsNumberField';
import { SettingSwitch } from './SettingSwitch';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsFormProps {
  /** The record type's id (the web form's address names it). */
  type: string;
  recordType: RecordType | undefined;
  /** The service's word on the support address after a refused save, if any. */
  addressIssue: string | null;
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

export function SettingsForm({ type, recordType, addressIssue, draft, onChange }: SettingsFormProps) {
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
      <Section id="settings-intake" title={t('intakeSettings.section')}>
        <IntakeSettingsSection type={type} addressIssue={addressIssue} {...props} />
      </Section>
    </div>
  );
}
