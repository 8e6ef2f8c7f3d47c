/**
 * Keeps records' text index current (H2): the words of new messages (RecordIndexer), and at start
 * a backfill of records indexed by an older version or never (demo data, old snapshots). Every
 * write is a conditional replace on the record's ETag, so several instances may run it at once.
 */
import type { ConversationRepository } from '../conversations/conversation-repository';
import type { RecordRepository } from '../records/record-repository';
import type { RecordService } from '../records/record-service';
import { PreconditionFailedError } from '../shared/errors';
import type { ServiceRecord } from '../records/record';
import { needsIndexing, SEARCH_VERSION, withMessageTerms } from './record-terms';
import type { RecordIndexer } from './record-indexer';

/** Messages read per page when (re)building a record's index from scratch (every page is read). */
const BACKFILL_PAGE = 200;
const BACKFILL_BATCH = 100;

export class RecordIndexService implements RecordIndexer {
  constructor(
    private readonly store: RecordRepository,
    private readonly records: RecordService,
    private readonly conversations: ConversationRepository,
  ) {}

  async messagesAdded(tenantId: string, recordId: string, texts: readonly string[]): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.store.get(tenantId, recordId);
      if (!current) return;
      const base = needsIndexing(current.value) ? await this.rebuilt(current.value) : current.value;
      const next = withMessageTerms(base, texts) ?? (base === current.value ? null : base);
      if (!next) return;
      try {
        await this.store.replace(next, current.etag);
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
      }
    }
  }

  async rebuild(tenantId: string, recordId: string): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.store.get(tenantId, recordId);
      if (!current) return;
      try {
        await this.store.replace(await this.rebuilt(current.value), current.etag);
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
      }
    }
  }

  /** Indexes every record that needs it; answers how many were written. */
  async backfill(): Promise<number> {
    let written = 0;
    const skipped = new Set<string>();
    for (;;) {
      const batch = (await this.store.unindexed(SEARCH_VERSION, BACKFILL_BATCH + skipped.size)).filter((r) => !skipped.has(`${r.value.tenantId}/${r.value.id}`));
      if (batch.length === 0) return written;
      for (const item of batch) {
        try {
          await this.store.replace(await this.rebuilt(item.value), item.etag);
          written++;
        } catch (error) {
          // Changed meanwhile: the writer indexed it (or the next start will).
          if (!(error instanceof PreconditionFailedError)) throw error;
          skipped.add(`${item.value.tenantId}/${item.value.id}`);
        }
      }
    }
  }

  /**
   * The record indexed from scratch: its fields, person, company, and the words of all its messages,
   * newest first until MESSAGE_TERM_CAP (as messagesAdded kept them, so a rebuild forgets nothing).
   */
  private async rebuilt(record: ServiceRecord): Promise<ServiceRecord> {
    const messages: Array<{ at: string; text: string }> = [];
    for (const conversation of await this.conversations.ofTicket(record.tenantId, record.id)) {
      let continuation: string | null = null;
      do {
        const page: Awaited<ReturnType<ConversationRepository['messagesOf']>> =
          await this.conversations.messagesOf(record.tenantId, conversation.value.id, { limit: BACKFILL_PAGE, continuation: continuation ?? undefined });
        messages.push(...page.items.map((m) => ({ at: m.createdAt, text: `${m.subject}\n${m.text}` })));
        continuation = page.continuation;
      } while (continuation);
    }
    messages.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const indexed = await this.records.indexed({ ...record, messageTerms: [] });
    // withMessageTerms keeps the first MESSAGE_TERM_CAP new terms: the newest messages' words.
    return withMessageTerms(indexed, messages.map((m) => m.text)) ?? indexed;
  }
}
