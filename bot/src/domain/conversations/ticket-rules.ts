/**
 * H4 as a pure state machine: how a ticket (a `case` record) and its conversations move together.
 *
 * - A conversation has at most one ticket; linking it to another is refused, unlinking always is.
 * - Changing a conversation's owner changes its ticket's owner; changing the ticket's owner does
 *   not change any conversation's.
 * - Closing a ticket closes all its conversations; reopening it reopens its conversation only if
 *   it has exactly one.
 * - Closing a conversation leaves its ticket as it is (open); so does a conversation reopened by a
 *   new customer message.
 * - Deleting a conversation deletes its ticket; deleting a ticket deletes its conversations (so
 *   deleting one conversation of a ticket deletes the ticket and its other conversations too).
 *
 * `decide` only says what must change; the caller applies the changes (conversation-service.ts).
 * Changes that are already in place are left out, so a retried event yields no changes.
 */
import type { RecordStatus } from '../records/record';
import type { ConversationStatus } from './conversation';

/** The ticket's part of the state: a record with status 'closed' is a closed ticket. */
export interface TicketState {
  id: string;
  status: RecordStatus;
  ownerId: string | null;
}

export interface ConversationState {
  id: string;
  ticketId: string | null;
  status: ConversationStatus;
  ownerId: string | null;
}

/** The ticket (if any) and its conversations, plus the conversation an event names. */
export interface TicketSituation {
  ticket: TicketState | null;
  conversations: ConversationState[];
}

export type TicketEvent =
  | { kind: 'conversationOwnerChanged'; conversationId: string; ownerId: string | null }
  | { kind: 'ticketOwnerChanged'; ownerId: string | null }
  | { kind: 'ticketClosed' }
  /** `status`: what the ticket is reopened to (not 'closed'); 'active' when left out. */
  | { kind: 'ticketReopened'; status?: Exclude<RecordStatus, 'closed'> }
  | { kind: 'conversationClosed'; conversationId: string }
  /** A new customer message on a closed conversation. */
  | { kind: 'conversationReopened'; conversationId: string }
  | { kind: 'conversationDeleted'; conversationId: string }
  | { kind: 'ticketDeleted' }
  | { kind: 'linkConversation'; conversationId: string; ticketId: string }
  | { kind: 'unlinkConversation'; conversationId: string };

/** What to change on one conversation (only the fields given). */
export interface ConversationChange {
  id: string;
  status?: ConversationStatus;
  ownerId?: string | null;
  ticketId?: string;
}

/** What to change on the ticket (only the fields given). */
export interface TicketChange {
  status?: RecordStatus;
  ownerId?: string | null;
}

export interface TicketChanges {
  ticket: TicketChange | null;
  conversations: ConversationChange[];
  deleteTicket: boolean;
  deleteConversationIds: string[];
}

export type TicketRefusal =
  /** The conversation already has a (different) ticket. */
  | 'alreadyLinked'
  /** A conversation is never unlinked from its ticket. */
  | 'unlinkRefused'
  /** The event names a conversation that is not in the situation. */
  | 'unknownConversation'
  /** The event is about a ticket, and there is none. */
  | 'noTicket';

export type TicketDecision = { ok: true; changes: TicketChanges } | { ok: false; refusal: TicketRefusal };

const none = (): TicketChanges => ({ ticket: null, conversations: [], deleteTicket: false, deleteConversationIds: [] });
const ok = (changes: Partial<TicketChanges>): TicketDecision => ({ ok: true, changes: { ...none(), ...changes } });
const refuse = (refusal: TicketRefusal): TicketDecision => ({ ok: false, refusal });

/** The conversations of the situation's ticket. */
function ofTicket(situation: TicketSituation): ConversationState[] {
  const ticket = situation.ticket;
  return ticket ? situation.conversations.filter((c) => c.ticketId === ticket.id) : [];
}

function ticketDeleted(situation: TicketSituation, alsoConversationId?: string): TicketDecision {
  const ids = ofTicket(situation).map((c) => c.id);
  if (alsoConversationId !== undefined && !ids.includes(alsoConversationId)) ids.push(alsoConversationId);
  return ok({ deleteTicket: situation.ticket !== null, deleteConversationIds: ids });
}

/** What H4 makes of `event` in `situation`. */
export function decide(situation: TicketSituation, event: TicketEvent): TicketDecision {
  const { ticket } = situation;
  if (event.kind === 'ticketOwnerChanged' || event.kind === 'ticketClosed' || event.kind === 'ticketReopened' || event.kind === 'ticketDeleted') {
    if (!ticket) return refuse('noTicket');
    switch (event.kind) {
      case 'ticketOwnerChanged':
        return ok({ ticket: ticket.ownerId === event.ownerId ? null : { ownerId: event.ownerId } });
      case 'ticketClosed':
        return ok({
          ticket: ticket.status === 'closed' ? null : { status: 'closed' },
          conversations: ofTicket(situation).filter((c) => c.status !== 'closed').map((c) => ({ id: c.id, status: 'closed' })),
        });
      case 'ticketReopened': {
        const status = event.status ?? 'active';
        const conversations = ofTicket(situation);
        const only = conversations.length === 1 ? conversations[0] : undefined;
        return ok({
          ticket: ticket.status === 'closed' ? { status } : null,
          conversations: only && only.status === 'closed' ? [{ id: only.id, status: 'open' }] : [],
        });
      }
      case 'ticketDeleted':
        return ticketDeleted(situation);
    }
  }
  const conversation = situation.conversations.find((c) => c.id === event.conversationId);
  if (!conversation) return refuse('unknownConversation');
  const linkedToTicket = ticket !== null && conversation.ticketId === ticket.id;
  switch (event.kind) {
    case 'conversationOwnerChanged':
      return ok({
        conversations: conversation.ownerId === event.ownerId ? [] : [{ id: conversation.id, ownerId: event.ownerId }],
        ticket: linkedToTicket && ticket.ownerId !== event.ownerId ? { ownerId: event.ownerId } : null,
      });
    case 'conversationClosed':
      return ok({ conversations: conversation.status === 'closed' ? [] : [{ id: conversation.id, status: 'closed' }] });
    case 'conversationReopened':
      return ok({ conversations: conversation.status === 'open' ? [] : [{ id: conversation.id, status: 'open' }] });
    case 'conversationDeleted':
      return linkedToTicket ? ticketDeleted(situation, conversation.id) : ok({ deleteConversationIds: [conversation.id] });
    case 'linkConversation':
      if (conversation.ticketId === event.ticketId) return ok({});
      if (conversation.ticketId !== null) return refuse('alreadyLinked');
      return ok({ conversations: [{ id: conversation.id, ticketId: event.ticketId }] });
    case 'unlinkConversation':
      return refuse('unlinkRefused');
  }
}
