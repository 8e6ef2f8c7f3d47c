/**
 * H1's chat channel for sessions (SessionIntake): a message left when nobody could answer goes
 * through the intake pipeline like a web form (the sender's address finds or becomes the person,
 * a new case of the site's record type, a `chat` conversation, the acknowledgement); "make a case"
 * makes a case owned by the agent with a `chat` conversation holding the transcript (H4: the
 * conversation's one ticket is that case). Both are idempotent per session / per left message.
 */
import type { Caller } from '../access/access';
import type { ConversationRepository } from '../conversations/conversation-repository';
import type { ConversationMessage } from '../conversations/conversation';
import { appendMessage, ensureConversation } from '../intake/conversation-writer';
import { identifyPerson } from '../intake/identify';
import type { IntakeItem } from '../intake/intake-item';
import type { Incoming } from '../intake/intake-pipeline';
import type { IntakeOutcome } from '../intake/intake-item';
import type { ParsedMail } from '../intake/parsed-mail';
import type { PeopleRepository } from '../people/people-repository';
import { recordIdForKey } from '../records/record';
import type { RecordRepository } from '../records/record-repository';
import type { RecordService } from '../records/record-service';
import type { BlobStore } from '../shared/blob-store';
import { truncate } from '../shared/text';
import type { Clock, Locale } from '../shared/types';
import type { TimelineRepository } from '../timeline/timeline';
import type { SessionIntake } from './ports';
import type { ChatSession, ChatSite, SessionEntry } from './session';

export interface ChatIntakeDeps {
  pipeline: { run(incoming: Incoming): Promise<IntakeOutcome> };
  records: RecordService;
  recordStore: RecordRepository;
  people: PeopleRepository;
  conversations: ConversationRepository;
  timeline: TimelineRepository;
  blobs: BlobStore;
  /** The support address of a record type (acknowledgements come from it), or null. */
  supportAddress(tenantId: string, recordType: string): Promise<string | null>;
  clock: Clock;
  newId: () => string;
}

/** The transcript as one plain text, one line per message: `[HH:MM] Name: text`. */
export function transcriptText(entries: readonly SessionEntry[], visitorName: string): string {
  return entries
    .filter((e) => e.kind !== 'system')
    .map((e) => `[${e.at.slice(11, 16)}] ${e.authorName ?? (e.kind === 'customer' ? visitorName : '')}: ${e.text}`)
    .join('\n');
}

export class ChatIntake implements SessionIntake {
  constructor(private readonly d: ChatIntakeDeps) {}

  async leaveMessage(site: ChatSite, input: { name: string; email: string; text: string; locale: Locale; receivedAt: string }): Promise<{ recordId: string; number: string }> {
    const id = `c-${this.d.newId()}`;
    const blobName = `${site.tenantId}/${input.receivedAt.slice(0, 10)}/${id}.json`;
    await this.d.blobs.put('rawmail', blobName, Buffer.from(JSON.stringify({ site: site.id, ...input })), { contentType: 'application/json' });
    const subject = truncate(input.text.split('\n')[0] ?? '', 120);
    const item: IntakeItem = {
      id, tenantId: site.tenantId, recordType: site.recordType, source: 'chat', blobName, mailbox: (await this.d.supportAddress(site.tenantId, site.recordType)) ?? '',
      mailFrom: null, receivedAt: input.receivedAt, state: 'pending', attempts: 1, lastError: null, outcome: null, updatedAt: input.receivedAt,
    };
    const mail: ParsedMail = {
      messageId: null, inReplyTo: null, references: [], from: { name: input.name, address: input.email }, replyTo: [], to: [], cc: [],
      subject, date: null, text: input.text, html: null, visibleText: input.text, attachments: [], headers: { contentLanguage: input.locale }, report: null, warnings: [],
    };
    const outcome = await this.d.pipeline.run({ item, channel: 'chat', mail, locale: input.locale });
    const recordId = 'recordId' in outcome ? outcome.recordId : null;
    const record = recordId ? await this.d.recordStore.get(site.tenantId, recordId) : null;
    if (!record) throw new Error(`a left message made no case (${outcome.kind})`);
    return { recordId: record.value.id, number: record.value.number };
  }

  async makeCase(caller: Caller, site: ChatSite, session: ChatSession, transcript: SessionEntry[], title: string): Promise<{ recordId: string; number: string; personId: string | null }> {
    const now = this.d.clock().toISOString();
    const visitorName = session.visitor.name ?? session.visitor.email ?? '—';
    // Only an address the site signed (verified) finds or makes a person; a typed one stays in the message's `from`.
    const verifiedEmail = session.visitor.verified ? session.visitor.email : null;
    const person = session.personId
      ? await this.d.people.getPerson(session.tenantId, session.personId)
      : verifiedEmail ? await identifyPerson(this.d.people, session.tenantId, { name: session.visitor.name ?? '', address: verifiedEmail }, now) : null;
    const text = transcriptText(transcript, visitorName);
    const firstCustomer = transcript.find((e) => e.kind === 'customer')?.text ?? '';
    const record = await this.d.records.create(
      caller,
      { type: site.recordType, title, description: truncate(firstCustomer, 10_000), personId: person?.id ?? null },
      // Keyed on the session alone: whoever makes it, and however often, it is one case.
      { id: chatCaseId(session) },
    );
    const conversation = await ensureConversation(this.d.conversations, {
      id: `cv-${record.value.id}`, tenantId: session.tenantId, channel: 'chat', ticketId: record.value.id, ownerId: record.value.ownerId, status: 'open',
      subject: truncate(title, 200), personId: person?.id ?? null, mailbox: null, createdAt: now, updatedAt: now, lastMessageAt: now, messageCount: 1,
    });
    const messageId = `m-${record.value.id}`;
    const message: ConversationMessage = {
      id: messageId, tenantId: session.tenantId, conversationId: conversation.value.id, recordId: record.value.id, direction: 'in', visibility: 'external',
      author: person ? { kind: 'person', personId: person.id, name: person.name } : { kind: 'system' },
      from: session.visitor.email ? { name: visitorName, address: session.visitor.email } : null, to: [], cc: [], subject: truncate(title, 998),
      text, visibleText: text, html: null, attachments: [], mail: null, rawBlobName: null, automatic: null, delivery: null, purpose: null, createdAt: now,
    };
    await appendMessage(this.d.conversations, conversation.value.id, message, { reopen: false });
    await this.d.timeline.append({
      id: `msg:${messageId}`, tenantId: session.tenantId, recordId: record.value.id, kind: 'messageReceived', at: now, actorId: caller.user.id,
      chatId: null, chatName: null, conversationId: conversation.value.id, messageId, channel: 'chat', subject: title,
      person: person ? { id: person.id, name: person.name } : undefined,
    });
    return { recordId: record.value.id, number: record.value.number, personId: person?.id ?? null };
  }

  async appendToCase(session: ChatSession, entries: SessionEntry[]): Promise<void> {
    const first = entries[0];
    const recordId = session.recordId;
    if (!first || !recordId) return;
    const conversationId = `cv-${recordId}`;
    const conversation = await this.d.conversations.get(session.tenantId, conversationId);
    if (!conversation) return;
    const now = this.d.clock().toISOString();
    const visitorName = session.visitor.name ?? session.visitor.email ?? '—';
    const text = transcriptText(entries, visitorName);
    // One id per first seq: a second copy of the same entries is the same message.
    const messageId = `m-${recordId}-${first.seq}`;
    const message: ConversationMessage = {
      id: messageId, tenantId: session.tenantId, conversationId, recordId, direction: 'in', visibility: 'external',
      author: session.personId ? { kind: 'person', personId: session.personId, name: visitorName } : { kind: 'system' },
      from: session.visitor.email ? { name: visitorName, address: session.visitor.email } : null, to: [], cc: [], subject: conversation.value.subject,
      text, visibleText: text, html: null, attachments: [], mail: null, rawBlobName: null, automatic: null, delivery: null, purpose: null, createdAt: now,
    };
    await appendMessage(this.d.conversations, conversationId, message, { reopen: false });
  }
}

/** The id of the case made of a session: one per session, whoever makes it. */
export function chatCaseId(session: Pick<ChatSession, 'tenantId' | 'id'>): string {
  return recordIdForKey(session.tenantId, 'session', `chat:${session.id}`);
}
