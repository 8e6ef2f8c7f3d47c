/**
 * "E-mail and web form" settings of a record type (H1): the support address (empty: off), the
 * web form's address once there is one, the acknowledgement and its texts, and what a customer's
 * mail to a closed record does.
 */
import { Caption1, Field, Input, Link, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { IntakeSettings, ReplyToClosedAction, Settings } from '../api/types';
import { useSession } from '../app/session';
import { useI18n } from '../i18n/I18nProvider';
import { AckTemplateEditor } from './AckTemplateEditor';
import { addressOf, isValidSupportAddress, parseSupportAddress, webFormUrl } from './intake-settings-model';
import { REOPEN_WITHIN_DAYS, type BooleanSetting } from './settings-model';
import { NumberField } from './SettingsNumberField';
import { SettingSwitch } from './SettingSwitch';

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  url: { overflowWrap: 'anywhere' },
});

const ACK_ENABLED: BooleanSetting = {
  path: 'intake.acknowledgement.enabled',
  label: 'intakeSettings.ack.enabled',
  hint: 'intakeSettings.ack.enabled.hint',
  get: (s) => s.intake.acknowledgement.enabled,
  set: (s, value) => ({ ...s, intake: { ...s.intake, acknowledgement: { ...s.intake.acknowledgement, enabled: value } } }),
};

export interface IntakeSettingsSectionProps {
  type: string;
  draft: Settings;
  onChange: (next: Settings) => void;
  /** What the service said about the address on the last save (e.g. taken by another type or tenant). */
  addressIssue: string | null;
}

export function IntakeSettingsSection({ type, draft, onChange, addressIssue }: IntakeSettingsSectionProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { me } = useSession();
  const intake = draft.intake;
  const address = addressOf(intake);
  const [typed, setTyped] = useState(address ?? '');
  // After a discard or a reload the draft holds another address than the one typed: show the draft's.
  const text = parseSupportAddress(typed) === address ? typed : (address ?? '');
  const valid = isValidSupportAddress(address);
  const setIntake = (next: IntakeSettings) => onChange({ ...draft, intake: next });
  const error = !valid ? t('intakeSettings.supportAddress.invalid') : (addressIssue ?? undefined);
  const formUrl = address !== null && valid ? webFormUrl(window.location.origin, me.tenant.id, type) : null;

  return (
    <>
      <Field
        label={t('intakeSettings.supportAddress')}
        hint={t('intakeSettings.supportAddress.hint')}
        validationState={error === undefined ? 'none' : 'error'}
        validationMessage={error}
      >
        <Input
          type="email"
          inputMode="email"
          autoComplete="off"
          placeholder={t('intakeSettings.supportAddress.placeholder')}
          value={text}
          onChange={(_, data) => {
            setTyped(data.value);
            setIntake({ ...intake, supportAddress: parseSupportAddress(data.value) });
          }}
          data-testid="setting-intake.supportAddress"
        />
      </Field>
      {formUrl !== null && (
        <Caption1 className={styles.url} data-testid="webform-url">
          {t('intakeSettings.webFormUrl')}{' '}
          <Link href={formUrl} target="_blank" rel="noopener noreferrer">
            {formUrl}
          </Link>
        </Caption1>
      )}
      <SettingSwitch setting={ACK_ENABLED} draft={draft} onChange={onChange} />
      <AckTemplateEditor intake={intake} onChange={setIntake} />
      <Field label={t('intakeSettings.replyToClosed')} hint={t('intakeSettings.replyToClosed.hint')}>
        <RadioGroup
          value={intake.replyToClosed.action}
          onChange={(_, data) => {
            const action: ReplyToClosedAction = data.value === 'newCase' ? 'newCase' : 'reopen';
            setIntake({ ...intake, replyToClosed: { ...intake.replyToClosed, action } });
          }}
          data-testid="setting-intake.replyToClosed.action"
        >
          <Radio value="reopen" label={t('intakeSettings.replyToClosed.reopen')} data-testid="reply-to-closed-reopen" />
          <Radio value="newCase" label={t('intakeSettings.replyToClosed.newCase')} data-testid="reply-to-closed-newCase" />
        </RadioGroup>
      </Field>
      <NumberField setting={REOPEN_WITHIN_DAYS} draft={draft} onChange={onChange} />
    </>
  );
}
