/**
 * H3's messages an agent writes on a case: a reply to the customer by e-mail, a forward to an
 * outside party, an internal note. Each needs the write privilege on the case (403; a case the
 * caller cannot read is a 404) and the case's current ETag: the case is saved first with it
 * (412 → nothing written, nothing sent), then the message, its timeline entry, the audit entry
 * and the search terms. Mail is written with its delivery pending and the sender is told; with an
 * Idempotency-Key the message id is fixed per case, so a retry answers with the first message and
 * never sends twice (idempotency.ts; the key on another case or with another body is a 422).
 * J2: a reply may be written by a delegate for a delegator (writableActing): the entries name both
 * (actedBy), the key stays the real actor's, and the mail is From the delegator with the delegate as
 * Sender (fromAndSender).
 */
import { actorOf, hasPrivilege, type Caller } from '../access/access';
import { actedBy, auditedFor, NO_DELEGATION } from '../delegation/acting';
import type { Conversation, ConversationMessage, MailAddress, MessageAttachment } from '../conversations/conversation';
import { appendMessage, ensureConversation } from '../intake/conversation-writer';
import { domainOf } from '../intake/classify';
import type { ServiceRecord } from '../records/record';
import { ForbiddenError, PreconditionFailedError, ValidationError } from '../shared/errors';
import type { Versioned } from '../shared/types';
import type { TimelineKind } from '../timeline/timeline';
import { auditRecordAction } from '../work/record-audit';
import type { NewAttachment } from './attachment-limits';
import { allMessages, findMessage, newMailConversation } from './case-thread';
import type { ComposeDeps } from './compose-deps';
import { IdempotencyKeyReusedError, keyState, messageIdForKey, rememberKey, type KeyUse } from './idempotency';

/** A message written by an action, and the case's version after it. */
export interface ComposeResult {
  message: ConversationMessage;
  record: Versioned<ServiceRecord>;
  /** An earlier try with the same Idempotency-Key had written it. */
  replayed: boolean;
}

/** What an action decided to write (built by reply.ts, forward.ts, note.ts). */
export interface Draft {
  action: 'reply' | 'forward' | 'note';
  timelineKind: TimelineKind;
  /** The conversation it goes into; `create` when it is new. */
  conversation: Conversation;
  create: boolean;
  message: Omit<ConversationMessage, 'attachments'> & { attachments: MessageAttachment[] };
  /** New files to store in the `attachments` blob container under the message. */
  uploads: NewAttachment[];
  /** Record changes the action makes besides its new version (a reply's status). */
  status?: ServiceRecord['status'] | undefined;
}

/** Steps shared by every compose action. */
export class ComposeWriter {
  constructor(readonly d: ComposeDeps) {}

  /** The case, if the caller may write it (NotFoundError when they cannot read it). */
  async writable(caller: Caller, recordId: string): Promise<Versioned<ServiceRecord>> {
    const record = await this.d.records.get(caller, recordId);
    if (!hasPrivilege(caller, record.value, 'write')) throw new ForbiddenError('error.forbidden.writeRecord');
    return record;
  }

  /**
   * J2: the case and who writes on it: the caller, or — when they name a delegator (`onBehalfOf`)
   * or only a delegation gives them the write — the delegator's caller with them as its delegate.
   * 403 when neither may write (or with the reason a named delegation does not hold).
   */
  async writableActing(requester: Caller, recordId: string, onBehalfOf: string | undefined): Promise<{ caller: Caller; record: Versioned<ServiceRecord> }> {
    const found = await this.d.records.get(requester, recordId);
    const caller = await (this.d.acting ?? NO_DELEGATION).resolve(requester, {
      action: 'reply', explicitFor: onBehalfOf ?? null, ownerId: found.value.ownerId, recordType: found.value.type, allows: (c) => hasPrivilege(c, found.value, 'write'),
    });
    if (!hasPrivilege(caller, found.value, 'write')) throw new ForbiddenError('error.forbidden.writeRecord');
    return { caller, record: found };
  }

  /** The id of the new message: fixed by the Idempotency-Key (per real actor, action and case), else fresh. */
  messageId(action: string, caller: Caller, recordId: string, key: string | undefined): string {
    return key ? messageIdForKey({ action, tenantId: caller.tenantId, userId: actorOf(caller).id, recordId, key }) : `${action}-${this.d.newId()}`;
  }

  /**
   * With an Idempotency-Key: the message an earlier try of this very request wrote (a replay), or
   * null to go on; IdempotencyKeyReusedError when the key was used with another case or body.
   * `conversationId`: where the message would go (a point read); else every conversation is looked at.
   */
  async replay(caller: Caller, record: Versioned<ServiceRecord>, conversationId: string | null, messageId: string, use: KeyUse | null): Promise<ComposeResult | null> {
    if (!use) return null;
    const state = await keyState(this.d.audit, use);
    if (state === 'other') throw new IdempotencyKeyReusedError();
    // 'unused' with the message there: a crash came between the message and the key's record.
    const here = conversationId ? await this.d.conversations.getMessage(caller.tenantId, conversationId, messageId) : null;
    const earlier = here ?? (state === 'same' ? await findMessage(this.d.conversations, await this.d.conversations.ofTicket(caller.tenantId, record.value.id), messageId) : null);
    return earlier ? { message: earlier.value, record, replayed: true } : null;
  }

  /** Refuses a stale ETag before anything is written. */
  checkEtag(record: Versioned<ServiceRecord>, etag: string): void {
    if (record.etag !== etag) throw new PreconditionFailedError();
  }

  /** The address mail of this case goes out from: the conversation's, else the type's support address. */
  async mailbox(record: ServiceRecord, conversation: Conversation | null): Promise<string> {
    const address = conversation?.mailbox ?? (await this.d.supportAddress(record.tenantId, record.type));
    if (!address) throw new ValidationError([{ path: 'conversationId', messageKey: 'compose.issue.noMailbox' }]);
    return address;
  }

  /** How the agent appears in the From header: "Astrid Holm (Contoso Service)". */
  async sender(caller: Caller, address: string): Promise<MailAddress> {
    return this.named(caller.tenantId, caller.user.displayName, address);
  }

  /**
   * J2, the mail rule (as Outlook's "on behalf of", RFC 5322 §3.6.2): mail written for a delegator
   * is From the delegator — the person the customer knows on the case — and its Sender is the
   * delegate who wrote it, both at the case's mailbox; mail one writes for oneself has no Sender.
   */
  async fromAndSender(caller: Caller, address: string): Promise<{ from: MailAddress; sender?: MailAddress }> {
    const from = await this.sender(caller, address);
    return caller.delegate ? { from, sender: await this.named(caller.tenantId, caller.delegate.user.displayName, address) } : { from };
  }

  private async named(tenantId: string, displayName: string, address: string): Promise<MailAddress> {
    const tenant = await this.d.directory.getTenant(tenantId);
    return { name: tenant ? `${displayName} (${tenant.name})` : displayName, address };
  }

  /** The conversation the message goes into: the given one, or a new e-mail conversation. */
  async target(record: ServiceRecord, existing: Conversation | null, mailbox: string | null): Promise<{ conversation: Conversation; create: boolean; messages: ConversationMessage[] }> {
    if (existing) return { conversation: existing, create: false, messages: await allMessages(this.d.conversations, record.tenantId, existing.id) };
    const fresh = newMailConversation(record, mailbox, this.d.clock().toISOString());
    const raced = await this.d.conversations.get(record.tenantId, fresh.id);
    if (raced) return { conversation: raced.value, create: false, messages: await allMessages(this.d.conversations, record.tenantId, fresh.id) };
    return { conversation: fresh, create: true, messages: [] };
  }

  /** The RFC 5322 Message-ID of a message we send from `mailbox`. */
  mailMessageId(messageId: string, mailbox: string): string {
    return `${messageId}@${domainOf(mailbox) || 'casebridge.invalid'}`;
  }

  /**
   * Saves the case with the caller's ETag, then the new files, the message and everything that
   * follows it. `use`: the Idempotency-Key's use, remembered once the message is written.
   */
  async write(caller: Caller, record: Versioned<ServiceRecord>, etag: string, draft: Draft, use: KeyUse | null): Promise<ComposeResult> {
    const m = draft.message;
    // The case first, with the caller's ETag: a stale one stops here with nothing written (no blobs either).
    const status = draft.status !== undefined && draft.status !== record.value.status ? draft.status : undefined;
    const saved = await this.d.records.update(caller, record.value.id, etag, status ? { status } : {});
    const uploaded: MessageAttachment[] = [];
    for (const [index, file] of draft.uploads.entries()) {
      const id = m.attachments.length + index;
      const blobName = `${m.tenantId}/${m.id}/${id}`;
      await this.d.blobs.put('attachments', blobName, file.content, { contentType: file.contentType });
      uploaded.push({ id: String(id), filename: file.filename, contentType: file.contentType, size: file.content.length, blobName, contentId: null, inline: false });
    }
    const message: ConversationMessage = { ...m, attachments: [...m.attachments, ...uploaded], createdAt: this.d.clock().toISOString() };
    if (draft.create) await ensureConversation(this.d.conversations, { ...draft.conversation, lastMessageAt: message.createdAt });
    if (message.mail) {
      await this.d.mailIndex.put({
        tenantId: m.tenantId, messageId: message.mail.messageId, direction: 'out', conversationId: message.conversationId, messageDocId: message.id,
        counterparts: [...message.to, ...message.cc, ...(message.bcc ?? [])].map((a) => a.address), at: message.createdAt,
      });
    }
    const stored = await appendMessage(this.d.conversations, message.conversationId, message, { reopen: false });
    if (use) await rememberKey(this.d.audit, use, stored.createdAt, stored.id);
    await this.d.timeline.append({
      id: `msg:${stored.id}`, tenantId: m.tenantId, recordId: record.value.id, kind: draft.timelineKind, at: stored.createdAt, ...actedBy(caller),
      chatId: null, chatName: null, conversationId: stored.conversationId, messageId: stored.id, channel: draft.conversation.channel, subject: stored.subject,
    });
    await auditRecordAction(this.d.audit, {
      tenantId: m.tenantId, recordId: record.value.id, action: draft.action, actorId: actorOf(caller).id, at: stored.createdAt, key: stored.id, oldValue: null,
      newValue: auditedFor(caller, { messageId: stored.id, conversationId: stored.conversationId, to: stored.to.map((a) => a.address), cc: stored.cc.map((a) => a.address), bcc: (stored.bcc ?? []).map((a) => a.address), subject: stored.subject, attachments: stored.attachments.map((a) => a.filename) }),
    });
    await this.d.indexer.messagesAdded(m.tenantId, record.value.id, [stored.subject, stored.text].filter((t) => t !== ''));
    if (stored.delivery) this.d.outgoingQueued({ tenantId: m.tenantId, conversationId: stored.conversationId, messageId: stored.id });
    // The search terms live on the record (a new version): answer with the version the caller can write next.
    return { message: stored, record: await this.d.records.get(caller, saved.value.id), replayed: false };
  }
}
