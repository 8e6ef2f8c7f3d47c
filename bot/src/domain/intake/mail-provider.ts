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
}
