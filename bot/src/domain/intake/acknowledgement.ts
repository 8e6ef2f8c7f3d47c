/**
 * H1's acknowledgement: the text from the record type's template in the customer's language, with
 * its placeholders filled; and the loop guard — at most a few per sender in a few hours, so two
 * auto-responders can never keep each other busy.
 */
import { t } from '../../i18n/catalog';
import type { IntakeSettings } from '../settings/settings';
import type { Locale } from '../shared/types';

/** Per sender (tenant + address): at most this many acknowledgements … */
export const ACK_LIMIT = 3;
/** … in this many seconds. */
export const ACK_WINDOW_SECONDS = 4 * 60 * 60;

/** Counts acknowledgements per key; shared by every instance (Cosmos-backed in production). */
export interface AckLimiter {
  /** True (and counted) when another acknowledgement may go to this key now. */
  tryConsume(key: string): Promise<boolean>;
}

export interface AckValues {
  number: string;
  title: string;
  name: string;
  agent: string;
}

/** The headers every automatic reply carries (RFC 3834; Exchange's suppression). */
export const AUTO_REPLY_HEADERS: Readonly<Record<string, string>> = {
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
  Precedence: 'auto_reply',
};

/** Fills `{number}`, `{title}`, `{name}`, `{agent}`; other braces are left as written. */
export function fillPlaceholders(template: string, values: AckValues): string {
  return template.replace(/\{(number|title|name|agent)\}/g, (_whole, key: keyof AckValues) => values[key]);
}

/** Subject and body of the acknowledgement; the subject always carries the number (threading). */
export function renderAcknowledgement(settings: IntakeSettings, locale: Locale, values: AckValues): { subject: string; body: string } {
  const custom = settings.acknowledgement.templates[locale];
  const subjectTemplate = custom?.subject ?? t(locale, 'intake.ack.subject');
  const bodyTemplate = custom?.body ?? t(locale, 'intake.ack.body');
  return { subject: withNumber(fillPlaceholders(subjectTemplate, values), values.number), body: fillPlaceholders(bodyTemplate, values) };
}

/** `[CAS-01042] subject` unless the number is in it already. */
export function withNumber(subject: string, number: string): string {
  return subject.toUpperCase().includes(number.toUpperCase()) ? subject : `[${number}] ${subject}`;
}

/** The customer's language: the mail's Content-Language or the form's, else the tenant's, else English. */
export function ackLocale(contentLanguage: string | undefined, tenantLanguage: Locale | undefined): Locale {
  const primary = (contentLanguage ?? '').split(/[,;]/)[0]?.trim().toLowerCase().split('-')[0];
  if (primary === 'en' || primary === 'da' || primary === 'sv') return primary;
  if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'da';
  return tenantLanguage ?? 'en';
}
