/**
 * Conversations as users see and change them, with H4 (ticket-rules.ts) applied through the
 * stores: a conversation's access is its ticket's (read to see, write to change, assign to change
 * its owner); one without a ticket is reached like a `case` record owned by its owner.
 *
 * Every write is ETag-checked; a change that failed half-way is finished by the next try, because
 * the rules leave out what is already in place.
 */
import { hasPrivilege, type Caller, type Privilege } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { ServiceRecord } from '../records/record';
import type { RecordLifecycle, RecordService } from '../records/record-service';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '../shared/errors';
import type { Clock, Versioned } from '../shared/types';
import type { Conversation, ConversationMessage } from './conversation';
import type { ConversationRepository } from './conversation-repository';
import type { BlobStore } from '../shared/blob-store';
import { decide, type ConversationChange, type TicketChanges, type TicketEvent, type TicketRefusal } from './ticket-rules';

/** A conversation with all its messages, oldest first. */
export interface ConversationThread {
  conversation: Versioned<Conversation>;
  messages: ConversationMessage[];
}

/** H4 refused the change (a conversation already linked to another ticket; any unlink). */
export class TicketRuleError extends ConflictError {
  constructor(readonly refusal: TicketRefusal) {
    super('error.conflict', { refusal });
  }
}

const PAGE = 100;
const RETRIES = 3;

export class ConversationService implements RecordLifecycle {
  constructor(
    private readonly conversations: ConversationRepository,
    private readonly records: RecordService,
    private readonly directory: DirectoryRepository,
    private readonly clock: Clock,
    /** Where attachments' bytes are (needed only to download them). */
    private readonly blobs?: BlobStore,
  ) {}

  /**
   * One attachment of a message on one of the record's conversations, for a caller who may read
   * the record; null when any part does not exist or does not belong together.
   */
  async attachment(caller: Caller, recordId: string, conversationId: string, messageId: string, attachmentId: string): Promise<{ filename: string; contentType: string; content: Buffer } | null> {
    await this.records.get(caller, recordId);
    const conversation = await this.conversations.get(caller.tenantId, conversationId);
    if (!conversation || conversation.value.ticketId !== recordId) return null;
    const message = await this.conversations.getMessage(caller.tenantId, conversationId, messageId);
    const attachment = message?.value.attachments.find((a) => a.id === attachmentId);
    if (!attachment || !this.blobs) return null;
    const content = await this.blobs.get('attachments', attachment.blobName);
    return content ? { filename: attachment.filename, contentType: attachment.contentType, content } : null;
  }

  /** The conversations of a record the caller may read (NotFoundError otherwise), each with its messages. */
  async listForRecord(caller: Caller, recordId: string): Promise<ConversationThread[]> {
    await this.records.get(caller, recordId);
    const threads: ConversationThread[] = [];
    for (const conversation of await this.conversations.ofTicket(caller.tenantId, recordId)) {
      threads.push({ conversation, messages: await this.allMessages(caller.tenantId, conversation.value.id) });
    }
    return threads;
  }

  /** H4: the conversation's new owner becomes its ticket's owner too (assign privilege on the ticket). */
  async setConversationOwner(caller: Caller, conversationId: string, ownerId: string | null, etag?: string): Promise<Versioned<Conversation>> {
    const { conversation, ticket } = await this.reach(caller, conversationId, 'assign', etag);
    if (ownerId !== null && !(await this.directory.getUser(caller.tenantId, ownerId))) {
      throw new ValidationError([{ path: 'ownerId', messageKey: 'issue.unknownUser' }]);
    }
    const changes = this.decideOn(conversation.value, ticket, { kind: 'conversationOwnerChanged', conversationId, ownerId });
    // The ticket first: if the conversation's write then fails, a retry still sees it to change.
    if (ticket && changes.ticket?.ownerId !== undefined) {
      await this.records.update(caller, ticket.value.id, ticket.etag, { ownerId: changes.ticket.ownerId });
    }
    return this.applyTo(conversation, changes.conversations);
  }

  /** Closes the conversation; its ticket stays as it is (write privilege on the ticket). */
  async closeConversation(caller: Caller, conversationId: string, etag?: string): Promise<Versioned<Conversation>> {
    const { conversation, ticket } = await this.reach(caller, conversationId, 'write', etag);
    return this.applyTo(conversation, this.decideOn(conversation.value, ticket, { kind: 'conversationClosed', conversationId }).conversations);
  }

  /** Deletes the ticket and with it its conversations and their messages (write privilege). */
  deleteTicket(caller: Caller, recordId: string, etag: string): Promise<void> {
    return this.records.delete(caller, recordId, etag);
  }

  /** Deletes the conversation and its ticket, and so the ticket's other conversations (write privilege). */
  async deleteConversation(caller: Caller, conversationId: string, etag?: string): Promise<void> {
    const { conversation, ticket } = await this.reach(caller, conversationId, 'write', etag);
    const changes = this.decideOn(conversation.value, ticket, { kind: 'conversationDeleted', conversationId });
    if (ticket && changes.deleteTicket) await this.records.delete(caller, ticket.value.id, ticket.etag);
    for (const id of changes.deleteConversationIds) await this.conversations.delete(caller.tenantId, id);
  }

  /**
   * System step (intake): gives a conversation its ticket. Again with the same ticket changes
   * nothing; with another, TicketRuleError('alreadyLinked') (H4: a conversation is never relinked).
   */
  async linkToTicket(tenantId: string, conversationId: string, ticketId: string): Promise<Versioned<Conversation>> {
    const conversation = await this.conversations.get(tenantId, conversationId);
    if (!conversation) throw new NotFoundError();
    return this.applyTo(conversation, this.decideOn(conversation.value, null, { kind: 'linkConversation', conversationId, ticketId }).conversations);
  }

  /** RecordLifecycle: a ticket closed closes its conversations; reopened, it reopens its only one. */
  async recordUpdated(_caller: Caller, before: ServiceRecord, after: ServiceRecord): Promise<void> {
    const closed = before.status !== 'closed' && after.status === 'closed';
    const reopened = before.status === 'closed' && after.status !== 'closed';
    if (!closed && !reopened) return;
    const conversations = await this.conversations.ofTicket(after.tenantId, after.id);
    const event: TicketEvent = after.status === 'closed' ? { kind: 'ticketClosed' } : { kind: 'ticketReopened', status: after.status };
    const decision = decide({ ticket: after, conversations: conversations.map((c) => c.value) }, event);
    if (!decision.ok) return;
    for (const change of decision.changes.conversations) {
      const current = conversations.find((c) => c.value.id === change.id);
      if (current) await this.applyTo(current, [change]);
    }
  }

  /** RecordLifecycle: a ticket being deleted takes its conversations and their messages with it. */
  async recordDeleting(_caller: Caller, record: ServiceRecord): Promise<void> {
    const conversations = await this.conversations.ofTicket(record.tenantId, record.id);
    const decision = decide({ ticket: record, conversations: conversations.map((c) => c.value) }, { kind: 'ticketDeleted' });
    if (!decision.ok) return;
    for (const id of decision.changes.deleteConversationIds) await this.conversations.delete(record.tenantId, id);
  }

  /** The conversation and its ticket, if the caller's privilege reaches them; NotFoundError when it cannot read. */
  private async reach(caller: Caller, conversationId: string, privilege: Privilege, etag: string | undefined) {
    const conversation = await this.conversations.get(caller.tenantId, conversationId);
    if (!conversation) throw new NotFoundError();
    // Deleting a ticket deletes its conversations first, so a conversation's ticket always exists.
    const ticket = conversation.value.ticketId ? await this.records.get(caller, conversation.value.ticketId) : null;
    const item = ticket?.value ?? { tenantId: conversation.value.tenantId, type: 'case', ownerId: conversation.value.ownerId, owningTeamId: null };
    if (!hasPrivilege(caller, item, 'read')) throw new NotFoundError();
    if (!hasPrivilege(caller, item, privilege)) {
      throw new ForbiddenError(privilege === 'assign' ? 'error.forbidden.assignRecord' : 'error.forbidden.writeRecord');
    }
    if (etag !== undefined && etag !== conversation.etag) throw new PreconditionFailedError();
    return { conversation, ticket };
  }

  private decideOn(conversation: Conversation, ticket: Versioned<ServiceRecord> | null, event: TicketEvent): TicketChanges {
    const decision = decide({ ticket: ticket?.value ?? null, conversations: [conversation] }, event);
    if (!decision.ok) throw new TicketRuleError(decision.refusal);
    return decision.changes;
  }

  /** Writes the changes for this conversation with its ETag, re-reading and retrying on a concurrent change. */
  private async applyTo(conversation: Versioned<Conversation>, changes: ConversationChange[]): Promise<Versioned<Conversation>> {
    const change = changes.find((c) => c.id === conversation.value.id);
    if (!change) return conversation;
    let current = conversation;
    for (let attempt = 1; ; attempt++) {
      const next: Conversation = { ...current.value, ...fieldsOf(change), updatedAt: this.clock().toISOString() };
      try {
        return await this.conversations.replace(next, current.etag);
      } catch (error) {
        if (!(error instanceof PreconditionFailedError) || attempt >= RETRIES) throw error;
        const reread = await this.conversations.get(conversation.value.tenantId, conversation.value.id);
        if (!reread) throw new NotFoundError();
        current = reread;
      }
    }
  }

  private async allMessages(tenantId: string, conversationId: string): Promise<ConversationMessage[]> {
    const messages: ConversationMessage[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.conversations.messagesOf(tenantId, conversationId, { limit: PAGE, continuation });
      messages.push(...page.items);
      continuation = page.continuation ?? undefined;
    } while (continuation);
    return messages;
  }
}

function fieldsOf(change: ConversationChange): Partial<Conversation> {
  const out: Partial<Conversation> = {};
  if (change.status !== undefined) out.status = change.status;
  if (change.ownerId !== undefined) out.ownerId = change.ownerId;
  if (change.ticketId !== undefined) out.ticketId = change.ticketId;
  return out;
}
