/**
 * H1's automatic-mail rules: which received mail is a report or automatic, and so is stored but
 * never acknowledged (RFC 3834 §2; the de-facto headers Exchange, list servers and auto-responders
 * set). Pure functions, table-tested.
 */
import type { AutomaticKind } from '../conversations/conversation';
import type { ParsedMail } from './parsed-mail';

/** Local parts that only machines send from. */
const MACHINE_SENDERS = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|bounces?|auto-?reply|autoresponder|notifications?-?noreply)([+\-._].*)?$/i;

/** What kind of automatic mail this is, or null for a person's mail. */
export function automaticKind(mail: ParsedMail, mailFrom: string | null, ownAddresses: ReadonlySet<string>): AutomaticKind | null {
  if (mail.report) return mail.report.kind === 'bounce' ? 'bounce' : 'deliveryReport';
  const sender = mail.from?.address ?? '';
  if (sender !== '' && ownAddresses.has(sender)) return 'ownAddress';
  const h = mail.headers;
  const autoSubmitted = (h.autoSubmitted ?? '').trim().toLowerCase();
  // RFC 3834: anything but "no" is automatic.
  if (autoSubmitted !== '' && !autoSubmitted.startsWith('no')) return 'autoReply';
  if (h.xAutoreply !== undefined && h.xAutoreply.trim() !== '') return 'autoReply';
  if (/^(bulk|list|junk)$/i.test((h.precedence ?? '').trim())) return 'bulk';
  // Exchange: a sender asking not to be auto-answered is itself (almost always) automatic.
  if (/\b(all|oof|autoreply)\b/i.test(h.xAutoResponseSuppress ?? '')) return 'autoReply';
  if (h.listId !== undefined || h.listUnsubscribe !== undefined) return 'bulk';
  // The null envelope sender, or an empty Return-Path: only reports and auto-replies use it.
  if (mailFrom === '' || h.returnPath === '') return 'autoReply';
  const local = sender.split('@')[0] ?? '';
  if (sender === '' || MACHINE_SENDERS.test(local)) return 'autoReply';
  return null;
}

/** The case number in a subject, e.g. `Re: [CAS-01042] Printer` → `CAS-01042` (prefix of the record type). */
export function numberInSubject(subject: string, prefix: string): string | null {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[^A-Za-z0-9])(${escaped}-\\d{3,})(?![0-9])`, 'i').exec(subject);
  return match?.[1] ? match[1].toUpperCase() : null;
}

/** The domain of an address, lower-cased. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Mail services where one domain is many unrelated people: never a company by domain. */
export const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'icloud.com', 'me.com',
  'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.net', 'mail.com', 'hotmail.dk', 'live.dk', 'jubii.dk', 'hotmail.se',
  'live.se', 'telia.com', 'yahoo.dk', 'yahoo.se',
]);
