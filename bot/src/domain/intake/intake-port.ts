/**
 * What the edges (SMTP server, Graph mailbox, signed MIME webhook, web form) call to hand a
 * request to intake. Each call resolves only once the request is durable (blob + pending item);
 * processing follows asynchronously and is idempotent.
 */
import type { MailRoute } from '../conversations/conversation-repository';
import type { IntakeSource } from './intake-item';
import type { ParsedMail } from './parsed-mail';

/** The support address is not one of ours (SMTP 550, HTTP 404). */
export class UnknownMailboxError extends Error {
  constructor(readonly address: string) {
    super(`no mailbox ${address}`);
    this.name = 'UnknownMailboxError';
  }
}

export interface RawMailInput {
  raw: Buffer;
  source: Exclude<IntakeSource, 'webform'>;
  /** Lower-cased support address it was delivered to (SMTP RCPT, the Graph mailbox, the webhook's recipient). */
  mailbox: string;
  /** SMTP envelope sender ('' for the null sender `<>`), or null when unknown. */
  mailFrom: string | null;
  /** A stable id from the source (Graph immutable id): the same id is accepted once. */
  externalId?: string | null | undefined;
  /** The edge's parse of `raw`, when it made one (to refuse junk early): not parsed again. */
  parsed?: ParsedMail | undefined;
}

export interface WebFormInput {
  tenantId: string;
  recordType: string;
  name: string;
  email: string;
  subject: string;
  message: string;
  attachment?: { filename: string; contentType: string; content: Buffer } | undefined;
  /** The page's language: the acknowledgement goes out in it. */
  locale: 'en' | 'da' | 'sv';
}

export interface IntakePort {
  /** Throws UnparseableMailError (5xx / 400 with its reason) or UnknownMailboxError. */
  acceptRawMail(input: RawMailInput): Promise<{ intakeId: string; tenantId: string }>;
  /** Throws NotFoundError when the tenant has no such form (type without intake). */
  acceptWebForm(input: WebFormInput): Promise<{ intakeId: string }>;
  /** The route of a support address, or null (the SMTP server checks RCPT TO with it). */
  resolveMailbox(address: string): Promise<MailRoute | null>;
}
