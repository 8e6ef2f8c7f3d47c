/**
 * Queues H1's acknowledgement for a new record: a threaded, automatic reply from the support
 * address, at most ACK_LIMIT per sender in ACK_WINDOW_SECONDS, never to an address that bounced.
 */
import type { Conversation, ConversationMessage } from '../conversations/conversation';
import type { Person } from '../people/people';
import type { ServiceRecord } from '../records/record';
import type { IntakeSettings } from '../settings/settings';
import type { Locale } from '../shared/types';
import { t } from '../../i18n/catalog';
import { ackLocale, renderAcknowledgement } from './acknowledgement';
import { domainOf } from './classify';
import { appendMessage } from './conversation-writer';
import type { IntakeItem } from './intake-item';
import type { ParsedMail } from './parsed-mail';
import type { PipelineDeps } from './pipeline-deps';
import { SYSTEM_ACTOR_ID } from './system-caller';

export interface AckInput {
  item: IntakeItem;
  mail: ParsedMail;
  /** The received message's Message-ID (the acknowledgement answers it). */
  messageId: string;
  person: Person;
  record: ServiceRecord;
  conversation: Conversation;
  settings: IntakeSettings;
  locale: Locale | undefined;
}

// Callers check the address first: no acknowledgement goes to an address whose mail bounced.

/** The Message-ID of the acknowledgement of an intake item: fixed, so a repeat is the same mail. */
export function ackMessageId(item: IntakeItem): string {
  return `ack.${item.id}@${domainOf(item.mailbox) || 'casebridge.invalid'}`;
}

export async function sendAcknowledgement(d: PipelineDeps, input: AckInput): Promise<void> {
  const { item, mail, person, record, conversation } = input;
  const address = person.email;
  if (!address) return;
  const docId = `ack-${item.id}`;
  // A repeat after a crash writes the same message (fixed id, stored once, sent once); at worst
  // it counts once more against the sender's limit.
  if (!(await d.ackLimiter.tryConsume(`ack:${item.tenantId}:${address}`))) return;
  const tenant = await d.directory.getTenant(item.tenantId);
  const locale = input.locale ?? ackLocale(mail.headers.contentLanguage, tenant?.language);
  const agent = tenant ? `${t(locale, 'intake.ack.agentFallback')}, ${tenant.name}` : t(locale, 'intake.ack.agentFallback');
  const { subject, body } = renderAcknowledgement(input.settings, locale, { number: record.number, title: record.title, name: person.name, agent });
  const now = d.clock().toISOString();
  const messageId = ackMessageId(item);
  const references = [...mail.references, ...(mail.messageId ? [input.messageId] : [])].slice(-20);
  const message: ConversationMessage = {
    id: docId, tenantId: item.tenantId, conversationId: conversation.id, recordId: record.id, direction: 'out', visibility: 'external',
    author: { kind: 'system' }, from: { name: agent, address: item.mailbox }, to: [{ name: person.name, address }], cc: [],
    subject, text: body, visibleText: body, html: null, attachments: [],
    mail: { messageId, inReplyTo: mail.messageId ? input.messageId : null, references },
    rawBlobName: null, automatic: null, delivery: { state: 'pending', attempts: 0, lastError: null, nextAttemptAt: now, sentAt: null },
    purpose: 'acknowledgement', createdAt: now,
  };
  await d.mailIndex.put({ tenantId: item.tenantId, messageId, direction: 'out', conversationId: conversation.id, messageDocId: docId, counterparts: [address], at: now });
  await appendMessage(d.conversations, conversation.id, message, { reopen: false });
  await d.timeline.append({
    id: `msg:${docId}`, tenantId: item.tenantId, recordId: record.id, kind: 'replySent', at: now, actorId: SYSTEM_ACTOR_ID,
    chatId: null, chatName: null, conversationId: conversation.id, messageId: docId, channel: conversation.channel, subject,
  });
  d.outgoingQueued({ tenantId: item.tenantId, conversationId: conversation.id, messageId: docId });
}
