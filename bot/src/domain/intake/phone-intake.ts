/**
 * H1 phone: an agent registers a call. The caller is found (by id, e-mail or phone number) or
 * created; the call becomes a case with a `phone` conversation holding the agent's notes.
 */
import { createHash } from 'node:crypto';
import type { Caller } from '../access/access';
import type { ConversationRepository } from '../conversations/conversation-repository';
import type { PeopleRepository } from '../people/people-repository';
import type { PeopleService } from '../people/people-service';
import type { Person } from '../people/people';
import type { RecordService } from '../records/record-service';
import { ValidationError } from '../shared/errors';
import { searchWords } from '../people/people-service';
import type { Clock, Versioned } from '../shared/types';
import { recordIdForKey, type ServiceRecord } from '../records/record';
import type { TimelineRepository } from '../timeline/timeline';
import { appendMessage, ensureConversation } from './conversation-writer';

export interface PhoneCall {
  /** A known person, or the caller's details to find or create them by. */
  personId?: string | undefined;
  caller?: { name: string; email?: string | null | undefined; phone?: string | null | undefined } | undefined;
  subject: string;
  notes: string;
  recordType: string;
}

/** Digits only (and a leading +), so `+45 12 34 56 78` and `+4512345678` are one number. */
export function normalizePhone(phone: string): string {
  const trimmed = phone.trim();
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/\D/g, '');
}

export class PhoneIntake {
  constructor(
    private readonly d: {
      records: RecordService;
      people: PeopleService;
      peopleRepository: PeopleRepository;
      conversations: ConversationRepository;
      timeline: TimelineRepository;
      clock: Clock;
    },
  ) {}

  /** With `idempotencyKey`, a retry returns the case the first try made. */
  async register(caller: Caller, call: PhoneCall, idempotencyKey: string | undefined): Promise<Versioned<ServiceRecord>> {
    const person = await this.findOrCreate(caller, call);
    const key = idempotencyKey ?? createHash('sha256').update(`${Date.now()}\n${Math.random()}`).digest('hex');
    const record = await this.d.records.create(caller, { type: call.recordType, title: call.subject, description: call.notes, personId: person.id }, { id: recordIdForKey(caller.tenantId, caller.user.id, `phone:${key}`) });
    const now = record.value.createdAt;
    const conversation = await ensureConversation(this.d.conversations, {
      id: `cv-${record.value.id}`, tenantId: caller.tenantId, channel: 'phone', ticketId: record.value.id, ownerId: record.value.ownerId, status: 'open',
      subject: call.subject, personId: person.id, mailbox: null, createdAt: now, updatedAt: now, lastMessageAt: now, messageCount: 1,
    });
    const messageId = `m-${record.value.id}`;
    await appendMessage(this.d.conversations, conversation.value.id, {
      id: messageId, tenantId: caller.tenantId, conversationId: conversation.value.id, recordId: record.value.id, direction: 'in', visibility: 'external',
      author: { kind: 'user', userId: caller.user.id, name: caller.user.displayName }, from: null, to: [], cc: [], subject: call.subject,
      text: call.notes, visibleText: call.notes, html: null, attachments: [], mail: null, rawBlobName: null, automatic: null, delivery: null, purpose: null, createdAt: now,
    }, { reopen: false });
    await this.d.timeline.append({
      id: `msg:${messageId}`, tenantId: caller.tenantId, recordId: record.value.id, kind: 'messageReceived', at: now, actorId: caller.user.id,
      chatId: null, chatName: null, conversationId: conversation.value.id, messageId, channel: 'phone', subject: call.subject,
      person: { id: person.id, name: person.name },
    });
    return record;
  }

  private async findOrCreate(caller: Caller, call: PhoneCall): Promise<Person> {
    if (call.personId) {
      const person = await this.d.peopleRepository.getPerson(caller.tenantId, call.personId);
      if (!person) throw new ValidationError([{ path: 'personId', messageKey: 'issue.unknownPerson' }]);
      return person;
    }
    const given = call.caller;
    if (!given || given.name.trim() === '' || (!given.email && !given.phone)) throw new ValidationError([{ path: 'caller', messageKey: 'error.intake.noPerson' }]);
    const email = given.email?.trim().toLowerCase();
    if (email) {
      const known = await this.d.peopleRepository.findPersonByEmail(caller.tenantId, email);
      if (known) return known;
    }
    if (given.phone) {
      const phone = normalizePhone(given.phone);
      // Stored numbers may be written with spaces: look among people with the number or the name, compare digits.
      const pages = await Promise.all([
        this.d.peopleRepository.searchPeople(caller.tenantId, [phone], { limit: 50 }),
        this.d.peopleRepository.searchPeople(caller.tenantId, searchWords(given.name), { limit: 50 }),
      ]);
      const known = pages.flatMap((p) => p.items).find((p) => p.phone !== null && normalizePhone(p.phone) === phone);
      if (known) return known;
    }
    return this.d.people.create(caller, { name: given.name, email: email ?? null, phone: given.phone ? normalizePhone(given.phone) : null });
  }
}
