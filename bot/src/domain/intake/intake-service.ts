/**
 * The front door of H1 (IntakePort): a request is made durable — its bytes in the blob store, then
 * a pending intake item — before the sender is told it was received. Processing follows at once on
 * this instance; items a crash (of any instance) left pending are finished by `resumePending`,
 * which every instance runs at start and then periodically. Processing is idempotent per item.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { MailRoute, MailRouteRepository } from '../conversations/conversation-repository';
import type { SettingsService } from '../settings/settings-service';
import type { BlobStore } from '../shared/blob-store';
import { NotFoundError, PreconditionFailedError } from '../shared/errors';
import type { Clock } from '../shared/types';
import type { IntakeItem, IntakeOutcome, IntakeRepository } from './intake-item';
import type { Incoming, IntakePipeline } from './intake-pipeline';
import { UnknownMailboxError, type IntakePort, type RawMailInput, type WebFormInput } from './intake-port';
import { UnparseableMailError, type ParsedMail } from './parsed-mail';
import { webFormMail, WebFormRecordSchema, type WebFormRecord } from './web-form-mail';

/** Turns stored raw MIME into ParsedMail (mail/parse.ts); injected so domain/ stays free of MIME code. */
export type MailParser = (raw: Buffer) => Promise<ParsedMail>;

/** What the service reports about its work (logging lives at the edge). */
export interface IntakeEvents {
  processed(item: IntakeItem, outcome: IntakeOutcome): void;
  failed(item: IntakeItem, error: unknown): void;
}

/** An item another instance touched this recently is left to it. */
export const INTAKE_LEASE_MS = 60_000;

export class IntakeService implements IntakePort {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly d: {
      routes: MailRouteRepository;
      items: IntakeRepository;
      blobs: BlobStore;
      settings: SettingsService;
      pipeline: IntakePipeline;
      parse: MailParser;
      clock: Clock;
      events: IntakeEvents;
    },
  ) {}

  /** The route of a support address, if the tenant's settings still name it. */
  async resolveMailbox(address: string): Promise<MailRoute | null> {
    const route = await this.d.routes.get(address.trim().toLowerCase());
    if (!route) return null;
    const settings = await this.d.settings.effective(route.tenantId, route.recordType);
    return settings.intake.supportAddress === route.address ? route : null;
  }

  async acceptRawMail(input: RawMailInput): Promise<{ intakeId: string; tenantId: string }> {
    const route = await this.resolveMailbox(input.mailbox);
    if (!route) throw new UnknownMailboxError(input.mailbox);
    // Only a mail we can make some sense of is taken. The parse is handed on to the processing that
    // follows here; a resumed item is parsed again from its blob.
    const parsed = input.parsed ?? (await this.d.parse(input.raw));
    const id = input.externalId ? `x-${hash(`${input.source}\n${route.tenantId}\n${input.externalId}`)}` : `i-${randomUUID()}`;
    await this.store(route, id, input.source, input.raw, 'eml', input.mailFrom, parsed);
    return { intakeId: id, tenantId: route.tenantId };
  }

  async acceptWebForm(input: WebFormInput): Promise<{ intakeId: string }> {
    const settings = await this.d.settings.effective(input.tenantId, input.recordType);
    const address = settings.intake.supportAddress;
    const route = address ? await this.resolveMailbox(address) : null;
    if (!route || route.tenantId !== input.tenantId || route.recordType !== input.recordType) throw new NotFoundError();
    const record: WebFormRecord = {
      name: input.name, email: input.email.trim().toLowerCase(), subject: input.subject, message: input.message, locale: input.locale,
      attachment: input.attachment ? { filename: input.attachment.filename, contentType: input.attachment.contentType, base64: input.attachment.content.toString('base64') } : null,
    };
    const id = `f-${randomUUID()}`;
    await this.store(route, id, 'webform', Buffer.from(JSON.stringify(record)), 'json', null);
    return { intakeId: id };
  }

  /** Finishes items left pending (by a crash, or a failure worth retrying); returns how many were done. */
  async resumePending(limit = 50): Promise<number> {
    // Tracked like every processing, so a graceful stop waits for it instead of cutting it off
    // half-way (a claimed item would then wait out a whole lease before anyone took it up again).
    const sweep = this.sweep(limit);
    const job = sweep.then(() => undefined, () => undefined);
    this.running.add(job);
    void job.finally(() => this.running.delete(job));
    return sweep;
  }

  private async sweep(limit: number): Promise<number> {
    const before = new Date(this.d.clock().getTime() - INTAKE_LEASE_MS).toISOString();
    const items = await this.d.items.pending(before, limit);
    let done = 0;
    for (const item of items) if (await this.process(item.tenantId, item.id)) done++;
    return done;
  }

  /** Resolves when the processing started so far has finished (tests, graceful stop). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private async store(route: MailRoute, id: string, source: IntakeItem['source'], bytes: Buffer, ext: 'eml' | 'json', mailFrom: string | null, parsed?: ParsedMail): Promise<void> {
    const now = this.d.clock().toISOString();
    const blobName = `${route.tenantId}/${now.slice(0, 10)}/${id}.${ext}`;
    // Only an id from the source can have been stored before (the same Graph message twice).
    if (id.startsWith('x-') && (await this.d.items.get(route.tenantId, id))) return;
    await this.d.blobs.put('rawmail', blobName, bytes, { contentType: ext === 'eml' ? 'message/rfc822' : 'application/json' });
    const item: IntakeItem = {
      id, tenantId: route.tenantId, recordType: route.recordType, source, blobName, mailbox: route.address, mailFrom,
      receivedAt: now, state: 'pending', attempts: 0, lastError: null, outcome: null, updatedAt: now,
    };
    const etag = await this.d.items.create(item);
    if (etag === null) return;
    // Just stored here: no other instance takes it up before its lease (INTAKE_LEASE_MS) runs out,
    // so it needs no claim of its own.
    const job = this.finish({ ...item, attempts: 1 }, etag, parsed).then(() => undefined);
    this.running.add(job);
    void job.finally(() => this.running.delete(job));
  }

  /** Claims the item (ETag), runs the pipeline, and records the outcome; false when not done now. */
  private async process(tenantId: string, id: string, parsed?: ParsedMail): Promise<boolean> {
    const found = await this.d.items.get(tenantId, id);
    if (!found || found.value.state !== 'pending') return false;
    const item: IntakeItem = { ...found.value, attempts: found.value.attempts + 1, updatedAt: this.d.clock().toISOString() };
    let etag: string;
    try {
      etag = await this.d.items.replace(item, found.etag);
    } catch (error) {
      if (error instanceof PreconditionFailedError) return false;
      throw error;
    }
    return this.finish(item, etag, parsed);
  }

  /** Runs the pipeline on a claimed item and records the outcome (or the failure, for a later try). */
  private async finish(claimed: IntakeItem, etag: string, parsed?: ParsedMail): Promise<boolean> {
    let item = claimed;
    try {
      const outcome = await this.outcomeOf(item, parsed);
      item = { ...item, state: 'done', outcome, lastError: null, updatedAt: this.d.clock().toISOString() };
      await this.d.items.replace(item, etag);
      this.d.events.processed(item, outcome);
      return true;
    } catch (error) {
      this.d.events.failed(item, error);
      // Due again after a short back-off (5 s, 10 s, 20 s … up to the lease), not a whole lease:
      // a passing hiccup of storage should not hold a customer's mail back for minutes.
      const retryInMs = Math.min(INTAKE_LEASE_MS, 5_000 * 2 ** Math.max(0, item.attempts - 1));
      const updatedAt = new Date(this.d.clock().getTime() - INTAKE_LEASE_MS + retryInMs).toISOString();
      const failed = { ...item, lastError: error instanceof Error ? error.message.slice(0, 500) : 'failed', updatedAt };
      await this.d.items.replace(failed, etag).catch(() => undefined);
      return false;
    }
  }

  private async outcomeOf(item: IntakeItem, parsed?: ParsedMail): Promise<IntakeOutcome> {
    if (parsed && item.source !== 'webform') return this.d.pipeline.run({ item, channel: 'email', mail: parsed });
    const bytes = await this.d.blobs.get('rawmail', item.blobName);
    if (!bytes) return { kind: 'rejected', reason: 'the stored request is missing' };
    let incoming: Incoming;
    if (item.source === 'webform') {
      const parsed = WebFormRecordSchema.safeParse(JSON.parse(bytes.toString('utf8')));
      if (!parsed.success) return { kind: 'rejected', reason: 'the stored form is not valid' };
      incoming = { item, channel: 'webform', mail: webFormMail(parsed.data), locale: parsed.data.locale };
    } else {
      try {
        incoming = { item, channel: 'email', mail: await this.d.parse(bytes) };
      } catch (error) {
        if (error instanceof UnparseableMailError) return { kind: 'rejected', reason: error.reason };
        throw error;
      }
    }
    return this.d.pipeline.run(incoming);
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 40);
}
