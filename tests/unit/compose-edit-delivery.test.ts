/**
 * H3 edit vs. the sender, on the real services over the in-memory repositories: an administrator
 * cannot change an agent's reply while its mail waits or is being sent (409; the edit used to
 * overwrite the sender's claim and the mail went out twice); once it is sent, the change is made.
 */
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { AgentMessages } from '../../bot/src/domain/compose/agent-messages';
import type { ComposeDeps } from '../../bot/src/domain/compose/compose-deps';
import { MessageEditService } from '../../bot/src/domain/compose/message-edit-service';
import { RecordService } from '../../bot/src/domain/records/record-service';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { ConflictError } from '../../bot/src/domain/shared/errors';
import { createLogger } from '../../bot/src/logger';
import { OutgoingSender, type QueuedMessage } from '../../bot/src/mail/outgoing-sender';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import { MemoryBlobStore } from '../../bot/src/storage/memory/memory-blob-store';
import { MemoryConversationRepository, MemoryMailIndexRepository } from '../../bot/src/storage/memory/memory-conversations';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository,
  MemoryRecordRepository, MemoryRecordTypeRepository, MemoryTimelineRepository,
} from '../../bot/src/storage/memory/memory-repositories';

test('an outgoing reply cannot be edited while it waits or is being sent (409); once sent it can, and it went out once', async () => {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository(), audit: new MemoryAuditRepository(),
  };
  await seedDemoData(store, new Date('2026-11-01T12:00:00Z'));
  const clock = () => new Date('2026-11-30T10:00:00Z');
  let n = 0;
  const records = new RecordService(store.records, store.counters, new RecordTypeService(store.recordTypes), store.directory, store.people, clock, () => `id-${++n}`);
  const conversations = new MemoryConversationRepository();
  const blobs = new MemoryBlobStore();
  let release: () => void = () => undefined;
  const blocked = new Promise<void>((resolve) => (release = resolve));
  const sent: string[] = [];
  const sender = new OutgoingSender({
    conversations, blobs, clock, logger: createLogger('silent'), intervalMs: 60_000,
    provider: { send: async (mail) => { await blocked; sent.push(mail.messageId); } },
  });
  const queued: QueuedMessage[] = [];
  const deps: ComposeDeps = {
    records, conversations, mailIndex: new MemoryMailIndexRepository(), people: store.people, directory: store.directory,
    supportAddress: async () => 'support@contoso.example', timeline: new MemoryTimelineRepository(), audit: store.audit,
    indexer: { messagesAdded: async () => undefined, rebuild: async () => undefined }, blobs, clock, newId: () => `m-${++n}`,
    outgoingQueued: (message) => void queued.push(message), maxAttachmentBytes: sender.maxAttachmentBytes,
  };
  const callers = new CallerService(store.directory);
  const lars = await callers.resolve(CONTOSO, DEMO_USERS.lars);
  const astrid = await callers.resolve(CONTOSO, DEMO_USERS.astrid);
  const edits = new MessageEditService(deps);
  const etag = async () => (await records.get(lars, 'case-001')).etag;

  const { message } = await new AgentMessages(deps).reply(lars, 'case-001', await etag(), { text: 'The printer is fixed', cc: [], bcc: [], attachments: [] });
  expect(message.delivery?.state).toBe('pending');
  await expect(edits.edit(astrid, 'case-001', message.id, await etag(), { subject: 'Changed while pending' })).rejects.toBeInstanceOf(ConflictError);

  const [where] = queued;
  if (!where) throw new Error('not queued');
  sender.kick(where);
  for (let i = 0; i < 50 && (await conversations.getMessage(CONTOSO, where.conversationId, message.id))?.value.delivery?.state !== 'sending'; i++) await new Promise((r) => setTimeout(r, 5));
  expect((await conversations.getMessage(CONTOSO, where.conversationId, message.id))?.value.delivery?.state).toBe('sending');
  await expect(edits.edit(astrid, 'case-001', message.id, await etag(), { subject: 'Changed while sending' })).rejects.toBeInstanceOf(ConflictError);

  release();
  await sender.idle();
  const changed = await edits.edit(astrid, 'case-001', message.id, await etag(), { subject: 'Changed once sent' });
  expect([changed.message.subject, changed.message.delivery?.state]).toEqual(['Changed once sent', 'sent']);
  sender.kick();
  await sender.idle();
  expect(sent).toEqual([message.mail?.messageId]);
});
