/** H4 through the conversation service and the record service, on the in-memory repositories. */
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { ConversationService, TicketRuleError } from '../../bot/src/domain/conversations/conversation-service';
import { RecordService } from '../../bot/src/domain/records/record-service';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '../../bot/src/domain/shared/errors';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';
import { MemoryConversationRepository } from '../../bot/src/storage/memory/memory-conversations';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository, MemoryRecordRepository, MemoryRecordTypeRepository,
} from '../../bot/src/storage/memory/memory-repositories';
import { conversationOf, messageOf } from '../fixtures/conversation-contract';

async function setup() {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository(), audit: new MemoryAuditRepository(),
  };
  await seedDemoData(store, new Date('2026-11-01T12:00:00Z'));
  let n = 0;
  const clock = () => new Date('2026-11-02T00:00:00Z');
  const records = new RecordService(store.records, store.counters, new RecordTypeService(store.recordTypes), store.directory, store.people, clock, () => `new-${++n}`);
  const conversations = new MemoryConversationRepository();
  const service = new ConversationService(conversations, records, store.directory, clock);
  records.attach(service);
  const callers = new CallerService(store.directory);
  const as = (name: keyof typeof DEMO_USERS) => callers.resolve(name === 'nora' ? FABRIKAM : CONTOSO, DEMO_USERS[name]);
  const mads = await as('mads');
  /** A ticket owned by Mads (team-dk) with `count` conversations c1..cN, each with two messages. */
  const ticket = async (count: number, prefix = 'c') => {
    const record = await records.create(mads, { type: 'case', title: 'Printer' });
    for (let i = 1; i <= count; i++) {
      const id = `${prefix}${i}`;
      await conversations.create(conversationOf(id, { tenantId: CONTOSO, ticketId: record.value.id, ownerId: DEMO_USERS.mads }));
      await conversations.addMessage(messageOf(`${id}-m2`, id, { tenantId: CONTOSO, createdAt: '2026-11-01T10:00:02.000Z' }));
      await conversations.addMessage(messageOf(`${id}-m1`, id, { tenantId: CONTOSO, createdAt: '2026-11-01T10:00:01.000Z' }));
    }
    return record;
  };
  return { store, records, conversations, service, as, mads, ticket };
}

test('a record\'s conversations with their messages, oldest first, for whoever may read the record', async () => {
  const { service, conversations, as, mads, ticket } = await setup();
  const record = await ticket(2);
  await ticket(1, 'other');
  for (let i = 0; i < 120; i++) await conversations.addMessage(messageOf(`bulk-${String(i).padStart(3, '0')}`, 'c2', { tenantId: CONTOSO, createdAt: '2026-11-01T11:00:00.000Z' }));
  const threads = await service.listForRecord(await as('oskar'), record.value.id);
  expect(threads.map((t) => t.conversation.value.id)).toEqual(['c1', 'c2']);
  expect(threads[0]?.messages.map((m) => m.id)).toEqual(['c1-m1', 'c1-m2']);
  expect(threads[1]?.messages).toHaveLength(122);
  expect(threads[1]?.messages.at(-1)?.id).toBe('bulk-119');
  await expect(service.listForRecord(await as('nora'), record.value.id)).rejects.toBeInstanceOf(NotFoundError);
  await expect(service.listForRecord(mads, 'no-such-record')).rejects.toBeInstanceOf(NotFoundError);
});

test('changing a conversation\'s owner changes its ticket\'s owner; needs assign on the ticket', async () => {
  const { service, records, conversations, as, mads, ticket } = await setup();
  const record = await ticket(2);
  const changed = await service.setConversationOwner(mads, 'c1', DEMO_USERS.sofie);
  expect(changed.value.ownerId).toBe(DEMO_USERS.sofie);
  expect((await records.get(mads, record.value.id)).value.ownerId).toBe(DEMO_USERS.sofie);
  expect((await conversations.get(CONTOSO, 'c2'))?.value.ownerId).toBe(DEMO_USERS.mads);
  await expect(service.setConversationOwner(await as('ingrid'), 'c1', DEMO_USERS.mads)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(service.setConversationOwner(await as('erik'), 'c1', DEMO_USERS.erik)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(service.setConversationOwner(await as('nora'), 'c1', DEMO_USERS.nora)).rejects.toBeInstanceOf(NotFoundError);
  await expect(service.setConversationOwner(mads, 'c1', 'nobody')).rejects.toBeInstanceOf(ValidationError);
  await expect(service.setConversationOwner(mads, 'c1', DEMO_USERS.mads, 'stale')).rejects.toBeInstanceOf(PreconditionFailedError);
  expect((await conversations.get(CONTOSO, 'c1'))?.value.ownerId).toBe(DEMO_USERS.sofie);
});

test('changing the ticket\'s owner leaves its conversations\' owners', async () => {
  const { service, records, conversations, mads, ticket } = await setup();
  const record = await ticket(1);
  await records.update(mads, record.value.id, record.etag, { ownerId: DEMO_USERS.sofie });
  expect((await conversations.get(CONTOSO, 'c1'))?.value.ownerId).toBe(DEMO_USERS.mads);
  expect((await service.listForRecord(mads, record.value.id))[0]?.conversation.value.ownerId).toBe(DEMO_USERS.mads);
});

test('an owner change cut short after the ticket was saved is finished by the retry', async () => {
  const { service, records, conversations, mads, ticket } = await setup();
  const record = await ticket(1);
  jest.spyOn(conversations, 'replace').mockRejectedValueOnce(new Error('Cosmos unavailable'));
  await expect(service.setConversationOwner(mads, 'c1', DEMO_USERS.sofie)).rejects.toThrow('Cosmos unavailable');
  expect((await records.get(mads, record.value.id)).value.ownerId).toBe(DEMO_USERS.sofie);
  expect((await conversations.get(CONTOSO, 'c1'))?.value.ownerId).toBe(DEMO_USERS.mads);
  await service.setConversationOwner(mads, 'c1', DEMO_USERS.sofie);
  expect((await conversations.get(CONTOSO, 'c1'))?.value.ownerId).toBe(DEMO_USERS.sofie);
});

test('closing a ticket closes all its conversations; reopening reopens only a single one', async () => {
  const { records, conversations, mads, ticket } = await setup();
  const one = await ticket(1, 'one');
  const two = await ticket(2, 'two');
  const closedOne = await records.update(mads, one.value.id, one.etag, { status: 'closed' });
  const closedTwo = await records.update(mads, two.value.id, two.etag, { status: 'closed' });
  const status = async (id: string) => (await conversations.get(CONTOSO, id))?.value.status;
  expect([await status('one1'), await status('two1'), await status('two2')]).toEqual(['closed', 'closed', 'closed']);
  await records.update(mads, one.value.id, closedOne.etag, { status: 'active' });
  await records.update(mads, two.value.id, closedTwo.etag, { status: 'waiting' });
  expect([await status('one1'), await status('two1'), await status('two2')]).toEqual(['open', 'closed', 'closed']);
});

test('closing a conversation leaves the ticket open; reading is not enough to close', async () => {
  const { service, records, mads, as, ticket } = await setup();
  const record = await ticket(1);
  await expect(service.closeConversation(await as('oskar'), 'c1')).rejects.toBeInstanceOf(ForbiddenError);
  const closed = await service.closeConversation(mads, 'c1');
  expect(closed.value.status).toBe('closed');
  expect((await records.get(mads, record.value.id)).value.status).toBe('new');
  await expect(service.closeConversation(mads, 'c1', 'stale')).rejects.toBeInstanceOf(PreconditionFailedError);
  expect((await service.closeConversation(mads, 'c1', closed.etag)).etag).toBe(closed.etag);
});

test('deleting a ticket deletes its conversations and their messages, ETag-checked, write privilege needed', async () => {
  const { service, records, conversations, mads, as, ticket } = await setup();
  const record = await ticket(2);
  await ticket(1, 'keep');
  await expect(service.deleteTicket(await as('oskar'), record.value.id, record.etag)).rejects.toBeInstanceOf(ForbiddenError);
  await expect(service.deleteTicket(mads, record.value.id, 'stale')).rejects.toBeInstanceOf(PreconditionFailedError);
  expect(await conversations.get(CONTOSO, 'c1')).not.toBeNull();
  await service.deleteTicket(mads, record.value.id, record.etag);
  await expect(records.get(mads, record.value.id)).rejects.toBeInstanceOf(NotFoundError);
  expect(await conversations.get(CONTOSO, 'c1')).toBeNull();
  expect(await conversations.getMessage(CONTOSO, 'c2', 'c2-m1')).toBeNull();
  expect(await conversations.get(CONTOSO, 'keep1')).not.toBeNull();
});

test('a ticket delete cut short after its conversations went is finished by the retry', async () => {
  const { service, store, records, conversations, mads, ticket } = await setup();
  const record = await ticket(1);
  jest.spyOn(store.records, 'delete').mockRejectedValueOnce(new Error('Cosmos unavailable'));
  await expect(service.deleteTicket(mads, record.value.id, record.etag)).rejects.toThrow('Cosmos unavailable');
  expect(await conversations.get(CONTOSO, 'c1')).toBeNull();
  await service.deleteTicket(mads, record.value.id, record.etag);
  await expect(records.get(mads, record.value.id)).rejects.toBeInstanceOf(NotFoundError);
});

test('deleting a conversation deletes its ticket and so the ticket\'s other conversations', async () => {
  const { service, records, conversations, mads, as, ticket } = await setup();
  const record = await ticket(2);
  await expect(service.deleteConversation(await as('oskar'), 'c2')).rejects.toBeInstanceOf(ForbiddenError);
  await expect(service.deleteConversation(mads, 'c2', 'stale')).rejects.toBeInstanceOf(PreconditionFailedError);
  await service.deleteConversation(mads, 'c2');
  await expect(records.get(mads, record.value.id)).rejects.toBeInstanceOf(NotFoundError);
  expect(await conversations.get(CONTOSO, 'c1')).toBeNull();
  expect(await conversations.get(CONTOSO, 'c2')).toBeNull();
  await expect(service.deleteConversation(mads, 'c2')).rejects.toBeInstanceOf(NotFoundError);
  // Without a ticket: reached like a case owned by the conversation's owner.
  await conversations.create(conversationOf('loose', { tenantId: CONTOSO, ownerId: DEMO_USERS.mads }));
  await expect(service.deleteConversation(await as('erik'), 'loose')).rejects.toBeInstanceOf(ForbiddenError);
  await service.deleteConversation(mads, 'loose');
  expect(await conversations.get(CONTOSO, 'loose')).toBeNull();
});

test('a conversation gets one ticket and keeps it: relinking is refused with a typed error', async () => {
  const { service, conversations, ticket } = await setup();
  const first = await ticket(0);
  const second = await ticket(0);
  await conversations.create(conversationOf('loose', { tenantId: CONTOSO }));
  const linked = await service.linkToTicket(CONTOSO, 'loose', first.value.id);
  expect(linked.value.ticketId).toBe(first.value.id);
  expect((await service.linkToTicket(CONTOSO, 'loose', first.value.id)).etag).toBe(linked.etag);
  await expect(service.linkToTicket(CONTOSO, 'loose', second.value.id)).rejects.toMatchObject({ code: 'conflict', refusal: 'alreadyLinked' });
  await expect(service.linkToTicket(CONTOSO, 'loose', second.value.id)).rejects.toBeInstanceOf(TicketRuleError);
  expect((await conversations.get(CONTOSO, 'loose'))?.value.ticketId).toBe(first.value.id);
  await expect(service.linkToTicket(FABRIKAM, 'loose', first.value.id)).rejects.toBeInstanceOf(NotFoundError);
});
