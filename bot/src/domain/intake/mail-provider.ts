/** The one way mail leaves Casebridge (H3): Graph sendMail in Azure, the local outbox in local mode. */

export interface OutgoingMime {
  tenantId: string;
  /** Our support address the mail is sent from. */
  mailbox: string;
  /** The Message-ID inside `raw`, without brackets (recorded for threading before sending). */
  messageId: string;
  /** Lower-cased envelope recipients (to, cc, bcc). */
  recipients: string[];
  subject: string;
  /** The whole MIME message, as composed by mail/compose.ts. */
  raw: Buffer;
}

/** Thrown by a provider when a retry cannot help (e.g. a recipient the service refuses). */
export class PermanentSendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentSendError';
  }
}

export interface MailProvider {
  /** Sends the message; throws on failure (PermanentSendError when retrying is pointless). */
  send(mail: OutgoingMime): Promise<void>;
  /**
   * The most bytes of files one message may carry through this provider (H3 refuses more with a
   * 413 before anything is written); absent: MAX_ATTACHMENT_BYTES (domain/compose/attachment-limits.ts).
   */
  readonly maxAttachmentBytes?: number | undefined;
  /**
   * The provider takes the recipients from the MIME headers (Graph sendMail has no envelope), so
   * Bcc must be in them (the service drops it when it sends). Absent: Bcc goes to the envelope only.
   */
  readonly bccFromHeaders?: boolean | undefined;
}
