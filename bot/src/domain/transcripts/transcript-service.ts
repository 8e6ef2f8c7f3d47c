/**
 * E6: keeps and shows chat transcripts for record types that have them on. Whether a chat keeps
 * one is worked out from its connections and their types' settings and cached per chat, so the
 * message path stays a write or two, not a read per message.
 */
import type { Caller } from '../access/access';
import type { ChatRepository } from '../chats/chat-repository';
import type { RecordService } from '../records/record-service';
import type { SettingsService } from '../settings/settings-service';
import type { RecordTypeService } from '../records/record-type-service';
import { ForbiddenError, NotFoundError } from '../shared/errors';
import type { Clock, Page, PageRequest } from '../shared/types';
import { TtlCache } from '../shared/ttl-cache';
import type { TranscriptMessage, TranscriptRepository } from './transcript';

const DAY_MS = 86_400_000;

/** How long a chat's transcript decision is kept before it is worked out again. */
export const TRANSCRIPT_POLICY_CACHE_MS = 30_000;

export class TranscriptService {
  private readonly retention: TtlCache<number | null>;

  constructor(
    private readonly transcripts: TranscriptRepository,
    private readonly chats: ChatRepository,
    private readonly records: RecordService,
    private readonly settings: SettingsService,
    private readonly types: RecordTypeService,
    private readonly clock: Clock,
    cacheMs: number = TRANSCRIPT_POLICY_CACHE_MS,
  ) {
    this.retention = new TtlCache(cacheMs);
  }

  /** Whether any record type of the tenant keeps transcripts (from cached settings: usually no I/O). */
  private async anyEnabled(tenantId: string): Promise<boolean> {
    for (const type of await this.types.list(tenantId)) {
      if ((await this.settings.effective(tenantId, type.id)).transcript.enabled) return true;
    }
    return false;
  }

  /** The longest retention among the chat's records whose type keeps transcripts; null: none does. */
  private async retentionDays(tenantId: string, chatId: string): Promise<number | null> {
    // The default (no type keeps transcripts) is answered from cached settings, without a query.
    if (!(await this.anyEnabled(tenantId))) return null;
    return this.retention.get(`${tenantId}\u0000${chatId}`, async () => {
      const connections = await this.chats.connectionsOfChat(tenantId, chatId);
      let days: number | null = null;
      for (const type of new Set(connections.map((c) => c.recordType))) {
        const transcript = (await this.settings.effective(tenantId, type)).transcript;
        if (transcript.enabled) days = Math.max(days ?? 0, transcript.retentionDays);
      }
      return days;
    });
  }

  async messagePosted(message: Omit<TranscriptMessage, 'expiresAt' | 'editedAt'>): Promise<void> {
    const days = await this.retentionDays(message.tenantId, message.chatId);
    if (days === null) return;
    const expiresAt = new Date(Date.parse(message.at) + days * DAY_MS).toISOString();
    await this.transcripts.put({ ...message, editedAt: null, expiresAt });
  }

  async messageEdited(tenantId: string, chatId: string, messageId: string, text: string, at: string): Promise<void> {
    if ((await this.retentionDays(tenantId, chatId)) === null) return;
    await this.transcripts.edit(tenantId, chatId, messageId, text, at);
  }

  async messageDeleted(tenantId: string, chatId: string, messageId: string): Promise<void> {
    // Deleting needs no policy: whatever was kept of a deleted message goes.
    await this.transcripts.remove(tenantId, chatId, messageId);
  }

  /** The transcript of a chat connected to a record the caller may read, if the type keeps one. */
  async read(caller: Caller, recordId: string, chatId: string, page: PageRequest): Promise<Page<TranscriptMessage>> {
    const record = (await this.records.get(caller, recordId)).value;
    if (!(await this.chats.getConnection(caller.tenantId, chatId, recordId))) throw new NotFoundError();
    if (!(await this.settings.effective(caller.tenantId, record.type)).transcript.enabled) throw new ForbiddenError('error.forbidden.transcriptOff');
    return this.transcripts.list(caller.tenantId, chatId, this.clock().toISOString(), page);
  }
}
