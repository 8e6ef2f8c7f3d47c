/**
 * Sends queued outgoing mail (H1 acknowledgements, and later replies and forwards): every instance
 * runs this loop; a message is claimed with its ETag (state `sending`, a lease) so exactly one
 * instance sends it, composed as MIME with its fixed Message-ID, and handed to the mail provider.
 * Failures are retried with back-off and recorded on the message; nothing is dropped silently.
 */
import type { Logger } from 'pino';
import type { ConversationMessage, Delivery } from '../domain/conversations/conversation';
import type { ConversationRepository } from '../domain/conversations/conversation-repository';
import { PermanentSendError, type MailProvider } from '../domain/intake/mail-provider';
import { AUTO_REPLY_HEADERS } from '../domain/intake/acknowledgement';
import type { BlobStore } from '../domain/shared/blob-store';
import { MAX_ATTACHMENT_BYTES } from '../domain/compose/attachment-limits';
import { PreconditionFailedError } from '../domain/shared/errors';
import type { Clock, Versioned } from '../domain/shared/types';
import { composeMime, envelopeRecipients } from './compose';

/** Waits between tries: 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h … */
const BACKOFF_MS = [30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000];
/** After this many failed tries the message is marked failed (an agent can send it again). */
export const MAX_SEND_ATTEMPTS = 8;
/** How long a claim lasts before another instance may take the message over. */
const LEASE_MS = 120_000;

export interface OutgoingSenderOptions {
  conversations: ConversationRepository;
  provider: MailProvider;
  blobs: BlobStore;
  clock: Clock;
  logger: Logger;
  /** How often to look for due mail when nobody kicks the loop. */
  intervalMs: number;
}

/** Where one queued message is: sent at once by a point read, without a query. */
export interface QueuedMessage {
  tenantId: string;
  conversationId: string;
  messageId: string;
}

export class OutgoingSender {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  /** Messages queued on this instance since the last pass. */
  private readonly queued: QueuedMessage[] = [];
  /** A query for everything due (retries, other instances' leftovers) is wanted. */
  private sweep = true;

  constructor(private readonly o: OutgoingSenderOptions) {}

  /** The most bytes of files one message may carry through this sender's provider. */
  get maxAttachmentBytes(): number {
    return this.o.provider.maxAttachmentBytes ?? MAX_ATTACHMENT_BYTES;
  }

  start(): void {
    this.timer = setInterval(() => this.kick(), this.o.intervalMs);
    this.timer.unref();
    this.kick();
  }

  /** Sends `message` now (just queued here), or, without one, looks for everything due. */
  kick(message?: QueuedMessage): void {
    if (this.stopped) return;
    if (message) this.queued.push(message);
    else this.sweep = true;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.o.logger.error({ err: error }, 'outgoing mail loop failed'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves when the current pass (and any pass it asked for) is over. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.idle();
  }

  private async drain(): Promise<void> {
    while (this.queued.length > 0 && !this.stopped) {
      const next = this.queued.shift();
      const found = next ? await this.o.conversations.getMessage(next.tenantId, next.conversationId, next.messageId) : null;
      if (found?.value.delivery?.state === 'pending' && found.value.delivery.nextAttemptAt <= this.o.clock().toISOString()) await this.sendOne(found);
    }
    if (!this.sweep) return;
    this.sweep = false;
    for (let round = 0; round < 20 && !this.stopped; round++) {
      const due = await this.o.conversations.dueDeliveries(this.o.clock().toISOString(), 20);
      if (due.length === 0) return;
      for (const message of due) await this.sendOne(message);
    }
  }

  private async sendOne(found: Versioned<ConversationMessage>): Promise<void> {
    const delivery = found.value.delivery;
    if (!delivery || delivery.state === 'sent' || delivery.state === 'failed') return;
    const now = this.o.clock();
    const claim: Delivery = { ...delivery, state: 'sending', attempts: delivery.attempts + 1, nextAttemptAt: new Date(now.getTime() + LEASE_MS).toISOString() };
    let claimed: Versioned<ConversationMessage>;
    try {
      claimed = await this.o.conversations.replaceMessage({ ...found.value, delivery: claim }, found.etag);
    } catch (error) {
      if (error instanceof PreconditionFailedError) return; // another instance has it
      throw error;
    }
    const message = claimed.value;
    let result: Delivery;
    try {
      await this.o.provider.send(await this.compose(message));
      result = { ...claim, state: 'sent', lastError: null, sentAt: this.o.clock().toISOString() };
    } catch (error) {
      const permanent = error instanceof PermanentSendError || claim.attempts >= MAX_SEND_ATTEMPTS;
      const wait = BACKOFF_MS[Math.min(claim.attempts - 1, BACKOFF_MS.length - 1)] ?? 7_200_000;
      const reason = error instanceof Error ? error.message.slice(0, 300) : 'sending failed';
      this.o.logger.warn({ messageId: message.id, tenantId: message.tenantId, attempts: claim.attempts, permanent, reason }, 'sending mail failed');
      result = { ...claim, state: permanent ? 'failed' : 'pending', lastError: reason, nextAttemptAt: new Date(this.o.clock().getTime() + wait).toISOString() };
    }
    await this.record(claimed, claim, result);
  }

  /**
   * Writes the outcome of our try. The message may have changed meanwhile (an edit, a flag): then
   * it is read again and only its delivery is written, so it is never left `sending` (its lease would
   * run out and another pass would send it again). Only when another instance has claimed it since
   * (our lease ran out) and we did not get it out does that instance record its own try.
   */
  private async record(claimed: Versioned<ConversationMessage>, claim: Delivery, result: Delivery): Promise<void> {
    let current = claimed;
    for (let attempt = 1; attempt <= 5; attempt++) {
      try {
        await this.o.conversations.replaceMessage({ ...current.value, delivery: result }, current.etag);
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
      }
      const reread = await this.o.conversations.getMessage(current.value.tenantId, current.value.conversationId, current.value.id);
      const now = reread?.value.delivery;
      if (!reread || !now || now.state === 'sent') return;
      const ours = now.state === 'sending' && now.attempts === claim.attempts && now.nextAttemptAt === claim.nextAttemptAt;
      if (!ours && result.state !== 'sent') return;
      current = reread;
    }
    this.o.logger.error({ messageId: claimed.value.id, tenantId: claimed.value.tenantId, state: result.state }, 'recording a delivery kept conflicting');
  }

  private async compose(message: ConversationMessage) {
    if (!message.mail || !message.from) throw new PermanentSendError('not an e-mail message');
    const attachments = await Promise.all(
      message.attachments.map(async (a) => {
        const content = await this.o.blobs.get('attachments', a.blobName);
        if (!content) throw new PermanentSendError(`attachment ${a.filename} is missing`);
        return { filename: a.filename, contentType: a.contentType, content, contentId: a.contentId };
      }),
    );
    const input = {
      from: message.from, sender: message.sender, to: message.to, cc: message.cc, bcc: message.bcc ?? [], subject: message.subject, text: message.text, html: message.html,
      messageId: message.mail.messageId, inReplyTo: message.mail.inReplyTo, references: message.mail.references, date: new Date(message.createdAt),
      headers: message.purpose === 'acknowledgement' ? { ...AUTO_REPLY_HEADERS } : {}, attachments,
      keepBcc: this.o.provider.bccFromHeaders === true,
    };
    const raw = await composeMime(input);
    return { tenantId: message.tenantId, mailbox: message.from.address, messageId: message.mail.messageId, recipients: envelopeRecipients(input), subject: message.subject, raw };
  }
}
