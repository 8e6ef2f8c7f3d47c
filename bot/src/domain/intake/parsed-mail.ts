/**
 * A received e-mail as the intake rules see it: produced from raw MIME by mail/parse.ts (on
 * postal-mime), never by the domain itself. HTML is already sanitized here.
 */
import type { MailAddress } from '../conversations/conversation';

export interface ParsedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
  contentId: string | null;
  inline: boolean;
}

/** A delivery status notification (RFC 3464) or a bounce recognised by its shape. */
export interface MailReport {
  kind: 'bounce' | 'deliveryReport';
  /** The Message-ID of the mail the report is about (from the embedded headers), without brackets. */
  originalMessageId: string | null;
  /** Lower-cased recipients whose delivery failed. */
  failedRecipients: string[];
}

export interface ParsedMail {
  /** Without angle brackets; null when the mail has none (a synthetic one is made by intake). */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: MailAddress | null;
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  /** ISO date from the Date header, if it parses. */
  date: string | null;
  /** The whole plain text (from text/plain, else derived from the HTML). */
  text: string;
  /** Sanitized HTML, or null. */
  html: string | null;
  /** `text` with quoted earlier messages and their "On … wrote:" lines trimmed. */
  visibleText: string;
  attachments: ParsedAttachment[];
  /** The headers the automatic-mail rules read, lower-cased names; absent headers are absent. */
  headers: {
    autoSubmitted?: string;
    precedence?: string;
    xAutoreply?: string;
    xAutoResponseSuppress?: string;
    /** '' for an empty Return-Path (`<>`), absent when the header is missing. */
    returnPath?: string;
    listId?: string;
    listUnsubscribe?: string;
    contentLanguage?: string;
    /** The top-level Content-Type, e.g. `multipart/report; report-type=delivery-status`. */
    contentType?: string;
  };
  report: MailReport | null;
  /** Problems the parser recovered from (odd charset, missing boundary…), for the log. */
  warnings: string[];
}

/** Limits the parser enforces; past them the mail is rejected with a clear reason. */
export const MAIL_LIMITS = {
  /** Whole message (SMTP SIZE, the webhook's body). */
  maxBytes: 25 * 1024 * 1024,
  maxHeaderBytes: 256 * 1024,
  maxMimeDepth: 20,
  maxAttachments: 100,
} as const;

/** The raw mail could not be made sense of at all; `reason` is for the sender (SMTP 5xx, HTTP 4xx). */
export class UnparseableMailError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnparseableMailError';
  }
}
