/**
 * H3: the notification card's buttons on the in-memory repositories with the demo data. The card
 * names only its batch; the batch is read back for the person who pressed; the "already taken"
 * note names the owner only to someone allowed to see the owner field.
 */
import { CallerService } from '../../bot/src/domain/access/caller-service';
import type { RecordType } from '../../bot/src/domain/records/record-type';
import { RecordDetailsService } from '../../bot/src/domain/records/record-details';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { ConflictError } from '../../bot/src/domain/shared/errors';
import type { WorkEvent } from '../../bot/src/domain/work/work-events';
import { createLogger } from '../../bot/src/logger';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import { MemoryConversationRepository } from '../../bot/src/storage/memory/memory-conversations';
import { MemoryNotificationRepository } from '../../bot/src/storage/memory/memory-notification-repository';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository, MemoryRecordRepository, MemoryRecordTypeRepository,
} from '../../bot/src/storage/memory/memory-repositories';
import { WorkCardActions } from '../../bot/src/teams/work-card-actions';
import { WorkCardView } from '../../bot/src/teams/work-card-view';
import { messageOf } from '../fixtures/conversation-contract';

const AT = '2026-11-02T00:00:00.000Z';

async function setup() {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository(), audit: new MemoryAuditRepository(),
  };
  await seedDemoData(store, new Date('2026-11-01T12:00:00Z'));
  // Only managers and administrators see who owns a case.
  const withRule = (t: RecordType): RecordType => (t.id === 'case' ? { ...t, fieldRestrictions: { ...t.fieldRestrictions, owner: ['role-manager', 'role-admin'] } } : t);
  const types = new RecordTypeService({
    list: async (tenantId) => (await store.recordTypes.list(tenantId)).map((v) => ({ ...v, value: withRule(v.value) })),
    get: async (tenantId, id) => { const f = await store.recordTypes.get(tenantId, id); return f ? { ...f, value: withRule(f.value) } : null; },
    create: (type) => store.recordTypes.create(type),
  });
  const details = new RecordDetailsService(types, store.directory, store.people);
  const conversations = new MemoryConversationRepository();
  const batches = new MemoryNotificationRepository();
  const view = new WorkCardView({ records: store.records, details, directory: store.directory, conversations, deepLink: (type, id) => `https://teams.example/${type}/${id}` });
  const accepted: string[] = [];
  const actions = new WorkCardActions({
    callers: new CallerService(store.directory), records: store.records, directory: store.directory, details, batches, view, logger: createLogger('silent'),
    actions: {
      accept: async (caller, recordId) => {
        const found = await store.records.get(caller.tenantId, recordId);
        if (found?.value.ownerId && found.value.ownerId !== caller.user.id) throw new ConflictError('error.conflict');
        accepted.push(recordId);
      },
      reply: async () => undefined,
    },
  });
  const press = (userId: string, verb: string, data: unknown) => actions.handle({
    tenantId: CONTOSO, userId, botUserId: `29:${userId}`, conversationId: 'a:personal', replyToId: 'm1', locale: undefined, value: { action: { type: 'Action.Execute', verb, data } },
  });
  return { store, conversations, batches, press, accepted };
}

const assigned = (recordId: string, toUserId: string): WorkEvent => ({ kind: 'assigned', tenantId: CONTOSO, recordId, toUserId, byUserId: DEMO_USERS.lars, at: AT });

test('"already taken" names the owner only to someone who may see the owner field', async () => {
  const { store, batches, press } = await setup();
  const found = await store.records.get(CONTOSO, 'case-010');
  if (!found) throw new Error('no case-010');
  await store.records.replace({ ...found.value, ownerId: DEMO_USERS.astrid }, found.etag);
  for (const user of [DEMO_USERS.mads, DEMO_USERS.lars]) {
    await batches.putBatch({ tenantId: CONTOSO, userId: user, batchId: `b-${user}`, events: [assigned('case-010', user)], createdAt: AT });
  }
  const agent = JSON.stringify(await press(DEMO_USERS.mads, 'work.accept', { v: 2, b: `b-${DEMO_USERS.mads}`, recordId: 'case-010' }));
  expect(agent).toContain('En anden har allerede sagen.'); // Mads uses Teams in Danish
  expect(agent).not.toContain('Astrid');
  const manager = JSON.stringify(await press(DEMO_USERS.lars, 'work.accept', { v: 2, b: `b-${DEMO_USERS.lars}`, recordId: 'case-010' }));
  expect(manager).toContain('Astrid Holm har allerede sagen.');
});

test('a button names a batch; another person pressing it (or a made-up id) finds nothing to show', async () => {
  const { batches, press, accepted } = await setup();
  await batches.putBatch({ tenantId: CONTOSO, userId: DEMO_USERS.sofie, batchId: 'b-sofie', events: [assigned('case-002', DEMO_USERS.sofie)], createdAt: AT });
  const own = JSON.stringify(await press(DEMO_USERS.sofie, 'work.refresh', { v: 2, b: 'b-sofie' }));
  expect(own).toContain('CAS-01002');
  for (const b of ['b-sofie', 'made-up']) {
    const answer = await press(DEMO_USERS.mads, 'work.accept', { v: 2, b, recordId: 'case-002' });
    expect(answer.statusCode).toBe(200);
    expect(JSON.stringify(answer)).toContain('Dette kort er ikke længere tilgængeligt.');
    expect(JSON.stringify(answer)).not.toContain('CAS-01002');
  }
  expect(accepted).toEqual([]);
});

test('a reply event quotes only a received, external message of that very case', async () => {
  const { conversations, batches, press } = await setup();
  await conversations.addMessage(messageOf('m-ok', 'cv-1', { tenantId: CONTOSO, recordId: 'case-001', text: 'printer still offline', visibleText: 'printer still offline' }));
  await conversations.addMessage(messageOf('m-note', 'cv-1', { tenantId: CONTOSO, recordId: 'case-001', visibility: 'internal', text: 'internal: customer owes us', visibleText: 'internal: customer owes us' }));
  await conversations.addMessage(messageOf('m-other', 'cv-2', { tenantId: CONTOSO, recordId: 'wo-001', text: 'secret work order text', visibleText: 'secret work order text' }));
  await conversations.addMessage(messageOf('m-out', 'cv-1', { tenantId: CONTOSO, recordId: 'case-001', direction: 'out', text: 'our own reply', visibleText: 'our own reply' }));
  const replied = (conversationId: string, messageId: string): WorkEvent => ({ kind: 'customerReplied', tenantId: CONTOSO, recordId: 'case-001', toUserId: DEMO_USERS.mads, conversationId, messageId, at: AT });
  await batches.putBatch({ tenantId: CONTOSO, userId: DEMO_USERS.mads, batchId: 'b1', events: [replied('cv-1', 'm-note'), replied('cv-2', 'm-other'), replied('cv-1', 'm-ok')], createdAt: AT });
  const card = JSON.stringify(await press(DEMO_USERS.mads, 'work.refresh', { v: 2, b: 'b1' }));
  expect(card).toContain('printer still offline');
  expect(card).not.toContain('customer owes us');
  expect(card).not.toContain('secret work order');
  await batches.putBatch({ tenantId: CONTOSO, userId: DEMO_USERS.mads, batchId: 'b2', events: [replied('cv-1', 'm-out')], createdAt: AT });
  expect(JSON.stringify(await press(DEMO_USERS.mads, 'work.refresh', { v: 2, b: 'b2' }))).not.toContain('our own reply');
});
