/** H3 split through the domain services, on the in-memory repositories: the move, its checks, crashes and retries, races, search, notification. */
import { ForbiddenError, PreconditionFailedError, ValidationError } from '../../bot/src/domain/shared/errors';
import { termsOf } from '../../bot/src/domain/search/text-terms';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { actionSetup as setup, passThrough, type ActionSetupOptions } from '../fixtures/actions-setup';
import { conversationOf, messageOf } from '../fixtures/conversation-contract';

describe('split', () => {
  async function withThreads(options: ActionSetupOptions = {}) {
    const ctx = await setup(options);
    const { conversations, mailIndex } = ctx;
    await conversations.create(conversationOf('conv-a', { tenantId: CONTOSO, ticketId: 'case-001', ownerId: DEMO_USERS.mads, messageCount: 2 }));
    await conversations.create(conversationOf('conv-b', { tenantId: CONTOSO, ticketId: 'case-001', ownerId: DEMO_USERS.mads, messageCount: 1 }));
    for (const [id, conv, at] of [['a1', 'conv-a', '2026-11-01T10:00:01.000Z'], ['a2', 'conv-a', '2026-11-01T10:00:02.000Z'], ['b1', 'conv-b', '2026-11-01T10:00:03.000Z']] as const) {
      await conversations.addMessage(messageOf(id, conv, { tenantId: CONTOSO, createdAt: at, text: `text of ${id}`, mail: { messageId: `${id}@mail.example`, inReplyTo: null, references: [] } }));
      await mailIndex.put({ tenantId: CONTOSO, messageId: `${id}@mail.example`, direction: 'in', conversationId: conv, messageDocId: id, counterparts: ['jens@nordlys.example'], at });
    }
    await conversations.create(conversationOf('conv-other', { tenantId: CONTOSO, ticketId: 'case-003', ownerId: DEMO_USERS.sofie }));
    await conversations.addMessage(messageOf('o1', 'conv-other', { tenantId: CONTOSO }));
    return ctx;
  }

  test('moves the chosen messages into a new case, repoints their mail, links both ways; a retry answers the same case', async () => {
    const { records, split, conversations, mailIndex, timeline, indexed, as, audits } = await withThreads();
    const mads = await as('mads');
    const source = await records.get(mads, 'case-001');
    const created = await split.split(mads, 'case-001', source.etag, { messageIds: ['a2', 'b1'], title: 'Second problem', ownerId: DEMO_USERS.sofie, status: 'new' });
    expect(created.value).toMatchObject({ title: 'Second problem', ownerId: DEMO_USERS.sofie, status: 'new', owningTeamId: 'team-dk', personId: source.value.personId });
    const moved = await conversations.ofTicket(CONTOSO, created.value.id);
    expect(moved).toHaveLength(2);
    const ids = await Promise.all(moved.map(async (c) => (await conversations.messagesOf(CONTOSO, c.value.id, { limit: 10 })).items.map((m) => [m.id, m.recordId])));
    expect(ids.flat()).toEqual([['a2', created.value.id], ['b1', created.value.id]]);
    expect(moved.map((c) => c.value.messageCount)).toEqual([1, 1]);
    // The source keeps a1; conv-b lost its only message and is gone.
    const left = await conversations.ofTicket(CONTOSO, 'case-001');
    expect(left.map((c) => [c.value.id, c.value.messageCount])).toEqual([['conv-a', 1]]);
    expect((await conversations.messagesOf(CONTOSO, 'conv-a', { limit: 10 })).items.map((m) => m.id)).toEqual(['a1']);
    expect((await mailIndex.get(CONTOSO, 'a2@mail.example'))?.conversationId).toBe(moved[0]?.value.id);
    expect((await mailIndex.get(CONTOSO, 'a1@mail.example'))?.conversationId).toBe('conv-a');
    expect((await timeline.list(CONTOSO, 'case-001', { limit: 5 })).items).toMatchObject([{ kind: 'caseSplit', linkedRecordId: created.value.id }]);
    expect((await timeline.list(CONTOSO, created.value.id, { limit: 5, continuation: undefined }, ['caseSplit'])).items).toMatchObject([{ kind: 'caseSplit', linkedRecordId: 'case-001' }]);
    expect(indexed).toEqual([{ recordId: created.value.id, kind: 'rebuilt' }, { recordId: 'case-001', kind: 'rebuilt' }]);
    expect(await audits('case-001')).toEqual(['split']);
    // The client's retry (same choice, same now-stale ETag) answers the same case and moves nothing twice.
    const again = await split.split(mads, 'case-001', source.etag, { messageIds: ['b1', 'a2'], title: 'Second problem', ownerId: DEMO_USERS.sofie, status: 'new' });
    expect(again.value.id).toBe(created.value.id);
    expect((await conversations.ofTicket(CONTOSO, created.value.id)).map((c) => c.value.messageCount)).toEqual([1, 1]);
  });

  test('refuses all messages, another case\'s messages, a stale ETag and a reader, writing nothing', async () => {
    const { records, split, conversations, as, kinds } = await withThreads();
    const mads = await as('mads');
    const { etag } = await records.get(mads, 'case-001');
    await expect(split.split(mads, 'case-001', etag, { messageIds: ['a1', 'a2', 'b1'], title: 'All' })).rejects.toMatchObject({ issues: [{ path: 'messageIds', messageKey: 'issue.split.allMessages' }] });
    await expect(split.split(mads, 'case-001', etag, { messageIds: ['a1', 'o1'], title: 'Foreign' })).rejects.toMatchObject({ issues: [{ path: 'messageIds', messageKey: 'issue.split.notOnThisCase' }] });
    await expect(split.split(mads, 'case-001', '"stale"', { messageIds: ['a1'], title: 'Stale' })).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(split.split(await as('oskar'), 'case-001', etag, { messageIds: ['a1'], title: 'Reader' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(split.split(mads, 'case-001', etag, { messageIds: ['a1'], title: 'Unknown owner', ownerId: 'nobody' })).rejects.toMatchObject({ issues: [{ path: 'ownerId' }] });
    expect((await records.get(mads, 'case-001')).etag).toBe(etag);
    expect((await conversations.ofTicket(CONTOSO, 'case-001')).map((c) => c.value.id)).toEqual(['conv-a', 'conv-b']);
    expect(await kinds('case-001')).toEqual([]);
  });

  test('refuses to move an outgoing mail not sent yet (it could be sent twice), writing nothing', async () => {
    const { records, split, conversations, as } = await withThreads();
    const mads = await as('mads');
    const delivery = { state: 'pending' as const, attempts: 0, lastError: null, nextAttemptAt: '2026-11-02T00:00:00.000Z', sentAt: null };
    await conversations.addMessage(messageOf('out1', 'conv-a', { tenantId: CONTOSO, direction: 'out', delivery, purpose: 'reply', createdAt: '2026-11-01T10:00:04.000Z' }));
    const { etag } = await records.get(mads, 'case-001');
    await expect(split.split(mads, 'case-001', etag, { messageIds: ['out1'], title: 'Unsent' })).rejects.toMatchObject({ issues: [{ path: 'messageIds', messageKey: 'issue.split.unsent' }] });
    await expect(split.split(mads, 'case-001', etag, { messageIds: ['a2', 'out1'], title: 'Unsent' })).rejects.toBeInstanceOf(ValidationError);
    expect(await conversations.getMessage(CONTOSO, 'conv-a', 'out1')).not.toBeNull();
    expect((await records.get(mads, 'case-001')).etag).toBe(etag);
    // Once sent it may move.
    const stored = await conversations.getMessage(CONTOSO, 'conv-a', 'out1');
    if (!stored) throw new Error('missing');
    await conversations.replaceMessage({ ...stored.value, delivery: { ...delivery, state: 'sent', sentAt: '2026-11-01T10:00:05.000Z' } }, stored.etag);
    const created = await split.split(mads, 'case-001', etag, { messageIds: ['out1'], title: 'Sent' });
    expect(created.value.title).toBe('Sent');
  });

  test('a new case the caller may not create as asked (person field restricted): 403 before anything is written', async () => {
    const { records, split, conversations, as, kinds } = await withThreads({ restrictions: { person: ['role-manager'] } });
    const mads = await as('mads');
    const { etag } = await records.get(mads, 'case-001');
    await expect(split.split(mads, 'case-001', etag, { messageIds: ['a2'], title: 'Restricted' })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await records.get(mads, 'case-001')).etag).toBe(etag);
    expect((await conversations.messagesOf(CONTOSO, 'conv-a', { limit: 10 })).items.map((m) => m.id)).toEqual(['a1', 'a2']);
    expect(await kinds('case-001')).toEqual([]);
  });

  test('a crash between checking the source and creating the new case: the same retry (same ETag) finishes it', async () => {
    const { store, records, split, conversations, as } = await withThreads();
    const mads = await as('mads');
    const { etag } = await records.get(mads, 'case-001');
    const next = jest.spyOn(store.counters, 'next').mockRejectedValueOnce(new Error('crash'));
    await expect(split.split(mads, 'case-001', etag, { messageIds: ['a2'], title: 'Retried' })).rejects.toThrow('crash');
    next.mockRestore();
    const created = await split.split(mads, 'case-001', etag, { messageIds: ['a2'], title: 'Retried' });
    expect(created.value.title).toBe('Retried');
    expect((await conversations.messagesOf(CONTOSO, 'conv-a', { limit: 10 })).items.map((m) => m.id)).toEqual(['a1']);
  });

  test('a crash after moving messages: the retry reconciles every source conversation (counts, the one left empty goes)', async () => {
    let failures = 1;
    const { records, split, conversations, as } = await withThreads({
      wrapConversations: (inner) => passThrough(inner, {
        replace: async (c, etag) => {
          if (c.ticketId === 'case-001' && failures > 0) { failures--; throw new Error('crash'); }
          return inner.replace(c, etag);
        },
      }),
    });
    const mads = await as('mads');
    const { etag } = await records.get(mads, 'case-001');
    const input = { messageIds: ['a2', 'b1'], title: 'After a crash' };
    await expect(split.split(mads, 'case-001', etag, input)).rejects.toThrow('crash');
    const created = await split.split(mads, 'case-001', etag, input);
    expect((await conversations.ofTicket(CONTOSO, 'case-001')).map((c) => [c.value.id, c.value.messageCount])).toEqual([['conv-a', 1]]);
    const moved = await conversations.ofTicket(CONTOSO, created.value.id);
    expect(moved.map((c) => c.value.messageCount)).toEqual([1, 1]);
  });

  test('a mail arriving on a source conversation during the split keeps that conversation', async () => {
    const { records, split, conversations, as } = await withThreads({
      wrapConversations: (inner) => passThrough(inner, {
        deleteMessage: async (tenantId, conversationId, id) => {
          await inner.deleteMessage(tenantId, conversationId, id);
          // The customer's next mail lands on conv-b just as its last message leaves.
          if (id === 'b1') await inner.addMessage(messageOf('b2', 'conv-b', { tenantId: CONTOSO, createdAt: '2026-11-01T11:00:00.000Z' }));
        },
      }),
    });
    const mads = await as('mads');
    const { etag } = await records.get(mads, 'case-001');
    await split.split(mads, 'case-001', etag, { messageIds: ['b1'], title: 'Moved b1' });
    const left = await conversations.ofTicket(CONTOSO, 'case-001');
    expect(left.map((c) => [c.value.id, c.value.messageCount])).toEqual([['conv-a', 2], ['conv-b', 1]]);
    expect((await conversations.messagesOf(CONTOSO, 'conv-b', { limit: 10 })).items.map((m) => m.id)).toEqual(['b2']);
    expect(left[1]?.value.lastMessageAt).toBe('2026-11-01T11:00:00.000Z');
  });

  test('the source no longer matches the moved messages\' words; the new case does', async () => {
    const { store, records, split, search, conversations, as } = await withThreads();
    const mads = await as('mads');
    const a2 = await conversations.getMessage(CONTOSO, 'conv-a', 'a2');
    if (!a2) throw new Error('missing');
    await conversations.replaceMessage({ ...a2.value, text: 'the zorbulator overheats' }, a2.etag);
    await search.messagesAdded(CONTOSO, 'case-001', ['the zorbulator overheats']);
    const [term] = termsOf('zorbulator');
    expect((await store.records.get(CONTOSO, 'case-001'))?.value.terms).toContain(term);
    const { etag } = await records.get(mads, 'case-001');
    const created = await split.split(mads, 'case-001', etag, { messageIds: ['a2'], title: 'Overheating' });
    expect((await store.records.get(CONTOSO, 'case-001'))?.value.terms).not.toContain(term);
    expect((await store.records.get(CONTOSO, created.value.id))?.value.terms).toContain(term);
  });

  test('a new case given to someone else tells them (assigned); one kept by the caller tells no one', async () => {
    const { records, split, events, as } = await withThreads();
    const mads = await as('mads');
    const mine = await split.split(mads, 'case-001', (await records.get(mads, 'case-001')).etag, { messageIds: ['b1'], title: 'Mine' });
    expect(mine.value.ownerId).toBe(DEMO_USERS.mads);
    expect(events).toEqual([]);
    const lars = await as('lars');
    const theirs = await split.split(lars, 'case-001', (await records.get(lars, 'case-001')).etag, { messageIds: ['a2'], title: 'Sofie\'s', ownerId: DEMO_USERS.sofie });
    expect(events).toEqual([{ kind: 'assigned', tenantId: CONTOSO, recordId: theirs.value.id, toUserId: DEMO_USERS.sofie, byUserId: DEMO_USERS.lars, at: theirs.value.createdAt }]);
  });
});
