/**
 * The intake settings' model (H1): the support address and acknowledgement templates as the admin
 * types them, their validation (an invalid value blocks the save, never silently dropped), the
 * save diff, the audit labels, and the web form's address.
 */
import { ACK_LANGUAGES, type AckLanguage, type AckTemplate, type IntakeSettings, type SettingsPatch } from '../api/types';
import type { Translate } from '../i18n/catalogs';
import type { MessageKey } from '../i18n/en';

export const SUPPORT_ADDRESS_PATH = 'intake.supportAddress';

/** The service's limits (bot/src/domain/settings/settings.ts). */
export const TEMPLATE_LIMITS = { subject: 200, body: 5000 } as const;

/** A plausible e-mail address (the service checks it again); null (no address) is valid. */
export function isValidSupportAddress(value: string | null): boolean {
  if (value === null) return true;
  return value.length <= 254 && /^[^\s@"<>(),;:]+@[^\s@"<>(),;:]+\.[^\s@"<>(),;:]+$/.test(value);
}

/** The support address of the settings (read defensively: the service's schema lowercases it on output). */
export function addressOf(intake: IntakeSettings): string | null {
  const value: unknown = intake.supportAddress;
  return typeof value === 'string' ? value : null;
}

/** What the admin typed into the address field: empty means no address (e-mail and web form off). */
export function parseSupportAddress(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

export function isValidTemplate(template: AckTemplate | null): boolean {
  if (template === null) return true;
  const subject = template.subject.trim();
  const body = template.body.trim();
  return subject.length > 0 && subject.length <= TEMPLATE_LIMITS.subject && body.length > 0 && body.length <= TEMPLATE_LIMITS.body;
}

/** The parts of the intake settings that may not be saved as they are. */
export function invalidIntake(intake: IntakeSettings): string[] {
  const invalid: string[] = [];
  if (!isValidSupportAddress(addressOf(intake))) invalid.push(SUPPORT_ADDRESS_PATH);
  for (const language of ACK_LANGUAGES) {
    if (!isValidTemplate(intake.acknowledgement.templates[language])) invalid.push(`intake.acknowledgement.templates.${language}`);
  }
  return invalid;
}

function sameTemplate(a: AckTemplate | null, b: AckTemplate | null): boolean {
  if (a === null || b === null) return a === b;
  return a.subject === b.subject && a.body === b.body;
}

/** Only what changed, shaped for the deep-merging PATCH (a template is sent whole, or null). */
export function diffIntake(saved: IntakeSettings, draft: IntakeSettings): SettingsPatch['intake'] | undefined {
  const patch: NonNullable<SettingsPatch['intake']> = {};
  if (addressOf(saved) !== addressOf(draft)) patch.supportAddress = addressOf(draft);

  const ack: NonNullable<NonNullable<SettingsPatch['intake']>['acknowledgement']> = {};
  if (saved.acknowledgement.enabled !== draft.acknowledgement.enabled) ack.enabled = draft.acknowledgement.enabled;
  const templates: Partial<Record<AckLanguage, AckTemplate | null>> = {};
  for (const language of ACK_LANGUAGES) {
    const next = draft.acknowledgement.templates[language];
    if (!sameTemplate(saved.acknowledgement.templates[language], next)) {
      templates[language] = next === null ? null : { subject: next.subject.trim(), body: next.body.trim() };
    }
  }
  if (Object.keys(templates).length > 0) ack.templates = templates;
  if (Object.keys(ack).length > 0) patch.acknowledgement = ack;

  const closed: NonNullable<NonNullable<SettingsPatch['intake']>['replyToClosed']> = {};
  if (saved.replyToClosed.action !== draft.replyToClosed.action) closed.action = draft.replyToClosed.action;
  if (!Object.is(saved.replyToClosed.reopenWithinDays, draft.replyToClosed.reopenWithinDays)) closed.reopenWithinDays = draft.replyToClosed.reopenWithinDays;
  if (Object.keys(closed).length > 0) patch.replyToClosed = closed;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** The audit label of an intake path (`intake.acknowledgement.templates.da.subject` → the Danish template). */
export function intakeLabelKey(path: string): MessageKey | null {
  if (path === SUPPORT_ADDRESS_PATH) return 'intakeSettings.supportAddress';
  if (path === 'intake.acknowledgement.enabled') return 'intakeSettings.ack.enabled';
  if (path === 'intake.replyToClosed.action') return 'intakeSettings.replyToClosed';
  if (path === 'intake.replyToClosed.reopenWithinDays') return 'intakeSettings.reopenWithinDays';
  const language = /^intake\.acknowledgement\.templates\.(en|da|sv)(\.|$)/.exec(path)?.[1];
  if (language === 'en' || language === 'da' || language === 'sv') return `intakeSettings.template.audit.${language}`;
  return null;
}

/** The public web form of a record type: `{origin}/forms/{tenantId}/{type}`. */
export function webFormUrl(origin: string, tenantId: string, type: string): string {
  return `${origin}/forms/${encodeURIComponent(tenantId)}/${encodeURIComponent(type)}`;
}

/** An audited intake value in words (a template: its subject, or "built-in text"); null for other paths. */
export function formatIntakeValue(path: string, value: unknown, t: Translate): string | null {
  if (path === 'intake.replyToClosed.action' && (value === 'reopen' || value === 'newCase')) return t(`intakeSettings.replyToClosed.${value}`);
  if (/^intake\.acknowledgement\.templates\.(en|da|sv)$/.test(path)) {
    if (value === null || value === undefined) return t('intakeSettings.template.builtIn');
    const subject: unknown = typeof value === 'object' ? Reflect.get(value, 'subject') : undefined;
    return typeof subject === 'string' ? subject : null;
  }
  return null;
}
