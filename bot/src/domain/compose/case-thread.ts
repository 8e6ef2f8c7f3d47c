/**
 * Where an agent's message goes in a case: its conversations (H4: many per ticket), the e-mail
 * thread a reply or forward runs in, and the message an action names.
 */
import type { Conversation, ConversationMessage } from '../conversations/conversation';
import type { ConversationRepository } from '../conversations/conversation-repository';
import type { ServiceRecord } from '../records/record';
import { ValidationError } from '../shared/errors';
import type { Versioned } from '../shared/types';
import { withNumber } from '../intake/acknowledgement';

const PAGE = 100;

/** All messages of a conversation, oldest first. */
export async function allMessages(repo: ConversationRepository, tenantId: string, conversationId: string): Promise<ConversationMessage[]> {
  const messages: ConversationMessage[] = [];
  let continuation: string | undefined;
  do {
    const page = await repo.messagesOf(tenantId, conversationId, { limit: PAGE, continuation });
    messages.push(...page.items);
    continuation = page.continuation ?? undefined;
  } while (continuation);
  return messages;
}

/**
 * The e-mail conversation an agent's mail goes into: the one asked for (400 when it is not an
 * e-mail conversation of this case), else the case's most recently active one, else null (a case
 * from the phone or a web form gets a new one, `newMailConversation`).
 */
export function mailConversation(threads: ReadonlyArray<Versioned<Conversation>>, wanted: string | undefined, path = 'conversationId'): Conversation | null {
  if (wanted !== undefined) {
    const found = threads.find((c) => c.value.id === wanted && c.value.channel === 'email');
    if (!found) throw new ValidationError([{ path, messageKey: 'compose.issue.notEmailConversation' }]);
    return found.value;
  }
  const mail = threads.filter((c) => c.value.channel === 'email').sort((a, b) => b.value.lastMessageAt.localeCompare(a.value.lastMessageAt));
  return mail[0]?.value ?? null;
}

/**
 * The e-mail conversation a case without one gets for an agent's reply or forward (fixed id: two
 * tries make one). On a closed case it starts closed (H4: a closed ticket has only closed
 * conversations; replying does not reopen the case, as in SuperOffice): the customer's answer
 * reopens it by the intake rules.
 */
export function newMailConversation(record: ServiceRecord, mailbox: string | null, at: string): Conversation {
  return {
    id: `mail-${record.id}`, tenantId: record.tenantId, channel: 'email', ticketId: record.id, ownerId: record.ownerId, status: record.status === 'closed' ? 'closed' : 'open',
    subject: withNumber(record.title, record.number), personId: record.personId, mailbox,
    // Counting the message it is created for (the writer adds it without a second count).
    createdAt: at, updatedAt: at, lastMessageAt: at, messageCount: 1,
  };
}

/**
 * The conversation an internal note goes into when the case has none: the case's own thread on the
 * `phone` channel (a case an agent registered by hand is a phone case, like PhoneIntake's), never
 * an e-mail thread (a note is no mail), with PhoneIntake's id. It counts as the case's one customer thread for H4, just as
 * a phone intake's does, and is closed on a closed case.
 */
export function newNoteConversation(record: ServiceRecord, at: string): Conversation {
  return {
    id: `cv-${record.id}`, tenantId: record.tenantId, channel: 'phone', ticketId: record.id, ownerId: record.ownerId, status: record.status === 'closed' ? 'closed' : 'open',
    subject: withNumber(record.title, record.number), personId: record.personId, mailbox: null,
    createdAt: at, updatedAt: at, lastMessageAt: at, messageCount: 1,
  };
}

/** A message of one of the case's conversations (point reads), or null. */
export async function findMessage(repo: ConversationRepository, threads: ReadonlyArray<Versioned<Conversation>>, messageId: string): Promise<Versioned<ConversationMessage> | null> {
  for (const c of threads) {
    const found = await repo.getMessage(c.value.tenantId, c.value.id, messageId);
    if (found) return found;
  }
  return null;
}
