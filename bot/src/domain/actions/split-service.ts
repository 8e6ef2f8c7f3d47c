/**
 * H3 split: chosen messages of a case move into a new case (title, owner, status from the dialog).
 * Each source conversation with chosen messages gets a new conversation under the new case with
 * those messages (same ids, same mail headers); the e-mail index is pointed at the new
 * conversation, so a later reply on a moved message's thread lands in the new case; both cases get
 * a caseSplit timeline entry linking the other and an audit entry.
 *
 * Checks first, then writes: the choice (splitRefusal; an outgoing mail not sent yet stays, or it
 * could be sent twice), the new case (RecordService.checkNew: privileges, field security,
 * references) and the source's ETag (stale: 412) are all checked before anything is written.
 *
 * Resumable: the new case's id, its conversations' ids and every entry's id derive from the source
 * and the chosen messages, and each step leaves out what is already done, so a retry after a crash
 * (with the same choice and ETag) finishes the split and answers the same new case — the new case
 * existing is what marks the split as begun, so the retry is not asked for the source's ETag again.
 * Every run ends by reconciling the source's conversations from what is stored now (a conversation
 * really empty is removed, conditionally on its ETag; the others get their counts back) and by
 * rebuilding both cases' search terms.
 */
import { createHash } from 'node:crypto';
import { hasPrivilege, type Caller } from '../access/access';
import type { Conversation, ConversationMessage } from '../conversations/conversation';
import type { ConversationRepository, MailIndexRepository } from '../conversations/conversation-repository';
import type { RecordStatus, ServiceRecord } from '../records/record';
import type { NewRecord, RecordService } from '../records/record-service';
import type { RecordIndexer } from '../search/record-indexer';
import type { AuditRepository } from '../settings/settings-repository';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '../shared/errors';
import type { Clock, Versioned } from '../shared/types';
import type { TimelineRepository } from '../timeline/timeline';
import { auditRecordAction } from '../work/record-audit';
import type { WorkEvent, WorkNotifier } from '../work/work-events';
import { splitRefusal } from './action-policies';

export interface SplitInput {
  messageIds: string[];
  title: string;
  ownerId?: string | null | undefined;
  status?: RecordStatus | undefined;
}

export interface SplitDeps {
  records: RecordService;
  conversations: ConversationRepository;
  mailIndex: MailIndexRepository;
  timeline: TimelineRepository;
  audit: AuditRepository;
  indexer: RecordIndexer;
  /** The new case's owner, when not the caller, hears of it ('assigned'), as with assign. */
  notifier: WorkNotifier;
  /** Told when a notification could not be recorded (the split itself stands). */
  notifyFailed: (event: WorkEvent, error: unknown) => void;
  clock: Clock;
}

interface Thread {
  conversation: Versioned<Conversation>;
  messages: ConversationMessage[];
}

const hash = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
const TRIES = 3;

/** An outgoing mail whose delivery is not finished: moving it could send it twice. */
const unsent = (m: ConversationMessage) => m.direction === 'out' && m.delivery !== null && m.delivery.state !== 'sent';

export class SplitService {
  constructor(private readonly deps: SplitDeps) {}

  /** Splits and answers the new case. `etag` is the source case's (stale: nothing written). */
  async split(caller: Caller, sourceId: string, etag: string, input: SplitInput): Promise<Versioned<ServiceRecord>> {
    const source = await this.deps.records.get(caller, sourceId);
    if (!hasPrivilege(caller, source.value, 'write')) throw new ForbiddenError('error.forbidden.writeRecord');
    const chosen = [...new Set(input.messageIds)].sort();
    const newId = `split-${hash(caller.tenantId, sourceId, ...chosen)}`;
    const earlier = await this.earlierSplit(caller, newId);
    const threads = await this.threadsOf(caller.tenantId, sourceId);
    const newCase: NewRecord = {
      type: source.value.type, title: input.title, status: input.status ?? 'active',
      ownerId: input.ownerId === undefined ? caller.user.id : input.ownerId,
      owningTeamId: source.value.owningTeamId, personId: source.value.personId,
    };
    if (!earlier) {
      const messages = threads.flatMap((t) => t.messages);
      const refusal = splitRefusal(chosen, messages.map((m) => m.id));
      if (refusal) throw new ValidationError([{ path: 'messageIds', messageKey: `issue.split.${refusal}` }], 'error.actions.splitRefused');
      if (messages.some((m) => chosen.includes(m.id) && unsent(m))) {
        throw new ValidationError([{ path: 'messageIds', messageKey: 'issue.split.unsent' }], 'error.actions.splitRefused');
      }
      await this.deps.records.checkNew(caller, newCase);
      // The source must be at the caller's version; checked, not written, so a refusal changes nothing.
      if (source.etag !== etag) throw new PreconditionFailedError();
    }
    const target = earlier ?? await this.deps.records.create(caller, newCase, { id: newId });
    const moved: ConversationMessage[] = [];
    for (const thread of threads) {
      const messages = thread.messages.filter((m) => chosen.includes(m.id));
      if (messages.length > 0) moved.push(...await this.moveThread(thread, messages, target.value));
    }
    await this.reconcile(caller.tenantId, sourceId, true);
    await this.reconcile(caller.tenantId, target.value.id, false);
    await this.finish(caller, source.value, target.value, chosen);
    return this.deps.records.get(caller, target.value.id);
  }

  /** A split the same choice already started (a retry), or null. */
  private async earlierSplit(caller: Caller, newId: string): Promise<Versioned<ServiceRecord> | null> {
    try {
      const found = await this.deps.records.get(caller, newId);
      if (found.value.createdBy !== caller.user.id) throw new ConflictError('error.conflict');
      return found;
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  /** Copies the messages into the new case's conversation for this thread, repoints their mail, then removes them here. */
  private async moveThread(thread: Thread, messages: ConversationMessage[], target: ServiceRecord): Promise<ConversationMessage[]> {
    const from = thread.conversation.value;
    const conversationId = `c-${hash(from.tenantId, target.id, from.id)}`;
    const last = messages.reduce((a, m) => (m.createdAt > a ? m.createdAt : a), messages[0]?.createdAt ?? from.createdAt);
    const now = this.deps.clock().toISOString();
    const draft: Conversation = {
      ...from, id: conversationId, ticketId: target.id, ownerId: target.ownerId, status: target.status === 'closed' ? 'closed' : 'open',
      createdAt: now, updatedAt: now, lastMessageAt: last, messageCount: messages.length, continuedIn: undefined,
    };
    try {
      await this.deps.conversations.create(draft);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    const moved: ConversationMessage[] = [];
    for (const message of messages) {
      const copy = await this.deps.conversations.addMessage({ ...message, conversationId, recordId: target.id });
      if (message.mail) await this.repointMail(message, copy);
      await this.deps.conversations.deleteMessage(from.tenantId, from.id, message.id);
      moved.push(copy);
    }
    return moved;
  }

  private async repointMail(original: ConversationMessage, copy: ConversationMessage): Promise<void> {
    if (!original.mail) return;
    const entry = await this.deps.mailIndex.get(original.tenantId, original.mail.messageId);
    if (!entry) return;
    await this.deps.mailIndex.repoint({ ...entry, conversationId: copy.conversationId, messageDocId: copy.id });
  }

  /**
   * Every conversation of the record, from what is stored now (so a retry repairs what a crash
   * left): counters follow its messages; one really empty (read again right before, removed on its
   * ETag, so a mail arriving meanwhile keeps it) is removed when `removeEmpty`.
   */
  private async reconcile(tenantId: string, recordId: string, removeEmpty: boolean): Promise<void> {
    for (const listed of await this.deps.conversations.ofTicket(tenantId, recordId)) {
      for (let attempt = 1; ; attempt++) {
        const current = await this.deps.conversations.get(tenantId, listed.value.id);
        if (!current) break;
        const messages = await this.allMessages(tenantId, current.value.id);
        try {
          if (messages.length === 0 && removeEmpty) {
            await this.deps.conversations.delete(tenantId, current.value.id, current.etag);
          } else {
            const lastMessageAt = messages.reduce((a, m) => (m.createdAt > a ? m.createdAt : a), messages[0]?.createdAt ?? current.value.lastMessageAt);
            if (current.value.messageCount === messages.length && current.value.lastMessageAt === lastMessageAt) break;
            await this.deps.conversations.replace({ ...current.value, messageCount: messages.length, lastMessageAt, updatedAt: this.deps.clock().toISOString() }, current.etag);
          }
          break;
        } catch (error) {
          // Changed meanwhile (a mail arrived): read it again.
          if (!(error instanceof PreconditionFailedError) || attempt >= TRIES) throw error;
        }
      }
    }
  }

  /** The source's version moves on, timeline links both ways, audit on both, both cases' search words, the new owner told. */
  private async finish(caller: Caller, source: ServiceRecord, target: ServiceRecord, chosen: string[]): Promise<void> {
    await this.touch(caller, source.id);
    const at = target.createdAt;
    const base = { tenantId: caller.tenantId, at, actorId: caller.user.id, chatId: null, chatName: null, kind: 'caseSplit' as const };
    await this.deps.timeline.append({ ...base, id: `split:${target.id}`, recordId: source.id, linkedRecordId: target.id });
    await this.deps.timeline.append({ ...base, id: `splitFrom:${source.id}`, recordId: target.id, linkedRecordId: source.id });
    const audit = { action: 'split', actorId: caller.user.id, at, key: target.id, oldValue: { recordId: source.id }, newValue: { recordId: target.id, messageIds: chosen } };
    await auditRecordAction(this.deps.audit, { ...audit, tenantId: caller.tenantId, recordId: source.id });
    await auditRecordAction(this.deps.audit, { ...audit, tenantId: caller.tenantId, recordId: target.id });
    await this.deps.indexer.rebuild(caller.tenantId, target.id);
    await this.deps.indexer.rebuild(caller.tenantId, source.id);
    if (target.ownerId && target.ownerId !== caller.user.id) {
      // Same `at` on a retry: the notification queue keeps one.
      const event: WorkEvent = { kind: 'assigned', tenantId: caller.tenantId, recordId: target.id, toUserId: target.ownerId, byUserId: caller.user.id, at };
      try {
        await this.deps.notifier.notify(event);
      } catch (error) {
        this.deps.notifyFailed(event, error);
      }
    }
  }

  /** A new version of the source (its messages changed): other pages' ETags go stale, the cards in Teams redraw. */
  private async touch(caller: Caller, sourceId: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.deps.records.get(caller, sourceId);
      try {
        await this.deps.records.update(caller, sourceId, current.etag, {}, { ownTimelineEntry: true });
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError) || attempt >= TRIES) throw error;
      }
    }
  }

  private async threadsOf(tenantId: string, recordId: string): Promise<Thread[]> {
    const threads: Thread[] = [];
    for (const conversation of await this.deps.conversations.ofTicket(tenantId, recordId)) {
      threads.push({ conversation, messages: await this.allMessages(tenantId, conversation.value.id) });
    }
    return threads;
  }

  private async allMessages(tenantId: string, conversationId: string): Promise<ConversationMessage[]> {
    const messages: ConversationMessage[] = [];
    let continuation: string | undefined;
    do {
      const page = await this.deps.conversations.messagesOf(tenantId, conversationId, { limit: 100, continuation });
      messages.push(...page.items);
      continuation = page.continuation ?? undefined;
    } while (continuation);
    return messages;
  }
}
