/**
 * Outgoing MIME on nodemailer's MailComposer, with the Message-ID fixed by the caller (recorded
 * for threading before the mail is sent). Bcc goes to the envelope only, never into the headers,
 * unless `keepBcc` (Graph sendMail in MIME form has no envelope: Exchange reads the Bcc header as
 * the Bcc recipients and, as every MIME writer for SMTP must (MS-OXCMAIL 2.1.3.1.1.2), leaves it
 * out of what it delivers).
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import type { MailAddress } from '../domain/conversations/conversation';

export interface ComposeAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
  /** Without brackets; makes the attachment an inline part referenced as `cid:`. */
  contentId?: string | null | undefined;
}

export interface ComposeInput {
  from: MailAddress;
  /** RFC 5322 §3.6.2: who sent it when not the From (a delegate writing for a delegator); absent: no Sender header. */
  sender?: MailAddress | undefined;
  to: MailAddress[];
  cc?: MailAddress[] | undefined;
  /** Envelope recipients only: never written into the message. */
  bcc?: MailAddress[] | undefined;
  replyTo?: MailAddress | undefined;
  subject: string;
  text: string;
  html?: string | null | undefined;
  /** Without brackets; rendered as `<id>`. */
  messageId: string;
  inReplyTo?: string | null | undefined;
  references?: string[] | undefined;
  date?: Date | undefined;
  /** Extra headers, e.g. `Auto-Submitted: auto-replied`, `X-Auto-Response-Suppress: All`. */
  headers?: Record<string, string> | undefined;
  attachments?: ComposeAttachment[] | undefined;
  /** Write the Bcc header (only for a provider without an envelope, MailProvider.bccFromHeaders). */
  keepBcc?: boolean | undefined;
}

const bracket = (id: string): string => `<${id.replace(/^<|>$/g, '')}>`;
const addressList = (list: MailAddress[] | undefined) => (list ?? []).map((a) => ({ name: a.name, address: a.address }));

/** The envelope recipients of a composed mail (to, cc, bcc), lower-cased and unique. */
export function envelopeRecipients(input: Pick<ComposeInput, 'to' | 'cc' | 'bcc'>): string[] {
  return [...new Set([...input.to, ...(input.cc ?? []), ...(input.bcc ?? [])].map((a) => a.address.toLowerCase()))];
}

/** Builds the whole message as bytes. */
export async function composeMime(input: ComposeInput): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: input.from.name, address: input.from.address },
    ...(input.sender ? { sender: { name: input.sender.name, address: input.sender.address } } : {}),
    to: addressList(input.to),
    cc: addressList(input.cc),
    bcc: addressList(input.bcc),
    ...(input.replyTo ? { replyTo: { name: input.replyTo.name, address: input.replyTo.address } } : {}),
    subject: input.subject,
    text: input.text,
    ...(input.html ? { html: input.html } : {}),
    messageId: bracket(input.messageId),
    ...(input.inReplyTo ? { inReplyTo: bracket(input.inReplyTo) } : {}),
    ...(input.references && input.references.length > 0 ? { references: input.references.map(bracket) } : {}),
    date: input.date ?? new Date(),
    headers: input.headers ?? {},
    attachments: (input.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
      ...(a.contentId ? { cid: a.contentId } : {}),
    })),
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: false,
  });
  const node = composer.compile();
  node.keepBcc = input.keepBcc === true;
  return node.build();
}
