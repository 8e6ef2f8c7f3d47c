/**
 * Bounces and delivery status notifications: RFC 3464 multipart/report with a
 * message/delivery-status part, and plain-text bounces from MAILER-DAEMON that quote the
 * original headers.
 */
import type { MailReport } from '../domain/intake/parsed-mail';

export interface ReportPart {
  mimeType: string;
  content: Buffer;
}

export interface ReportInput {
  contentType: string;
  fromAddress: string | null;
  returnPath: string | undefined;
  subject: string;
  text: string;
  parts: ReportPart[];
}

const STATUS_TYPES = ['message/delivery-status', 'message/global-delivery-status'];
const ORIGINAL_TYPES = ['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers'];

/** A Message-ID header's value without brackets (the first one in `headerText`). */
export function messageIdIn(headerText: string): string | null {
  const match = /^message-id:[ \t]*(?:\r?\n[ \t]+)?<?([^\s<>]+)>?/im.exec(headerText);
  return match?.[1] ?? null;
}

/** Field blocks of a delivery-status body (per-message, then one per recipient). */
function statusBlocks(body: string): Array<Map<string, string>> {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]+/g, ' ')
    .split(/\n\s*\n/)
    .map((block) => {
      const fields = new Map<string, string>();
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      return fields;
    });
}

function recipientOf(field: string): string {
  const value = field.includes(';') ? field.slice(field.indexOf(';') + 1) : field;
  return value.trim().replace(/^<|>$/g, '').toLowerCase();
}

function deliveryStatusReport(input: ReportInput, status: ReportPart): MailReport {
  const failed: string[] = [];
  let anyAction = false;
  for (const block of statusBlocks(status.content.toString('utf8'))) {
    const action = block.get('action')?.toLowerCase();
    if (!action) continue;
    anyAction = true;
    const recipient = block.get('final-recipient') ?? block.get('original-recipient');
    if (action.startsWith('failed') && recipient) failed.push(recipientOf(recipient));
  }
  const original = input.parts.find((part) => ORIGINAL_TYPES.includes(part.mimeType));
  return {
    kind: failed.length > 0 || !anyAction ? 'bounce' : 'deliveryReport',
    originalMessageId: original ? messageIdIn(headerSection(original.content.toString('utf8'))) : null,
    failedRecipients: [...new Set(failed)],
  };
}

function headerSection(message: string): string {
  const end = message.search(/\r?\n\r?\n/);
  return end < 0 ? message : message.slice(0, end);
}

const DAEMON = /^(mailer-daemon|postmaster|mail-daemon)@/i;
const BOUNCE_SUBJECT = /(undeliver|delivery (status notification|failure|has failed)|returned mail|failure notice|mail delivery failed|kunne ikke leveres|kunde inte levereras|olevererbar|ikke leveret)/i;

function plainBounce(input: ReportInput): MailReport | null {
  const fromDaemon = input.fromAddress !== null && DAEMON.test(input.fromAddress);
  if (!fromDaemon && !(input.returnPath === '' && BOUNCE_SUBJECT.test(input.subject))) return null;
  const failed = new Set<string>();
  for (const match of input.text.matchAll(/<([^\s<>@]+@[^\s<>]+)>:/g)) failed.add((match[1] ?? '').toLowerCase());
  for (const match of input.text.matchAll(/^[ \t]*(?:final|original)-recipient:[ \t]*(?:rfc822;)?[ \t]*<?([^\s<>@]+@[^\s<>]+?)>?[ \t]*$/gim)) failed.add((match[1] ?? '').toLowerCase());
  return { kind: 'bounce', originalMessageId: messageIdIn(input.text.replace(/^[ \t>]+/gm, '')), failedRecipients: [...failed].filter(Boolean) };
}

/** The report a mail is, or null for an ordinary mail. */
export function detectReport(input: ReportInput): MailReport | null {
  const status = input.parts.find((part) => STATUS_TYPES.includes(part.mimeType));
  if (status) return deliveryStatusReport(input, status);
  return plainBounce(input);
}
