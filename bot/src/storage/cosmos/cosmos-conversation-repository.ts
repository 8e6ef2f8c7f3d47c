/**
 * Conversations and their messages in the `conversations` container, partitioned by
 * [tenantId, conversationId]: the conversation item (docType `conversation`, id = the
 * conversation's id) and its messages (docType `message`, id `message:<conversationId>:<id>`) share one logical
 * partition, so reading a thread is a single-partition query and deleting one stays in one place.
 *
 * Messages carry `sortKey` = createdAt|id so "oldest first" is one indexed ORDER BY (no composite
 * index needed) with a stable order for equal times. `dueDeliveries` is the one cross-partition
 * query (the sender loop serves every tenant); it filters on indexed delivery fields and is
 * bounded by TOP.
 */
import type { Container } from '@azure/cosmos';
import type { Conversation, ConversationMessage } from '../../domain/conversations/conversation';
import type { ConversationRepository } from '../../domain/conversations/conversation-repository';
import { ConflictError } from '../../domain/shared/errors';
import type { Page, PageRequest, Versioned } from '../../domain/shared/types';
import {
  createItem, deleteItem, pointRead, queryAcrossTenants, queryAll, queryPage, replaceItem, withoutSystemProperties,
} from './cosmos-helpers';

type ConversationDoc = Conversation & { docType: 'conversation'; conversationId: string };
type MessageDoc = Omit<ConversationMessage, 'id'> & { id: string; messageId: string; docType: 'message'; sortKey: string };

/** Unique within the tenant even where a store keys items by the first key level only. */
const messageDocId = (conversationId: string, id: string) => `message:${conversationId}:${id}`;

function toConversationDoc(c: Conversation): ConversationDoc {
  return { ...c, docType: 'conversation', conversationId: c.id };
}

function fromConversationDoc(doc: Versioned<ConversationDoc>): Versioned<Conversation> {
  const { docType: _docType, conversationId: _conversationId, ...rest } = withoutSystemProperties(doc.value);
  return { value: rest, etag: doc.etag };
}

function toMessageDoc(m: ConversationMessage): MessageDoc {
  return { ...m, id: messageDocId(m.conversationId, m.id), messageId: m.id, docType: 'message', sortKey: `${m.createdAt}|${m.id}` };
}

function fromMessageDoc(doc: MessageDoc): ConversationMessage {
  const { docType: _docType, sortKey: _sortKey, messageId, ...rest } = withoutSystemProperties(doc);
  return { ...rest, id: messageId };
}

export class CosmosConversationRepository implements ConversationRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, id: string): Promise<Versioned<Conversation> | null> {
    const found = await pointRead<ConversationDoc>(this.container, id, [tenantId, id]);
    return found && found.value.docType === 'conversation' && found.value.tenantId === tenantId ? fromConversationDoc(found) : null;
  }

  async create(conversation: Conversation): Promise<Versioned<Conversation>> {
    return fromConversationDoc(await createItem(this.container, toConversationDoc(conversation)));
  }

  async replace(conversation: Conversation, etag: string): Promise<Versioned<Conversation>> {
    return fromConversationDoc(await replaceItem(this.container, toConversationDoc(conversation), [conversation.tenantId, conversation.id], etag));
  }

  /** Within the tenant's key prefix: the conversations of one ticket are few. */
  async ofTicket(tenantId: string, ticketId: string): Promise<Array<Versioned<Conversation>>> {
    const docs = await queryAll<ConversationDoc & { _etag: string }>(
      this.container,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.docType = 'conversation' AND c.ticketId = @ticketId ORDER BY c.createdAt",
      [{ name: '@ticketId', value: ticketId }],
      [tenantId],
    );
    return docs.map((d) => fromConversationDoc({ value: d, etag: d._etag }));
  }

  /** Messages first, the conversation last: a delete cut short is finished by the next try. */
  async delete(tenantId: string, id: string, etag?: string): Promise<void> {
    // Conditional: the conversation goes first (IfMatch), so a changed one keeps everything.
    if (etag !== undefined) await deleteItem(this.container, id, [tenantId, id], etag);
    const items = await queryAll<{ id: string; docType: string }>(
      this.container,
      'SELECT c.id, c.docType FROM c WHERE c.tenantId = @tenantId AND c.conversationId = @conversationId',
      [{ name: '@conversationId', value: id }],
      [tenantId, id],
    );
    for (const item of items.filter((i) => i.docType !== 'conversation')) await deleteItem(this.container, item.id, [tenantId, id]);
    await deleteItem(this.container, id, [tenantId, id]);
  }

  async addMessage(message: ConversationMessage): Promise<ConversationMessage> {
    try {
      return fromMessageDoc((await createItem(this.container, toMessageDoc(message))).value);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const stored = await this.getMessage(message.tenantId, message.conversationId, message.id);
      if (!stored) throw error;
      return stored.value;
    }
  }

  async getMessage(tenantId: string, conversationId: string, id: string): Promise<Versioned<ConversationMessage> | null> {
    const found = await pointRead<MessageDoc>(this.container, messageDocId(conversationId, id), [tenantId, conversationId]);
    return found && found.value.docType === 'message' && found.value.conversationId === conversationId ? { value: fromMessageDoc(found.value), etag: found.etag } : null;
  }

  async replaceMessage(message: ConversationMessage, etag: string): Promise<Versioned<ConversationMessage>> {
    const saved = await replaceItem(this.container, toMessageDoc(message), [message.tenantId, message.conversationId], etag);
    return { value: fromMessageDoc(saved.value), etag: saved.etag };
  }

  async deleteMessage(tenantId: string, conversationId: string, id: string): Promise<void> {
    await deleteItem(this.container, messageDocId(conversationId, id), [tenantId, conversationId]);
  }

  async messagesOf(tenantId: string, conversationId: string, page: PageRequest): Promise<Page<ConversationMessage>> {
    const result = await queryPage<MessageDoc>(
      this.container,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.conversationId = @conversationId AND c.docType = 'message' ORDER BY c.sortKey",
      [{ name: '@conversationId', value: conversationId }],
      [tenantId, conversationId],
      page,
    );
    return { items: result.items.map(fromMessageDoc), continuation: result.continuation };
  }

  /** Every tenant's due outgoing mail, oldest due first (the sender loop's poll). */
  async dueDeliveries(now: string, limit: number): Promise<Array<Versioned<ConversationMessage>>> {
    const safeLimit = Math.max(1, Math.min(500, Math.floor(limit)));
    const docs = await queryAcrossTenants<MessageDoc & { _etag: string }>(
      this.container,
      "SELECT TOP @limit * FROM c WHERE c.docType = 'message' AND c.direction = 'out' AND (c.delivery.state = 'pending' OR c.delivery.state = 'sending') AND c.delivery.nextAttemptAt <= @now ORDER BY c.delivery.nextAttemptAt",
      [{ name: '@limit', value: safeLimit }, { name: '@now', value: now }],
    );
    return docs.map((d) => ({ value: fromMessageDoc(d), etag: d._etag }));
  }
}
