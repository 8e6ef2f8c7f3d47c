/**
 * H3 "edit a message" (edit-policy.ts says who may change what): the change is kept on the
 * message as history, the case gets a new version (If-Match), a messageEdited timeline entry and
 * an audit entry with the old and new values. Outgoing mail still being delivered is refused (409).
 */
import { isAdmin, type Caller } from '../access/access';
import type { ConversationMessage } from '../conversations/conversation';
import type { ServiceRecord } from '../records/record';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '../shared/errors';
import type { Versioned } from '../shared/types';
import { auditRecordAction } from '../work/record-audit';
import { findMessage } from './case-thread';
import type { ComposeDeps } from './compose-deps';
import { ComposeWriter } from './compose-service';
import { applyEdits, editRefusal, editsOf, type EditActor, type MessageChanges } from './edit-policy';

const RETRIES = 3;

export class MessageEditService {
  private readonly w: ComposeWriter;

  constructor(private readonly d: ComposeDeps) {
    this.w = new ComposeWriter(d);
  }

  /** Applies `changes`; NotFoundError for a message that is not the case's. */
  async edit(caller: Caller, recordId: string, messageId: string, etag: string, changes: MessageChanges): Promise<{ message: ConversationMessage; record: Versioned<ServiceRecord> }> {
    const record = await this.w.writable(caller, recordId);
    const threads = await this.d.conversations.ofTicket(caller.tenantId, recordId);
    let found = await findMessage(this.d.conversations, threads, messageId);
    if (!found) throw new NotFoundError();
    const actor: EditActor = { userId: caller.user.id, userName: caller.user.displayName, admin: isAdmin(caller) };
    this.check(actor, found.value, changes);
    if (record.etag !== etag) throw new PreconditionFailedError();
    const at = this.d.clock().toISOString();
    if (editsOf(found.value, changes, actor, at).length === 0) throw new ValidationError([{ path: '', messageKey: 'compose.issue.nothingToChange' }]);
    // The message first (it may change under us: apply to its newest version, checked again), then the case.
    let written: Versioned<ConversationMessage> | null = null;
    let edits = editsOf(found.value, changes, actor, at);
    for (let attempt = 1; !written; attempt++) {
      edits = editsOf(found.value, changes, actor, at);
      try {
        written = await this.d.conversations.replaceMessage(applyEdits(found.value, edits), found.etag);
      } catch (error) {
        if (!(error instanceof PreconditionFailedError) || attempt >= RETRIES) throw error;
        const reread = await this.d.conversations.getMessage(caller.tenantId, found.value.conversationId, messageId);
        if (!reread) throw new NotFoundError();
        found = reread;
        this.check(actor, found.value, changes);
      }
    }
    const saved = await this.d.records.update(caller, recordId, etag, {});
    const message = written.value;
    await this.d.timeline.append({
      id: `edit:${message.id}:${at}`, tenantId: caller.tenantId, recordId, kind: 'messageEdited', at, actorId: caller.user.id, chatId: null, chatName: null,
      conversationId: message.conversationId, messageId: message.id, subject: message.subject,
    });
    await auditRecordAction(this.d.audit, {
      tenantId: caller.tenantId, recordId, action: 'message.edit', actorId: caller.user.id, at, key: `${message.id}:${at}`,
      oldValue: Object.fromEntries(edits.map((e) => [e.field, e.from])), newValue: { messageId: message.id, ...Object.fromEntries(edits.map((e) => [e.field, e.to])) },
    });
    // A note's new words are searchable and its old ones no longer find the case (H2).
    if (edits.some((e) => e.field === 'text' || e.field === 'subject')) await this.d.indexer.rebuild(caller.tenantId, recordId);
    return { message, record: await this.d.records.get(caller, saved.value.id) };
  }

  /** 409 while the message is being delivered, 403 for a change the actor may not make. */
  private check(actor: EditActor, message: ConversationMessage, changes: MessageChanges): void {
    const refusal = editRefusal(actor, message, changes);
    if (refusal === 'delivering') throw new ConflictError('compose.error.edit.delivering');
    if (refusal) throw new ForbiddenError(`compose.error.edit.${refusal}`);
  }
}
