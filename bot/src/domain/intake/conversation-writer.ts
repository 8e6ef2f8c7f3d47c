/**
 * The idempotent writes intake makes: a conversation (fixed id), a message (fixed id) and the
 * conversation's counters, each safe to repeat after a crash.
 */
import type { Conversation, ConversationMessage } from '../conversations/conversation';
import type { ConversationRepository } from '../conversations/conversation-repository';
import { ConflictError, PreconditionFailedError } from '../shared/errors';
import type { Versioned } from '../shared/types';
import type { RecordIndexer } from '../search/record-indexer';

/**
 * Creates the conversation, or returns the one a previous try created. Created already counting
 * its first message (`messageCount` 1, `lastMessageAt` its time), so adding that message after
 * costs no second write.
 */
export async function ensureConversation(repo: ConversationRepository, conversation: Conversation): Promise<Versioned<Conversation>> {
  try {
    return await repo.create(conversation);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const raced = await repo.get(conversation.tenantId, conversation.id);
    if (!raced) throw error;
    return raced;
  }
}

/**
 * Stores the message and moves the conversation's last-message time (and count) forward, opening
 * it again when `reopen` (a customer's new message reopens a closed conversation, H4). A repeat
 * finds the time already there and changes nothing. With `indexer`, the message's words become
 * searchable on its record (H2) once it is stored.
 */
export async function appendMessage(
  repo: ConversationRepository,
  conversationId: string,
  message: ConversationMessage,
  options: { reopen: boolean; indexer?: RecordIndexer | undefined },
): Promise<ConversationMessage> {
  const stored = await repo.addMessage(message);
  if (options.indexer && stored.recordId) await options.indexer.messagesAdded(stored.tenantId, stored.recordId, [stored.subject, stored.text]);
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await repo.get(message.tenantId, conversationId);
    if (!current) return stored;
    const c = current.value;
    const newer = c.lastMessageAt < stored.createdAt;
    const reopen = options.reopen && c.status === 'closed';
    if (!newer && !reopen) return stored;
    const next: Conversation = {
      ...c,
      lastMessageAt: newer ? stored.createdAt : c.lastMessageAt,
      messageCount: newer ? c.messageCount + 1 : c.messageCount,
      status: reopen ? 'open' : c.status,
      updatedAt: stored.createdAt > c.updatedAt ? stored.createdAt : c.updatedAt,
    };
    try {
      await repo.replace(next, current.etag);
      return stored;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
    }
  }
  throw new PreconditionFailedError();
}
