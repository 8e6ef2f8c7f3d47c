/** The sender loop: claims due mail with its ETag, sends it once, retries failures with back-off, never drops one silently. */
import { createLogger } from '../../bot/src/logger';
import type { ConversationMessage } from '../../bot/src/domain/conversations/conversation';
import { PermanentSendError, type MailProvider, type OutgoingMime } from '../../bot/src/domain/intake/mail-provider';
import { MAX_SEND_ATTEMPTS, OutgoingSender } from '../../bot/src/mail/outgoing-sender';
import { MemoryBlobStore } from '../../bot/src/storage/memory/memory-blob-store';
import { MemoryConversationRepository } from '../../bot/src/storage/memory/memory-conversations';
import { parseMail } from '../../bot/src/mail/parse';

const TENANT = 't1';

function outgoing(id: string, at: string): ConversationMessage {
  return {
    id, tenantId: TENANT, conversationId: 'c1', recordId: 'r1', direction: 'out', visibility: 'external', author: { kind: 'system' },
    from: { name: 'Support', address: 'support@contoso.example' }, to: [{ name: 'Anna', address: 'anna@nordlys.example' }], cc: [],
    bcc: [{ name: '', address: 'audit@contoso.example' }], subject: '[CAS-01001] We got it', text: 'Thanks', visibleText: 'Thanks', html: null, attachments: [],
    mail: { messageId: `${id}@contoso.example`, inReplyTo: 'their@nordlys.example', references: ['their@nordlys.example'] }, rawBlobName: null, automatic: null,
    delivery: { state: 'pending', attempts: 0, lastError: null, nextAttemptAt: at, sentAt: null }, purpose: 'acknowledgement', createdAt: at,
  };
}

function setup(provider: MailProvider) {
  let now = new Date('2026-11-30T10:00:00Z');
  const conversations = new MemoryConversationRepository();
  const sender = new OutgoingSender({ conversations, provider, blobs: new MemoryBlobStore(), clock: () => now, logger: createLogger('silent'), intervalMs: 60_000 });
  return { conversations, sender, advance: (ms: number) => { now = new Date(now.getTime() + ms); } };
}

async function run(sender: OutgoingSender): Promise<void> {
  sender.kick();
  await sender.idle();
}

test('due mail is composed with its own Message-ID, threading and automatic headers, and sent once', async () => {
  const sent: OutgoingMime[] = [];
  const { conversations, sender } = setup({ send: async (m) => void sent.push(m) });
  await conversations.addMessage(outgoing('ack-1', '2026-11-30T10:00:00.000Z'));
  await run(sender);
  await run(sender);
  expect(sent).toHaveLength(1);
  const mime = sent[0];
  expect(mime?.recipients.sort()).toEqual(['anna@nordlys.example', 'audit@contoso.example']);
  const parsed = await parseMail(mime?.raw ?? Buffer.alloc(0));
  expect(parsed.messageId).toBe('ack-1@contoso.example');
  expect(parsed.inReplyTo).toBe('their@nordlys.example');
  expect(parsed.headers.autoSubmitted).toBe('auto-replied');
  expect(parsed.headers.xAutoResponseSuppress).toBe('All');
  expect(mime?.raw.toString('utf8')).not.toMatch(/^bcc:/im);
  const stored = await conversations.getMessage(TENANT, 'c1', 'ack-1');
  expect(stored?.value.delivery).toMatchObject({ state: 'sent', attempts: 1, lastError: null });
});

test('a failure is recorded and retried after the back-off; a permanent one fails at once', async () => {
  let failures = 2;
  const sent: string[] = [];
  const { conversations, sender, advance } = setup({
    send: async (m) => {
      if (m.messageId.startsWith('bad')) throw new PermanentSendError('recipient refused');
      if (failures-- > 0) throw new Error('mail service unavailable');
      sent.push(m.messageId);
    },
  });
  await conversations.addMessage(outgoing('ok', '2026-11-30T10:00:00.000Z'));
  await conversations.addMessage(outgoing('bad', '2026-11-30T10:00:00.000Z'));
  await run(sender);
  const first = await conversations.getMessage(TENANT, 'c1', 'ok');
  expect(first?.value.delivery).toMatchObject({ state: 'pending', attempts: 1, lastError: 'mail service unavailable' });
  expect((await conversations.getMessage(TENANT, 'c1', 'bad'))?.value.delivery).toMatchObject({ state: 'failed', attempts: 1, lastError: 'recipient refused' });
  await run(sender); // not due yet
  expect((await conversations.getMessage(TENANT, 'c1', 'ok'))?.value.delivery?.attempts).toBe(1);
  advance(31_000);
  await run(sender);
  advance(121_000);
  await run(sender);
  expect(sent).toEqual(['ok@contoso.example']);
  expect((await conversations.getMessage(TENANT, 'c1', 'ok'))?.value.delivery).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
});

test(`after ${MAX_SEND_ATTEMPTS} failed tries the message is marked failed with the last reason`, async () => {
  const { conversations, sender, advance } = setup({ send: async () => { throw new Error('connection reset'); } });
  await conversations.addMessage(outgoing('flaky', '2026-11-30T10:00:00.000Z'));
  for (let i = 0; i < MAX_SEND_ATTEMPTS + 2; i++) {
    await run(sender);
    advance(3 * 60 * 60 * 1000);
  }
  expect((await conversations.getMessage(TENANT, 'c1', 'flaky'))?.value.delivery).toMatchObject({ state: 'failed', attempts: MAX_SEND_ATTEMPTS, lastError: 'connection reset' });
});

test('a message another instance is sending (a live lease) is left alone; an expired lease is taken over', async () => {
  const sent: string[] = [];
  const { conversations, sender, advance } = setup({ send: async (m) => void sent.push(m.messageId) });
  const message = outgoing('leased', '2026-11-30T10:00:00.000Z');
  await conversations.addMessage({ ...message, delivery: { state: 'sending', attempts: 1, lastError: null, nextAttemptAt: '2026-11-30T10:02:00.000Z', sentAt: null } });
  await run(sender);
  expect(sent).toEqual([]);
  advance(121_000);
  await run(sender);
  expect(sent).toEqual(['leased@contoso.example']);
});
