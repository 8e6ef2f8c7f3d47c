/**
 * H3's small rules for mail an agent sends in a case's thread: the subject (always with the case
 * number, so the customer's answer finds the case), the threading headers, the status a reply
 * leaves the case in, and the text of a forward.
 */
import { withNumber } from '../intake/acknowledgement';
import type { ConversationMessage } from '../conversations/conversation';
import type { RecordStatus } from '../records/record';
import type { Locale } from '../shared/types';

/**
 * At most this many Message-IDs in References: the thread's root and the newest others (RFC 5322
 * §3.6.4 asks to keep the first; mail clients thread on it).
 */
export const MAX_REFERENCES = 20;

/** Reply and forward prefixes of the languages we see (Re, Sv, Aw, Vs, Fwd, Fw, Vb, Wg, Tr). */
const PREFIX = /^\s*(?:(?:re|sv|aw|vs|antw|fwd?|vb|wg|tr|vl)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** The subject without leading reply/forward prefixes. */
export function baseSubject(subject: string): string {
  return subject.replace(PREFIX, '').trim();
}

/** `Re: [CAS-10042] subject` — one prefix, the number once. */
export function replySubject(subject: string, number: string): string {
  const base = baseSubject(subject);
  return `Re: ${withNumber(base === '' ? number : base, number)}`;
}

/** `Fwd: [CAS-10042] subject`. */
export function forwardSubject(subject: string, number: string): string {
  const base = baseSubject(subject);
  return `Fwd: ${withNumber(base === '' ? number : base, number)}`;
}

/**
 * In-Reply-To and References for a new message in a thread of `messages` (oldest first): it
 * answers `answering` if given, else the customer's latest mail, else the latest mail of the thread.
 */
export function threadHeaders(messages: readonly ConversationMessage[], answering?: ConversationMessage): { inReplyTo: string | null; references: string[] } {
  const mails = [...messages].reverse().filter((m) => m.mail !== null);
  const target = answering?.mail ? answering : (mails.find((m) => m.direction === 'in') ?? mails[0]);
  if (!target?.mail) return { inReplyTo: null, references: [] };
  const references = [...target.mail.references.filter((id) => id !== target.mail?.messageId), target.mail.messageId];
  const kept = references.length <= MAX_REFERENCES ? references : [...references.slice(0, 1), ...references.slice(-(MAX_REFERENCES - 1))];
  return { inReplyTo: target.mail.messageId, references: kept };
}

/**
 * The case's status after an agent's reply: a new or active case now waits for the customer
 * (their answer makes it active again, H1); waiting, resolved and closed cases keep their status
 * (a reply after resolving is a courtesy, not new work).
 */
export function statusAfterReply(status: RecordStatus): RecordStatus {
  return status === 'new' || status === 'active' ? 'waiting' : status;
}

/** The labels of a forwarded message's header block, in the agent's language. */
export interface ForwardLabels {
  heading: string;
  from: string;
  date: string;
  subject: string;
  to: string;
  /** A message's time as the agent reads it. */
  formatDate: (iso: string) => string;
}

/** A forwarded message's time in the agent's language, in UTC (said so: the recipient may be anywhere). */
export function forwardDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(date)} UTC`;
}

const who = (a: { name: string; address: string }) => (a.name ? `${a.name} <${a.address}>` : a.address);

/** The cover text followed by each forwarded message with its header block (internal notes never). */
export function forwardText(cover: string, messages: readonly ConversationMessage[], labels: ForwardLabels): string {
  const blocks = messages
    .filter((m) => m.visibility === 'external')
    .map((m) => {
      const from = m.from ? who(m.from) : m.author.kind === 'system' ? '' : m.author.name;
      return [
        `---------- ${labels.heading} ----------`,
        `${labels.from}: ${from}`,
        `${labels.date}: ${labels.formatDate(m.createdAt)}`,
        `${labels.subject}: ${m.subject}`,
        ...(m.to.length > 0 ? [`${labels.to}: ${m.to.map(who).join(', ')}`] : []),
        '',
        m.text,
      ].join('\n');
    });
  return [cover.trim(), ...blocks].filter((part) => part !== '').join('\n\n');
}
