/** H4: every rule and refusal of the ticket/conversation state machine, as a table. */
import { decide, type ConversationState, type TicketChanges, type TicketDecision, type TicketEvent, type TicketRefusal, type TicketSituation } from '../../bot/src/domain/conversations/ticket-rules';

const conv = (id: string, overrides: Partial<ConversationState> = {}): ConversationState => ({ id, ticketId: 'T', status: 'open', ownerId: 'u1', ...overrides });
const ticket = (overrides: Partial<NonNullable<TicketSituation['ticket']>> = {}) => ({ id: 'T', status: 'active' as const, ownerId: 'u1', ...overrides });
const changes = (c: Partial<TicketChanges>): TicketDecision => ({ ok: true, changes: { ticket: null, conversations: [], deleteTicket: false, deleteConversationIds: [], ...c } });
const refused = (refusal: TicketRefusal): TicketDecision => ({ ok: false, refusal });

const oneOpen: TicketSituation = { ticket: ticket(), conversations: [conv('c1')] };
const twoOpen: TicketSituation = { ticket: ticket(), conversations: [conv('c1'), conv('c2')] };
const closedOne: TicketSituation = { ticket: ticket({ status: 'closed' }), conversations: [conv('c1', { status: 'closed' })] };
const closedTwo: TicketSituation = { ticket: ticket({ status: 'closed' }), conversations: [conv('c1', { status: 'closed' }), conv('c2', { status: 'closed' })] };
const loose: TicketSituation = { ticket: null, conversations: [conv('c9', { ticketId: null })] };

const table: Array<[string, TicketSituation, TicketEvent, TicketDecision]> = [
  // Conversation owner → ticket owner, not the reverse.
  ['conversation owner change moves the ticket owner', twoOpen, { kind: 'conversationOwnerChanged', conversationId: 'c1', ownerId: 'u2' },
    changes({ conversations: [{ id: 'c1', ownerId: 'u2' }], ticket: { ownerId: 'u2' } })],
  ['conversation owner change to the ticket owner already set touches only the conversation', { ticket: ticket({ ownerId: 'u2' }), conversations: [conv('c1')] },
    { kind: 'conversationOwnerChanged', conversationId: 'c1', ownerId: 'u2' }, changes({ conversations: [{ id: 'c1', ownerId: 'u2' }] })],
  ['conversation owner change without a ticket', loose, { kind: 'conversationOwnerChanged', conversationId: 'c9', ownerId: 'u2' },
    changes({ conversations: [{ id: 'c9', ownerId: 'u2' }] })],
  ['conversation owner change repeated changes nothing', { ticket: ticket({ ownerId: 'u2' }), conversations: [conv('c1', { ownerId: 'u2' })] },
    { kind: 'conversationOwnerChanged', conversationId: 'c1', ownerId: 'u2' }, changes({})],
  ['ticket owner change leaves the conversations', twoOpen, { kind: 'ticketOwnerChanged', ownerId: 'u3' }, changes({ ticket: { ownerId: 'u3' } })],
  // Closing and reopening.
  ['closing a ticket closes all its conversations', { ticket: ticket(), conversations: [conv('c1'), conv('c2', { status: 'closed' }), conv('c3')] },
    { kind: 'ticketClosed' }, changes({ ticket: { status: 'closed' }, conversations: [{ id: 'c1', status: 'closed' }, { id: 'c3', status: 'closed' }] })],
  ['a ticket already closed (observed after saving) still closes its conversations', { ticket: ticket({ status: 'closed' }), conversations: [conv('c1')] },
    { kind: 'ticketClosed' }, changes({ conversations: [{ id: 'c1', status: 'closed' }] })],
  ['closing a ticket leaves conversations of other tickets', { ticket: ticket(), conversations: [conv('c1'), conv('x', { ticketId: 'OTHER' })] },
    { kind: 'ticketClosed' }, changes({ ticket: { status: 'closed' }, conversations: [{ id: 'c1', status: 'closed' }] })],
  ['reopening a ticket with exactly one conversation reopens it', closedOne, { kind: 'ticketReopened' },
    changes({ ticket: { status: 'active' }, conversations: [{ id: 'c1', status: 'open' }] })],
  ['reopening to a given status', closedOne, { kind: 'ticketReopened', status: 'waiting' },
    changes({ ticket: { status: 'waiting' }, conversations: [{ id: 'c1', status: 'open' }] })],
  ['reopening a ticket with two conversations reopens neither', closedTwo, { kind: 'ticketReopened' }, changes({ ticket: { status: 'active' } })],
  ['reopening a ticket with no conversation', { ticket: ticket({ status: 'closed' }), conversations: [] }, { kind: 'ticketReopened' }, changes({ ticket: { status: 'active' } })],
  ['a ticket already reopened (observed after saving) still reopens its one conversation', { ticket: ticket({ status: 'new' }), conversations: [conv('c1', { status: 'closed' })] },
    { kind: 'ticketReopened' }, changes({ conversations: [{ id: 'c1', status: 'open' }] })],
  ['closing a conversation leaves the ticket open', twoOpen, { kind: 'conversationClosed', conversationId: 'c1' }, changes({ conversations: [{ id: 'c1', status: 'closed' }] })],
  ['closing the only conversation leaves the ticket open', oneOpen, { kind: 'conversationClosed', conversationId: 'c1' }, changes({ conversations: [{ id: 'c1', status: 'closed' }] })],
  ['closing a closed conversation changes nothing', closedOne, { kind: 'conversationClosed', conversationId: 'c1' }, changes({})],
  ['a new customer message reopens the conversation, not the ticket', closedTwo, { kind: 'conversationReopened', conversationId: 'c2' },
    changes({ conversations: [{ id: 'c2', status: 'open' }] })],
  ['an open conversation stays as it is on a new message', oneOpen, { kind: 'conversationReopened', conversationId: 'c1' }, changes({})],
  // Deleting.
  ['deleting a conversation deletes its ticket (and so the ticket\'s other conversations)', twoOpen, { kind: 'conversationDeleted', conversationId: 'c2' },
    changes({ deleteTicket: true, deleteConversationIds: ['c1', 'c2'] })],
  ['deleting a conversation without a ticket deletes only it', loose, { kind: 'conversationDeleted', conversationId: 'c9' }, changes({ deleteConversationIds: ['c9'] })],
  ['deleting a conversation whose ticket is already gone', { ticket: null, conversations: [conv('c1')] }, { kind: 'conversationDeleted', conversationId: 'c1' },
    changes({ deleteConversationIds: ['c1'] })],
  ['deleting a ticket deletes its conversations', twoOpen, { kind: 'ticketDeleted' }, changes({ deleteTicket: true, deleteConversationIds: ['c1', 'c2'] })],
  ['deleting a ticket without conversations', { ticket: ticket(), conversations: [] }, { kind: 'ticketDeleted' }, changes({ deleteTicket: true })],
  // Linking and unlinking.
  ['linking a conversation without a ticket', { ticket: ticket(), conversations: [conv('c9', { ticketId: null })] }, { kind: 'linkConversation', conversationId: 'c9', ticketId: 'T' },
    changes({ conversations: [{ id: 'c9', ticketId: 'T' }] })],
  ['linking again to the same ticket changes nothing', oneOpen, { kind: 'linkConversation', conversationId: 'c1', ticketId: 'T' }, changes({})],
  ['linking a conversation that has another ticket is refused', { ticket: ticket({ id: 'NEW' }), conversations: [conv('c1')] },
    { kind: 'linkConversation', conversationId: 'c1', ticketId: 'NEW' }, refused('alreadyLinked')],
  ['unlinking is refused', oneOpen, { kind: 'unlinkConversation', conversationId: 'c1' }, refused('unlinkRefused')],
  ['unlinking is refused even without a ticket', loose, { kind: 'unlinkConversation', conversationId: 'c9' }, refused('unlinkRefused')],
  // Events about things that are not there.
  ['a conversation event for an unknown conversation', oneOpen, { kind: 'conversationClosed', conversationId: 'nope' }, refused('unknownConversation')],
  ['a ticket event without a ticket', loose, { kind: 'ticketClosed' }, refused('noTicket')],
  ['a ticket owner change without a ticket', loose, { kind: 'ticketOwnerChanged', ownerId: 'u2' }, refused('noTicket')],
  ['deleting a missing ticket', loose, { kind: 'ticketDeleted' }, refused('noTicket')],
];

describe('H4 ticket rules', () => {
  test.each(table)('%s', (_name, situation, event, expected) => {
    expect(decide(situation, event)).toEqual(expected);
  });

  test('the situation given is never changed', () => {
    const situation = structuredClone(twoOpen);
    decide(situation, { kind: 'ticketClosed' });
    decide(situation, { kind: 'conversationOwnerChanged', conversationId: 'c1', ownerId: 'u9' });
    expect(situation).toEqual(twoOpen);
  });
});
