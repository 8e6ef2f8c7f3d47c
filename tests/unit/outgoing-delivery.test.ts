/**
 * H3 mail out, the review's defects: a message changed while it is being sent is never left
 * `sending` (which made it go out twice), Bcc reaches Graph (it has no envelope) but never the
 * local outbox's headers, and each provider states how many bytes of files one message may carry.
 */
import type { ConversationMessage } from '../../bot/src/domain/conversations/conversation';
import type { MailProvider } from '../../bot/src/domain/intake/mail-provider';
import { MAX_ATTACHMENT_BYTES } from '../../bot/src/domain/compose/attachment-limits';
import { createLogger } from '../../bot/src/logger';
import { GRAPH_MAX_ATTACHMENT_BYTES, GraphMailProvider } from '../../bot/src/mail/graph/graph-mail-provider';
import { LocalOutboxProvider } from '../../bot/src/mail/outbox-provider';
import { OutgoingSender } from '../../bot/src/mail/outgoing-sender';
import { parseMail } from '../../bot/src/mail/parse';
import { MemoryBlobStore } from '../../bot/src/storage/memory/memory-blob-store';
import { MemoryConversationRepository } from '../../bot/src/storage/memory/memory-conversations';

const TENANT = 't1';
const AT = '2026-11-30T10:00:00.000Z';

function reply(id: string): ConversationMessage {
  return {
    id, tenantId: TENANT, conversationId: 'c1', recordId: 'r1', direction: 'out', visibility: 'external', author: { kind: 'user', userId: 'u1', name: 'Astrid' },
    from: { name: 'Astrid (Contoso)', address: 'support@contoso.example' }, to: [{ name: 'Anna', address: 'anna@nordlys.example' }], cc: [],
    bcc: [{ name: '', address: 'audit@contoso.example' }], subject: 'Re: [CAS-01001] Printer', text: 'Fixed', visibleText: 'Fixed', html: null, attachments: [],
    mail: { messageId: `${id}@contoso.example`, inReplyTo: null, references: [] }, rawBlobName: null, automatic: null,
    delivery: { state: 'pending', attempts: 0, lastError: null, nextAttemptAt: AT, sentAt: null }, purpose: 'reply', createdAt: AT,
  };
}

function senderWith(provider: MailProvider, conversations = new MemoryConversationRepository(), blobs = new MemoryBlobStore()) {
  const sender = new OutgoingSender({ conversations, provider, blobs, clock: () => new Date(AT), logger: createLogger('silent'), intervalMs: 60_000 });
  return { conversations, sender, blobs };
}

test('a message changed while its mail is being sent ends up sent (not left `sending` to go out again)', async () => {
  let release: () => void = () => undefined;
  const blocked = new Promise<void>((resolve) => (release = resolve));
  let entered: () => void = () => undefined;
  const sending = new Promise<void>((resolve) => (entered = resolve));
  const sent: string[] = [];
  const { conversations, sender } = senderWith({
    send: async (m) => {
      entered();
      await blocked;
      sent.push(m.messageId);
    },
  });
  await conversations.addMessage(reply('r-1'));
  sender.kick({ tenantId: TENANT, conversationId: 'c1', messageId: 'r-1' });
  await sending;
  // Another writer changes the message while the provider holds it (the claim's ETag is now stale).
  const claimed = await conversations.getMessage(TENANT, 'c1', 'r-1');
  if (!claimed) throw new Error('no message');
  expect(claimed.value.delivery?.state).toBe('sending');
  await conversations.replaceMessage({ ...claimed.value, subject: 'Re: [CAS-01001] Printer (edited)' }, claimed.etag);
  release();
  await sender.idle();
  const after = await conversations.getMessage(TENANT, 'c1', 'r-1');
  expect(after?.value.delivery).toMatchObject({ state: 'sent', attempts: 1 });
  expect(after?.value.subject).toBe('Re: [CAS-01001] Printer (edited)');
  sender.kick();
  await sender.idle();
  expect(sent).toEqual(['r-1@contoso.example']);
});

test('Graph gets the Bcc header (it has no envelope); the local outbox never does', async () => {
  const graphMime: Buffer[] = [];
  const graph = new GraphMailProvider({ sendMime: async (raw: Buffer) => void graphMime.push(raw) });
  const viaGraph = senderWith(graph);
  await viaGraph.conversations.addMessage(reply('g-1'));
  viaGraph.sender.kick();
  await viaGraph.sender.idle();
  expect(graphMime).toHaveLength(1);
  const parsed = await parseMail(graphMime[0] ?? Buffer.alloc(0));
  expect(graphMime[0]?.toString('utf8')).toMatch(/^bcc: audit@contoso\.example\r?$/im);
  expect(parsed.messageId).toBe('g-1@contoso.example');

  const outboxBlobs = new MemoryBlobStore();
  const outbox = new LocalOutboxProvider(outboxBlobs);
  const local = senderWith(outbox, new MemoryConversationRepository(), outboxBlobs);
  await local.conversations.addMessage(reply('l-1'));
  local.sender.kick();
  await local.sender.idle();
  const [item] = await outbox.list(5);
  const raw = item ? await outbox.get(item.id) : null;
  expect(raw?.toString('utf8')).toContain('l-1@contoso.example');
  expect(raw?.toString('utf8')).not.toMatch(/^bcc:/im);
  expect(item?.to.sort()).toEqual(['anna@nordlys.example', 'audit@contoso.example']);
});

test('each provider states the files one message may carry: Graph far less than the local outbox', () => {
  const graph = senderWith(new GraphMailProvider({ sendMime: async () => undefined })).sender;
  const local = senderWith(new LocalOutboxProvider(new MemoryBlobStore())).sender;
  expect(graph.maxAttachmentBytes).toBe(GRAPH_MAX_ATTACHMENT_BYTES);
  expect(GRAPH_MAX_ATTACHMENT_BYTES * 1.9).toBeLessThan(4 * 1024 * 1024);
  expect(local.maxAttachmentBytes).toBe(MAX_ATTACHMENT_BYTES);
});
