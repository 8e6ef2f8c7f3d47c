/**
 * Local mode's MailProvider: nothing leaves the machine; every message lands in the blob `outbox`
 * container, where /dev/outbox and the /sandbox/outbox page read it.
 *
 * Layout: `m/<13 digits: 9999999999999 − sent epoch ms>-<16 hex of sha256(Message-ID)>` holds the
 * MIME, so name order is newest first; `by-id/<64 hex of sha256(Message-ID)>` holds that name.
 * Idempotence: the by-id entry is written FIRST and read before anything else, so a retry of the
 * same Message-ID (also after a crash between the two writes) rewrites the same entry and never
 * makes a second one.
 */
import { createHash } from 'node:crypto';
import type { MailProvider, OutgoingMime } from '../domain/intake/mail-provider';
import { truncate } from '../domain/shared/text';
import type { BlobStore } from '../domain/shared/blob-store';

const LIST_PREFIX = 'm/';
const INDEX_PREFIX = 'by-id/';
const LATEST = 9_999_999_999_999;
/** Metadata goes in request headers (8 KB in all): long subjects and recipient lists are cut. */
const MAX_SUBJECT = 300;
const MAX_RECIPIENTS = 50;
const ID = /^\d{13}-[0-9a-f]{16}$/;

/** One sent message as the outbox lists it. */
export interface OutboxItem {
  /** Opaque, URL-safe; pass it to `get`. */
  id: string;
  to: string[];
  subject: string;
  messageId: string;
  tenantId: string;
  mailbox: string;
  sentAt: string;
  size: number;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The outbox entry's id for a Message-ID sent at `sentAt`. */
function entryId(messageId: string, sentAt: Date): string {
  return `${String(LATEST - sentAt.getTime()).padStart(13, '0')}-${sha256(messageId).slice(0, 16)}`;
}

/** MailProvider that writes to the blob outbox (local mode). */
export class LocalOutboxProvider implements MailProvider {
  constructor(
    private readonly blobs: BlobStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(mail: OutgoingMime): Promise<void> {
    const indexName = `${INDEX_PREFIX}${sha256(mail.messageId)}`;
    const known = (await this.blobs.get('outbox', indexName))?.toString('utf8');
    const sentAt = this.now();
    const id = known && ID.test(known) ? known : entryId(mail.messageId, sentAt);
    if (id !== known) await this.blobs.put('outbox', indexName, Buffer.from(id, 'utf8'), { contentType: 'text/plain' });
    await this.blobs.put('outbox', `${LIST_PREFIX}${id}`, mail.raw, {
      contentType: 'message/rfc822',
      metadata: {
        to: mail.recipients.slice(0, MAX_RECIPIENTS).join(','),
        subject: truncate(mail.subject, MAX_SUBJECT),
        messageid: mail.messageId,
        tenantid: mail.tenantId,
        mailbox: mail.mailbox,
        // On a retry the first attempt's time stays: the id already encodes it.
        sentat: new Date(LATEST - Number(id.slice(0, 13))).toISOString(),
      },
    });
  }

  /** Sent messages, newest first. */
  async list(limit: number): Promise<OutboxItem[]> {
    const blobs = await this.blobs.list('outbox', LIST_PREFIX, limit);
    return blobs.map((b) => {
      const m = b.metadata;
      return {
        id: b.name.slice(LIST_PREFIX.length),
        to: (m.to ?? '').split(',').filter((a) => a !== ''),
        subject: m.subject ?? '',
        messageId: m.messageid ?? '',
        tenantId: m.tenantid ?? '',
        mailbox: m.mailbox ?? '',
        sentAt: m.sentat ?? '',
        size: b.size,
      };
    });
  }

  /** The MIME as sent, or null for an unknown (or malformed) id. */
  async get(id: string): Promise<Buffer | null> {
    if (!ID.test(id)) return null;
    return this.blobs.get('outbox', `${LIST_PREFIX}${id}`);
  }
}
