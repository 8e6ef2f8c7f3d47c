/**
 * H1's follow-up match, in order: the record number in the subject, then our own Message-IDs,
 * then the received Message-IDs the mail answers (In-Reply-To, then References, newest first).
 * Each is checked against the sender, so replies to one mass mailing never merge customers.
 */
import type { Caller } from '../access/access';
import type { Conversation } from '../conversations/conversation';
import type { ConversationRepository, MailIndexEntry, MailIndexRepository } from '../conversations/conversation-repository';
import type { Person } from '../people/people';
import type { ServiceRecord } from '../records/record';
import type { RecordService } from '../records/record-service';
import { NotFoundError } from '../shared/errors';
import type { Versioned } from '../shared/types';
import { numberInSubject } from './classify';
import type { ParsedMail } from './parsed-mail';

export interface FollowUpMatch {
  /** The conversation to add to; null: a new e-mail conversation on `record`. */
  conversation: Versioned<Conversation> | null;
  record: Versioned<ServiceRecord> | null;
  via: 'number' | 'ourMessageId' | 'theirMessageId';
}

export interface FollowUpDeps {
  conversations: ConversationRepository;
  mailIndex: MailIndexRepository;
  records: RecordService;
}

/** The Message-IDs a mail answers, nearest first, without duplicates. */
export function answeredIds(mail: ParsedMail): string[] {
  const ids = [mail.inReplyTo, ...[...mail.references].reverse()].filter((id): id is string => typeof id === 'string' && id !== '');
  return [...new Set(ids)].slice(0, 50);
}

export async function findFollowUp(
  deps: FollowUpDeps,
  system: Caller,
  prefix: string,
  mail: ParsedMail,
  person: Person | null,
): Promise<FollowUpMatch | null> {
  const sender = mail.from?.address ?? '';
  const number = numberInSubject(mail.subject, prefix);
  if (number && person) {
    const record = await orNull(() => deps.records.getByNumber(system, number));
    if (record) {
      const conversations = await deps.conversations.ofTicket(system.tenantId, record.value.id);
      const theirs = conversations.filter((c) => c.value.personId === person.id);
      if (record.value.personId === person.id || theirs.length > 0) {
        const conversation = theirs.find((c) => c.value.channel === 'email') ?? conversations.find((c) => c.value.channel === 'email' && c.value.personId === record.value.personId) ?? null;
        return { conversation, record, via: 'number' };
      }
    }
  }
  if (sender === '') return null;
  const entries = (await Promise.all(answeredIds(mail).map((id) => deps.mailIndex.get(system.tenantId, id)))).filter((e): e is MailIndexEntry => e !== null);
  for (const direction of ['out', 'in'] as const) {
    const entry = entries.find((e) => e.direction === direction && e.counterparts.includes(sender));
    if (!entry) continue;
    const conversation = await deps.conversations.get(system.tenantId, entry.conversationId);
    if (!conversation) continue;
    const ticketId = conversation.value.ticketId;
    const record = ticketId ? await orNull(() => deps.records.get(system, ticketId)) : null;
    return { conversation, record, via: direction === 'out' ? 'ourMessageId' : 'theirMessageId' };
  }
  return null;
}

/** The record, or null where the caller would get NotFoundError (missing, foreign or hidden). */
async function orNull<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
