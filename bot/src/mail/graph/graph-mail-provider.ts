/**
 * Azure mode's MailProvider: the composed MIME goes out through `POST /users/{mb}/sendMail`
 * (base64, text/plain), from the shared mailbox (Exchange sends as that mailbox whatever
 * `mail.mailbox` says; its From header must be the mailbox or an address it may send as). A 4xx other than 408/429 means retrying the same
 * request cannot help (PermanentSendError); 429, 5xx and network failures are retried by the
 * sender loop.
 */
import { PermanentSendError, type MailProvider, type OutgoingMime } from '../../domain/intake/mail-provider';
import { MailboxGraphError, type MailboxGraphClient } from './mailbox-graph-client';

/**
 * Files per message through Graph: sendMail takes at most 4 MB per request, and the MIME goes
 * base64-encoded inside it with the files base64-encoded again (×1.37 × 1.33 ≈ 1.8): 2 MiB of
 * files leave room for the text and headers.
 */
export const GRAPH_MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

export class GraphMailProvider implements MailProvider {
  readonly maxAttachmentBytes = GRAPH_MAX_ATTACHMENT_BYTES;
  /** sendMail in MIME form has no envelope: the Bcc header says who gets a blind copy. */
  readonly bccFromHeaders = true;

  constructor(private readonly graph: Pick<MailboxGraphClient, 'sendMime'>) {}

  async send(mail: OutgoingMime): Promise<void> {
    try {
      await this.graph.sendMime(mail.raw);
    } catch (error) {
      if (error instanceof MailboxGraphError && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) {
        throw new PermanentSendError(`Microsoft Graph refused sendMail (${error.status} ${error.code})`);
      }
      throw error;
    }
  }
}
