/**
 * H1's pipeline for one received request, in order: duplicate → bounce or delivery report →
 * automatic mail → identify the person → follow-up match → reply to a closed record → new
 * record. Every write has an id derived from the intake item, so running it again after a crash
 * finishes the job without doing anything twice.
 */
import type { Caller } from '../access/access';
import type { AutomaticKind, Channel, Conversation, ConversationMessage, MailAddress } from '../conversations/conversation';
import type { Person } from '../people/people';
import { recordIdForKey, type ServiceRecord } from '../records/record';
import type { IntakeSettings } from '../settings/settings';
import { NotFoundError, PreconditionFailedError } from '../shared/errors';
import { truncate } from '../shared/text';
import type { Locale, Versioned } from '../shared/types';
import { t } from '../../i18n/catalog';
import { automaticKind } from './classify';
import { failingSince } from './address-health';
import { appendMessage, ensureConversation } from './conversation-writer';
import { findFollowUp, type FollowUpMatch } from './follow-up';
import { identifyPerson } from './identify';
import type { IntakeItem, IntakeOutcome } from './intake-item';
import { sendAcknowledgement } from './send-acknowledgement';
import type { PipelineDeps } from './pipeline-deps';

export type { PipelineDeps };
import type { ParsedMail } from './parsed-mail';
import { SYSTEM_ACTOR_ID, systemCaller } from './system-caller';


/** One request as the pipeline takes it: the stored item and its parsed content. */
export interface Incoming {
  item: IntakeItem;
  /** `chat`: a message left on a chat site when nobody could answer (I2). */
  channel: Extract<Channel, 'email' | 'webform' | 'chat'>;
  mail: ParsedMail;
  /** The web form's language (mail: from Content-Language or the tenant). */
  locale?: Locale | undefined;
}

const MAX_DESCRIPTION = 10_000;
/** A bounce names at most this many of our recipients as failing. */
const MAX_FAILED = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

export class IntakePipeline {
  constructor(private readonly d: PipelineDeps) {}

  async run(incoming: Incoming): Promise<IntakeOutcome> {
    const { item, mail } = incoming;
    const tenantId = item.tenantId;
    const docId = `m-${item.id}`;
    const messageId = mail.messageId ?? `${item.id}@intake.casebridge.invalid`;
    if (mail.messageId) {
      const seen = await this.d.mailIndex.get(tenantId, messageId);
      if (seen && seen.messageDocId !== docId) return this.duplicate(tenantId, seen.conversationId);
    }
    const system = systemCaller(tenantId, item.recordType);
    const settings = (await this.d.settings.effective(tenantId, item.recordType)).intake;
    if (mail.report) return this.report(incoming, docId);
    const own = new Set([item.mailbox, ...(settings.supportAddress ? [settings.supportAddress] : [])]);
    const automatic = automaticKind(mail, item.mailFrom, own);
    const now = item.receivedAt;
    const person = mail.from && automatic !== 'ownAddress' ? await identifyPerson(this.d.people, tenantId, mail.from, now) : null;
    const failing = person?.email && !automatic ? await this.d.addressHealth.isFailing(tenantId, person.email, failingSince(this.d.clock())) : false;
    const type = await this.d.recordTypes.get(tenantId, item.recordType);
    // A web form's (or a chat message's) sender address is whatever was typed: it never adds to an existing case.
    const found = incoming.channel !== 'email' ? null : await findFollowUp(this.d, system, type.prefix, mail, person);
    const match = await this.successorOf(system, found);
    const record = match?.record ?? null;
    if (match && record && record.value.status === 'closed' && !automatic) {
      if (reopens(settings, await this.closedAt(record.value), this.d.clock())) {
        return this.followUp(incoming, match, person, automatic, docId, messageId, true);
      }
      return this.newCase(incoming, person, automatic, docId, messageId, settings, record.value.id, failing, match.conversation);
    }
    if (match) return this.followUp(incoming, match, person, automatic, docId, messageId, false);
    return this.newCase(incoming, person, automatic, docId, messageId, settings, null, failing);
  }

  private async duplicate(tenantId: string, conversationId: string): Promise<IntakeOutcome> {
    const conversation = await this.d.conversations.get(tenantId, conversationId);
    return { kind: 'duplicate', conversationId, recordId: conversation?.value.ticketId ?? null };
  }

  /** A bounce or delivery report: on the conversation of the mail it is about; a bounce marks the address failing. */
  private async report(incoming: Incoming, docId: string): Promise<IntakeOutcome> {
    const { item, mail } = incoming;
    const report = mail.report;
    if (!report) throw new Error('not a report');
    // Anyone can send a mail that looks like a bounce: it counts only for mail we sent, and only
    // for that mail's recipients (at most MAX_FAILED of them).
    const found = report.originalMessageId ? await this.d.mailIndex.get(item.tenantId, report.originalMessageId) : null;
    const original = found?.direction === 'out' ? found : null;
    const failed = original ? report.failedRecipients.filter((a) => original.counterparts.includes(a)).slice(0, MAX_FAILED) : [];
    if (report.kind === 'bounce') {
      for (const address of failed) await this.d.addressHealth.markFailing(item.tenantId, address, item.receivedAt, 'bounce');
    }
    if (!original) return { kind: 'report', conversationId: null, recordId: null, failedRecipients: [] };
    const conversation = await this.d.conversations.get(item.tenantId, original.conversationId);
    if (!conversation) return { kind: 'report', conversationId: null, recordId: null, failedRecipients: failed };
    const kind: AutomaticKind = report.kind === 'bounce' ? 'bounce' : 'deliveryReport';
    await this.storeAttachmentsAndAppend(incoming, conversation.value, this.message(incoming, docId, null, conversation.value.ticketId, kind, 'internal'), false);
    if (report.kind === 'bounce' && failed.length > 0) await this.markBounced(item.tenantId, original.conversationId, original.messageDocId, failed);
    return { kind: 'report', conversationId: conversation.value.id, recordId: conversation.value.ticketId, failedRecipients: failed };
  }

  private async markBounced(tenantId: string, conversationId: string, messageDocId: string, failed: string[]): Promise<void> {
    const sent = await this.d.conversations.getMessage(tenantId, conversationId, messageDocId);
    if (!sent?.value.delivery || sent.value.delivery.state === 'failed') return;
    const delivery = { ...sent.value.delivery, state: 'failed' as const, lastError: `bounced: ${failed.join(', ') || 'unknown recipient'}` };
    try {
      await this.d.conversations.replaceMessage({ ...sent.value, delivery }, sent.etag);
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
    }
  }

  /**
   * Reserves the Message-ID for this item before anything is written: of two copies of one mail
   * processed at once (two support addresses, a sender's retry), exactly one goes on.
   */
  private async claim(incoming: Incoming, docId: string, messageId: string, conversationId: string): Promise<boolean> {
    const { item } = incoming;
    const entry = await this.d.mailIndex.put({ tenantId: item.tenantId, messageId, direction: 'in', conversationId, messageDocId: docId, counterparts: senderOf(incoming.mail), at: item.receivedAt });
    return entry.messageDocId === docId;
  }

  private async followUp(incoming: Incoming, match: FollowUpMatch, person: Person | null, automatic: AutomaticKind | null, docId: string, messageId: string, reopened: boolean): Promise<IntakeOutcome> {
    const { item } = incoming;
    const record = match.record?.value ?? null;
    const target = match.conversation?.value.id ?? `cv-${item.id}`;
    if (!(await this.claim(incoming, docId, messageId, target))) return this.duplicate(item.tenantId, target);
    if (reopened && match.record) await this.reopen(systemCaller(item.tenantId, item.recordType), match.record);
    const conversation = match.conversation?.value ?? (await this.newConversation(incoming, person, record?.id ?? null, target)).value;
    await this.storeAttachmentsAndAppend(incoming, conversation, this.message(incoming, docId, person, conversation.ticketId, automatic, 'external'), !automatic);
    // H3: the case's owner hears of the customer's reply (never of automatic mail, never for a new case).
    if (!automatic && record?.ownerId && conversation.ticketId === record.id) {
      await this.d.notifier?.notify({ kind: 'customerReplied', tenantId: item.tenantId, recordId: record.id, toUserId: record.ownerId, conversationId: conversation.id, messageId: docId, at: item.receivedAt });
    }
    return { kind: 'followUp', conversationId: conversation.id, recordId: conversation.ticketId, reopened };
  }

  private async newCase(
    incoming: Incoming, person: Person | null, automatic: AutomaticKind | null, docId: string, messageId: string, settings: IntakeSettings,
    previousRecordId: string | null, addressFailing: boolean, previousConversation: Versioned<Conversation> | null = null,
  ): Promise<IntakeOutcome> {
    const { item, mail } = incoming;
    if (!(await this.claim(incoming, docId, messageId, `cv-${item.id}`))) return this.duplicate(item.tenantId, `cv-${item.id}`);
    const system = systemCaller(item.tenantId, item.recordType);
    const locale = incoming.locale ?? 'en';
    const title = truncate(mail.subject.trim() || t(locale, 'intake.noSubject'), 200);
    const created = await this.d.records.create(
      system,
      { type: item.recordType, title, description: mail.visibleText.slice(0, MAX_DESCRIPTION), personId: person?.id ?? null, ownerId: null, owningTeamId: null },
      { id: recordIdForKey(item.tenantId, SYSTEM_ACTOR_ID, item.id) },
    );
    const record = created.value;
    const conversation = (await this.newConversation(incoming, person, record.id, `cv-${item.id}`)).value;
    await this.storeAttachmentsAndAppend(incoming, conversation, this.message(incoming, docId, person, record.id, automatic, 'external'), true);
    if (previousRecordId) await this.link(item.tenantId, previousRecordId, record.id, item.receivedAt);
    if (previousConversation) await this.markContinued(previousConversation, { conversationId: conversation.id, recordId: record.id });
    if (!automatic && !addressFailing && person?.email && settings.acknowledgement.enabled) {
      await sendAcknowledgement(this.d, { item, mail, messageId, person, record, conversation, settings, locale: incoming.locale });
    }
    return previousRecordId
      ? { kind: 'linkedCase', conversationId: conversation.id, recordId: record.id, previousRecordId }
      : automatic
        ? { kind: 'automatic', conversationId: conversation.id, recordId: record.id }
        : { kind: 'newCase', conversationId: conversation.id, recordId: record.id };
  }

  private newConversation(incoming: Incoming, person: Person | null, ticketId: string | null, id: string): Promise<Versioned<Conversation>> {
    const { item, mail } = incoming;
    return ensureConversation(this.d.conversations, {
      id, tenantId: item.tenantId, channel: incoming.channel, ticketId, ownerId: null, status: 'open',
      subject: truncate(mail.subject, 200), personId: person?.id ?? null, mailbox: item.mailbox,
      createdAt: item.receivedAt, updatedAt: item.receivedAt, lastMessageAt: item.receivedAt, messageCount: 1,
    });
  }

  private message(incoming: Incoming, docId: string, person: Person | null, recordId: string | null, automatic: AutomaticKind | null, visibility: 'external' | 'internal'): ConversationMessage {
    const { item, mail } = incoming;
    return {
      id: docId, tenantId: item.tenantId, conversationId: '', recordId, direction: 'in', visibility,
      author: person ? { kind: 'person', personId: person.id, name: person.name } : { kind: 'system' },
      from: mail.from, to: mail.to, cc: mail.cc, subject: truncate(mail.subject, 998), text: mail.text, visibleText: mail.visibleText, html: mail.html,
      attachments: [], mail: incoming.channel === 'email' ? { messageId: mail.messageId ?? `${item.id}@intake.casebridge.invalid`, inReplyTo: mail.inReplyTo, references: mail.references.slice(-50) } : null,
      rawBlobName: item.blobName, automatic, delivery: null, purpose: null, createdAt: item.receivedAt,
    };
  }

  /** Attachments first (so a stored message never points at missing bytes), then the message, then its timeline entry. */
  private async storeAttachmentsAndAppend(incoming: Incoming, conversation: Conversation, draft: ConversationMessage, reopen: boolean): Promise<void> {
    const attachments = await Promise.all(
      incoming.mail.attachments.map(async (a, index) => {
        const blobName = `${draft.tenantId}/${draft.id}/${index}`;
        await this.d.blobs.put('attachments', blobName, a.content, { contentType: a.contentType });
        return { id: String(index), filename: a.filename, contentType: a.contentType, size: a.content.length, blobName, contentId: a.contentId, inline: a.inline };
      }),
    );
    const message: ConversationMessage = { ...draft, conversationId: conversation.id, recordId: conversation.ticketId, attachments };
    await appendMessage(this.d.conversations, conversation.id, message, { reopen, indexer: this.d.indexer });
    if (!conversation.ticketId) return;
    const author = message.author;
    await this.d.timeline.append({
      id: `msg:${message.id}`, tenantId: message.tenantId, recordId: conversation.ticketId, kind: 'messageReceived', at: message.createdAt,
      actorId: SYSTEM_ACTOR_ID, chatId: null, chatName: null, conversationId: conversation.id, messageId: message.id, channel: conversation.channel,
      subject: message.subject, person: author.kind === 'person' ? { id: author.personId, name: author.name } : undefined,
    });
  }

  /** When the record was last closed: its newest "closed" timeline entry (an edit after closing does not move it). */
  private async closedAt(record: ServiceRecord): Promise<string> {
    const closed = await this.d.timeline.list(record.tenantId, record.id, { limit: 1 }, ['recordClosed']);
    return closed.items[0]?.at ?? record.updatedAt;
  }

  /**
   * A match on a thread that was continued in a new linked record goes to that record (followed
   * up to a few steps), so further replies on the old thread do not each start another record.
   */
  private async successorOf(system: Caller, match: FollowUpMatch | null): Promise<FollowUpMatch | null> {
    let current = match;
    for (let step = 0; step < 5 && current?.conversation?.value.continuedIn; step++) {
      const next = current.conversation.value.continuedIn;
      const conversation = await this.d.conversations.get(system.tenantId, next.conversationId);
      if (!conversation) break;
      const record = await this.d.records.get(system, next.recordId).catch((error: unknown) => {
        if (error instanceof NotFoundError) return null;
        throw error;
      });
      current = { conversation, record, via: current.via };
    }
    return current;
  }

  private async markContinued(previous: Versioned<Conversation>, next: { conversationId: string; recordId: string }): Promise<void> {
    let current: Versioned<Conversation> | null = previous;
    for (let attempt = 0; attempt < 5 && current && !current.value.continuedIn; attempt++) {
      try {
        await this.d.conversations.replace({ ...current.value, continuedIn: next }, current.etag);
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
        current = await this.d.conversations.get(previous.value.tenantId, previous.value.id);
      }
    }
  }

  private async reopen(system: Caller, record: Versioned<ServiceRecord>): Promise<void> {
    let current = record;
    for (let attempt = 0; attempt < 5; attempt++) {
      if (current.value.status !== 'closed') return;
      try {
        await this.d.records.update(system, current.value.id, current.etag, { status: 'active' });
        return;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
        current = await this.d.records.get(system, current.value.id);
      }
    }
  }

  private async link(tenantId: string, previousId: string, newId: string, at: string): Promise<void> {
    const base = { tenantId, kind: 'caseLinked' as const, at, actorId: SYSTEM_ACTOR_ID, chatId: null, chatName: null };
    await this.d.timeline.append({ ...base, id: `link:${newId}`, recordId: previousId, linkedRecordId: newId });
    await this.d.timeline.append({ ...base, id: `link:${previousId}`, recordId: newId, linkedRecordId: previousId });
  }
}

/** Reopen (within the time limit after the record was closed) or a new linked record, per the type's setting. */
export function reopens(settings: IntakeSettings, closedAt: string, now: Date): boolean {
  if (settings.replyToClosed.action !== 'reopen') return false;
  return now.getTime() - Date.parse(closedAt) <= settings.replyToClosed.reopenWithinDays * DAY_MS;
}

function senderOf(mail: ParsedMail): string[] {
  const from: MailAddress | null = mail.from;
  return from ? [from.address] : [];
}
