/** H3: reply, forward and internal note, as one service (the shared steps are in compose-service.ts). */
import { actorOf, type Caller } from '../access/access';
import type { ConversationMessage, Delivery, MailAddress } from '../conversations/conversation';
import { t } from '../../i18n/catalog';
import { ValidationError } from '../shared/errors';
import type { Locale } from '../shared/types';
import { checkAttachments, type NewAttachment } from './attachment-limits';
import { findMessage, mailConversation, allMessages, newNoteConversation } from './case-thread';
import type { ComposeDeps } from './compose-deps';
import { ComposeWriter, type ComposeResult } from './compose-service';
import { contentHash, type KeyUse } from './idempotency';
import { forwardDate, forwardSubject, forwardText, replySubject, statusAfterReply, threadHeaders } from './mail-thread';
import { withNumber } from '../intake/acknowledgement';

export interface ReplyInput {
  text: string;
  conversationId?: string | undefined;
  cc: string[];
  bcc: string[];
  attachments: NewAttachment[];
  key?: string | undefined;
  /** J2: the delegator the reply is written for (absent: decided by rights). */
  onBehalfOf?: string | undefined;
}

export interface ForwardInput {
  to: string[];
  cc: string[];
  bcc: string[];
  /** One message of the case; absent: every external message of the case. */
  messageId?: string | undefined;
  text: string;
  attachments: NewAttachment[];
  key?: string | undefined;
  /** The agent's language (the forwarded header block's labels). */
  locale: Locale;
}

export interface NoteInput {
  text: string;
  key?: string | undefined;
}

const addresses = (list: readonly string[]): MailAddress[] => [...new Set(list.map((a) => a.trim().toLowerCase()))].map((address) => ({ name: '', address }));
const pending = (at: string): Delivery => ({ state: 'pending', attempts: 0, lastError: null, nextAttemptAt: at, sentAt: null });
const files = (list: readonly NewAttachment[]) => list.map((f) => ({ filename: f.filename, contentType: f.contentType, sha256: contentHash(f.content) }));

export class AgentMessages {
  private readonly w: ComposeWriter;

  constructor(private readonly d: ComposeDeps) {
    this.w = new ComposeWriter(d);
  }

  /** Replies to the case's customer by e-mail, in the case's thread (a new e-mail thread for a case without one). */
  async reply(requester: Caller, recordId: string, etag: string, input: ReplyInput): Promise<ComposeResult> {
    // J2: `caller` is the requester, or the delegator they write for (the requester as its delegate).
    const { caller, record } = await this.w.writableActing(requester, recordId, input.onBehalfOf);
    const threads = await this.d.conversations.ofTicket(caller.tenantId, recordId);
    const existing = mailConversation(threads, input.conversationId);
    const id = this.w.messageId('reply', caller, recordId, input.key);
    const use = this.keyUse(caller, 'reply', recordId, input.key, { text: input.text, conversationId: input.conversationId ?? null, cc: input.cc, bcc: input.bcc, files: files(input.attachments) });
    const replayed = await this.w.replay(caller, record, existing?.id ?? `mail-${recordId}`, id, use);
    if (replayed) return replayed;
    this.w.checkEtag(record, etag);
    checkAttachments(input.attachments, this.d.maxAttachmentBytes);
    const personId = existing?.personId ?? record.value.personId;
    const person = personId ? await this.d.people.getPerson(caller.tenantId, personId) : null;
    // The customer is the conversation's person, else the case's: the request has no field for it.
    if (!person?.email) throw new ValidationError([{ path: existing ? 'conversationId' : 'personId', messageKey: 'compose.issue.noRecipient' }]);
    const mailbox = await this.w.mailbox(record.value, existing);
    const { conversation, create, messages } = await this.w.target(record.value, existing, mailbox);
    const now = this.d.clock().toISOString();
    const subject = create ? conversation.subject : replySubject(conversation.subject, record.value.number);
    const message: ConversationMessage = {
      id, tenantId: caller.tenantId, conversationId: conversation.id, recordId, direction: 'out', visibility: 'external',
      // The author is who wrote it; From (and Sender, for a delegate) follow the mail rule.
      author: { kind: 'user', userId: actorOf(caller).id, name: actorOf(caller).displayName }, ...(await this.w.fromAndSender(caller, mailbox)),
      to: [{ name: person.name, address: person.email.toLowerCase() }], cc: addresses(input.cc), bcc: addresses(input.bcc),
      subject, text: input.text, visibleText: input.text, html: null, attachments: [],
      mail: { messageId: this.w.mailMessageId(id, mailbox), ...threadHeaders(messages) }, rawBlobName: null, automatic: null,
      delivery: pending(now), purpose: 'reply', createdAt: now,
    };
    return this.w.write(caller, record, etag, { action: 'reply', timelineKind: 'replySent', conversation, create, message, uploads: input.attachments, status: statusAfterReply(record.value.status) }, use);
  }

  /** Forwards one message, or the whole case, to outside addresses with the messages' attachments. */
  async forward(caller: Caller, recordId: string, etag: string, input: ForwardInput): Promise<ComposeResult> {
    const record = await this.w.writable(caller, recordId);
    const threads = await this.d.conversations.ofTicket(caller.tenantId, recordId);
    const one = input.messageId === undefined ? null : await findMessage(this.d.conversations, threads, input.messageId);
    if (input.messageId !== undefined && (!one || one.value.visibility !== 'external')) throw new ValidationError([{ path: 'messageId', messageKey: 'compose.issue.noSuchMessage' }]);
    const oneMessage = one?.value;
    const home = oneMessage ? threads.find((c) => c.value.id === oneMessage.conversationId && c.value.channel === 'email')?.value ?? null : null;
    const existing = home ?? mailConversation(threads, undefined);
    const id = this.w.messageId('forward', caller, recordId, input.key);
    const use = this.keyUse(caller, 'forward', recordId, input.key, { to: input.to, cc: input.cc, bcc: input.bcc, messageId: input.messageId ?? null, text: input.text, files: files(input.attachments) });
    const replayed = await this.w.replay(caller, record, existing?.id ?? `mail-${recordId}`, id, use);
    if (replayed) return replayed;
    this.w.checkEtag(record, etag);
    const forwarded = oneMessage ? [oneMessage] : await this.caseMessages(caller.tenantId, threads.map((c) => c.value.id));
    if (forwarded.length === 0) throw new ValidationError([{ path: 'messageId', messageKey: 'compose.issue.nothingToForward' }]);
    // The forwarded files travel as references to the same blobs (they are never changed), and count.
    const carried = forwarded.flatMap((m) => m.attachments).map((a, index) => ({ ...a, id: String(index) }));
    checkAttachments(input.attachments, this.d.maxAttachmentBytes, carried);
    const mailbox = await this.w.mailbox(record.value, existing);
    const { conversation, create, messages } = await this.w.target(record.value, existing, mailbox);
    const now = this.d.clock().toISOString();
    const labels = {
      heading: t(input.locale, 'compose.forward.heading'), from: t(input.locale, 'compose.forward.from'), date: t(input.locale, 'compose.forward.date'),
      subject: t(input.locale, 'compose.forward.subject'), to: t(input.locale, 'compose.forward.to'), formatDate: (iso: string) => forwardDate(iso, input.locale),
    };
    const text = forwardText(input.text, forwarded, labels);
    const message: ConversationMessage = {
      id, tenantId: caller.tenantId, conversationId: conversation.id, recordId, direction: 'out', visibility: 'external',
      author: { kind: 'user', userId: caller.user.id, name: caller.user.displayName }, from: await this.w.sender(caller, mailbox),
      to: addresses(input.to), cc: addresses(input.cc), bcc: addresses(input.bcc),
      subject: forwardSubject(oneMessage?.subject ?? withNumber(record.value.title, record.value.number), record.value.number), text, visibleText: text, html: null,
      attachments: carried, mail: { messageId: this.w.mailMessageId(id, mailbox), ...threadHeaders(messages, oneMessage?.mail ? oneMessage : undefined) },
      rawBlobName: null, automatic: null, delivery: pending(now), purpose: 'forward', createdAt: now,
    };
    return this.w.write(caller, record, etag, { action: 'forward', timelineKind: 'messageForwarded', conversation, create, message, uploads: input.attachments }, use);
  }

  /** An internal note: never sent, never in mail to anyone, shown as internal in the case. */
  async note(caller: Caller, recordId: string, etag: string, input: NoteInput): Promise<ComposeResult> {
    const record = await this.w.writable(caller, recordId);
    const threads = await this.d.conversations.ofTicket(caller.tenantId, recordId);
    // The case's most recently active conversation, whatever its channel.
    const latest = [...threads].sort((a, b) => b.value.lastMessageAt.localeCompare(a.value.lastMessageAt))[0]?.value ?? null;
    const id = this.w.messageId('note', caller, recordId, input.key);
    const use = this.keyUse(caller, 'note', recordId, input.key, { text: input.text });
    const fresh = newNoteConversation(record.value, this.d.clock().toISOString());
    const replayed = await this.w.replay(caller, record, latest?.id ?? fresh.id, id, use);
    if (replayed) return replayed;
    this.w.checkEtag(record, etag);
    // A note is never mail: it goes into the case's latest conversation, else into the case's own (phone) thread.
    const { conversation, create } = latest ? { conversation: latest, create: false } : { conversation: fresh, create: true };
    const now = this.d.clock().toISOString();
    const message: ConversationMessage = {
      id, tenantId: caller.tenantId, conversationId: conversation.id, recordId, direction: 'out', visibility: 'internal',
      author: { kind: 'user', userId: caller.user.id, name: caller.user.displayName }, from: null, to: [], cc: [],
      subject: '', text: input.text, visibleText: input.text, html: null, attachments: [], mail: null, rawBlobName: null, automatic: null,
      delivery: null, purpose: null, createdAt: now,
    };
    return this.w.write(caller, record, etag, { action: 'note', timelineKind: 'noteAdded', conversation, create, message, uploads: [] }, use);
  }

  /** The Idempotency-Key's use by this request, or null without a key. */
  private keyUse(caller: Caller, action: string, recordId: string, key: string | undefined, request: unknown): KeyUse | null {
    // Per real actor: a delegate's key is theirs, whoever they write for.
    return key ? { tenantId: caller.tenantId, userId: actorOf(caller).id, action, recordId, key, request } : null;
  }

  /** Every external message of the case, oldest first. */
  private async caseMessages(tenantId: string, conversationIds: string[]): Promise<ConversationMessage[]> {
    const all = (await Promise.all(conversationIds.map((id) => allMessages(this.d.conversations, tenantId, id)))).flat();
    return all.filter((m) => m.visibility === 'external').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}
