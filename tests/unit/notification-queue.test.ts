/** H3 notification batching: durable inbox, one batch per window, ETag claims across instances, the per-user off switch. */
import { NotificationQueue, type DeliveryProgress, type NotificationDelivery } from '../../bot/src/domain/work/notification-queue';
import { KEEP_BATCHES } from '../../bot/src/domain/work/inbox-rules';
import { PreferencesService } from '../../bot/src/domain/work/preferences-service';
import type { WorkEvent } from '../../bot/src/domain/work/work-events';
import { MemoryNotificationRepository } from '../../bot/src/storage/memory/memory-notification-repository';
import type { Caller } from '../../bot/src/domain/access/access';

const T = 'tenant-1';
const quiet = { warn: () => undefined, info: () => undefined };

function setup(batchMs = 1000) {
  let now = Date.parse('2026-11-30T10:00:00Z');
  const clock = () => new Date(now);
  const repository = new MemoryNotificationRepository();
  const preferences = new PreferencesService(repository, clock);
  let ids = 0;
  const queue = (instanceId: string) => new NotificationQueue({ repository, preferences, clock, newId: () => `batch-${++ids}`, instanceId, batchMs, leaseMs: 5000, logger: quiet });
  return { repository, preferences, queue, advance: (ms: number) => { now += ms; } };
}

type Hook = (progress: DeliveryProgress) => Promise<void>;

/** A delivery that sends "the card" (records it), marks it sent, then runs `after` (the feed's time). */
function hooked(after: Hook, before: Hook = async () => undefined): NotificationDelivery & { cards: Array<{ batchId: string; events: WorkEvent[] }> } {
  const cards: Array<{ batchId: string; events: WorkEvent[] }> = [];
  return {
    cards,
    deliver: async (_tenantId, _userId, batch, progress) => {
      await before(progress);
      cards.push({ batchId: batch.batchId, events: batch.events });
      if (!(await progress.cardSent())) return;
      await after(progress);
    },
  };
}

const reply = (n: number, toUserId = 'u1'): WorkEvent => ({ kind: 'customerReplied', tenantId: T, recordId: 'case-1', toUserId, conversationId: 'cv-1', messageId: `m-${n}`, at: '2026-11-30T10:00:00Z' });

function recorder(fail = 0): NotificationDelivery & { batches: Array<{ userId: string; events: WorkEvent[] }> } {
  let failures = fail;
  const batches: Array<{ userId: string; events: WorkEvent[] }> = [];
  return {
    batches,
    deliver: async (_tenantId, userId, batch, progress) => {
      if (failures-- > 0) throw new Error('Teams is down');
      batches.push({ userId, events: batch.events });
      await progress.cardSent();
    },
  };
}

test('a burst within the window goes out as one batch, only after the window', async () => {
  const { queue, advance } = setup();
  const q = queue('a');
  const delivery = recorder();
  q.deliverThrough(delivery);
  for (let i = 1; i <= 5; i++) await q.notify(reply(i));
  await q.notify(reply(3)); // a retried notify is not a second event
  expect(await q.sweep()).toBe(0);
  advance(999);
  expect(await q.sweep()).toBe(0);
  advance(1);
  expect(await q.sweep()).toBe(1);
  expect(delivery.batches).toHaveLength(1);
  expect(delivery.batches[0]?.events.map((e) => (e.kind === 'customerReplied' ? e.messageId : ''))).toEqual(['m-1', 'm-2', 'm-3', 'm-4', 'm-5']);
  advance(10_000);
  expect(await q.sweep()).toBe(0); // nothing is sent twice
});

test('each user gets their own batch', async () => {
  const { queue, advance } = setup();
  const q = queue('a');
  const delivery = recorder();
  q.deliverThrough(delivery);
  await q.notify(reply(1, 'u1'));
  await q.notify(reply(2, 'u2'));
  advance(1000);
  expect(await q.sweep()).toBe(2);
  expect(delivery.batches.map((b) => b.userId).sort()).toEqual(['u1', 'u2']);
});

test('with notifications off nothing is kept or sent; back on, new events are', async () => {
  const { queue, preferences, repository, advance } = setup();
  const caller: Caller = { tenantId: T, user: { id: 'u1', tenantId: T, displayName: 'U', email: 'u1@example.com', teamIds: [], roleIds: [] }, roles: [] };
  await preferences.set(caller, { teamsNotifications: false });
  const q = queue('a');
  const delivery = recorder();
  q.deliverThrough(delivery);
  await q.notify(reply(1));
  expect(await repository.getInbox(T, 'u1')).toBeNull();
  advance(5000);
  expect(await q.sweep()).toBe(0);
  await preferences.set(caller, { teamsNotifications: true });
  await q.notify(reply(2));
  advance(1000);
  expect(await q.sweep()).toBe(1);
  expect(delivery.batches).toHaveLength(1);
});

test('two instances that read the same due inbox at the same moment: only one claim wins, one delivery', async () => {
  const { repository, queue, advance } = setup();
  // Both instances' reads of the inbox return together, so both hold the same ETag when they claim.
  let waiting: Array<() => void> = [];
  const read = repository.getInbox.bind(repository);
  let gate = false;
  repository.getInbox = async (tenantId, userId) => {
    const found = await read(tenantId, userId);
    if (gate) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === 2) { gate = false; waiting.forEach((r) => r()); waiting = []; }
      });
    }
    return found;
  };
  const a = queue('a');
  const b = queue('b');
  const delivery = recorder();
  a.deliverThrough(delivery);
  b.deliverThrough(delivery);
  await a.notify(reply(1));
  gate = true;
  advance(1000);
  const [da, db] = await Promise.all([a.sweep(), b.sweep()]);
  expect(da + db).toBe(1);
  expect(delivery.batches).toHaveLength(1);
});

test('two instances sweeping at once deliver each batch once', async () => {
  const { queue, advance } = setup();
  const a = queue('a');
  const b = queue('b');
  const delivery = recorder();
  a.deliverThrough(delivery);
  b.deliverThrough(delivery);
  for (let i = 1; i <= 3; i++) await a.notify(reply(i, `u${i}`));
  advance(1000);
  const [da, db] = await Promise.all([a.sweep(), b.sweep()]);
  expect(da + db).toBe(3);
  expect(delivery.batches).toHaveLength(3);
  expect(await Promise.all([a.sweep(), b.sweep()])).toEqual([0, 0]);
});

test('a failed delivery is retried once its claim expires, with what arrived meanwhile; after 3 failures it is dropped', async () => {
  const { queue, advance } = setup();
  const q = queue('a');
  const delivery = recorder(1);
  q.deliverThrough(delivery);
  await q.notify(reply(1));
  advance(1000);
  expect(await q.sweep()).toBe(0); // Teams failed: the claim holds
  await q.notify(reply(2));
  advance(1000);
  expect(await q.sweep()).toBe(0); // still claimed
  advance(4000);
  expect(await q.sweep()).toBe(1);
  expect(delivery.batches[0]?.events).toHaveLength(2);

  const failing = recorder(10);
  q.deliverThrough(failing);
  await q.notify(reply(3));
  advance(1000);
  for (let i = 0; i < 3; i++) {
    expect(await q.sweep()).toBe(0);
    advance(5000);
  }
  expect(await q.sweep()).toBe(0); // dropped, not retried forever, and not counted as delivered
  advance(60_000);
  expect(await q.sweep()).toBe(0);
  expect(failing.batches).toHaveLength(0);
});

test('a batch dropped after repeated failures takes only its own events: what arrived meanwhile goes out fresh', async () => {
  const { queue, advance, repository } = setup();
  const q = queue('a');
  const failing = recorder(3);
  q.deliverThrough(failing);
  await q.notify(reply(1));
  advance(1000);
  for (let i = 0; i < 3; i++) {
    expect(await q.sweep()).toBe(0); // attempt i + 1 failed
    if (i === 2) await q.notify(reply(2)); // arrives while the third attempt's claim holds
    advance(5000);
  }
  expect(await q.sweep()).toBe(1); // m-1 dropped; m-2 claimed as a new batch, first attempt, delivered
  expect(failing.batches.map((b) => b.events.map((e) => (e.kind === 'customerReplied' ? e.messageId : '')))).toEqual([['m-2']]);
  expect((await repository.getInbox(T, 'u1'))?.value).toMatchObject({ pending: [], sending: null, dueAt: null });
});

test('a delivery slower than its lease: the other instance never sends the card again, nor clears a claim that is not its own', async () => {
  const { queue, advance, repository } = setup();
  const a = queue('a');
  const b = queue('b');
  const bDelivery = recorder();
  b.deliverThrough(bDelivery);
  // a's feed notifications take longer than the lease; b sweeps meanwhile.
  const aDelivery = hooked(async () => {
    advance(6000);
    await b.sweep();
  });
  a.deliverThrough(aDelivery);
  await a.notify(reply(1));
  advance(1000);
  expect(await a.sweep()).toBe(1);
  expect(aDelivery.cards.length + bDelivery.batches.length).toBe(1);
  expect((await repository.getInbox(T, 'u1'))?.value).toMatchObject({ sending: null, pending: [] });
});

test('a claim taken over before the card went out: the first instance does not clear the second one\'s claim', async () => {
  const { queue, advance, repository } = setup();
  const a = queue('a');
  const b = queue('b');
  b.deliverThrough(recorder(10)); // b's delivery fails: its claim must stay for a retry
  a.deliverThrough(hooked(async () => undefined, async () => {
    advance(6000);
    await b.sweep();
  }));
  await a.notify(reply(1));
  advance(1000);
  await a.sweep();
  const inbox = (await repository.getInbox(T, 'u1'))?.value;
  expect(inbox?.sending?.claimedBy).toBe('b');
  expect(inbox?.sending?.events).toHaveLength(1);
});

test('an event notified again while its batch is being sent is not sent twice', async () => {
  const { queue, advance } = setup();
  const q = queue('a');
  const delivery = hooked(async () => {
    await q.notify(reply(1)); // a retried notify of the event being delivered
  });
  q.deliverThrough(delivery);
  await q.notify(reply(1));
  advance(1000);
  expect(await q.sweep()).toBe(1);
  advance(10_000);
  expect(await q.sweep()).toBe(0);
  expect(delivery.cards).toHaveLength(1);
});

test('each delivered batch is stored for its user only; the newest ones are kept, older ones deleted', async () => {
  const { queue, advance, repository } = setup();
  const q = queue('a');
  const delivery = hooked(async () => undefined);
  q.deliverThrough(delivery);
  for (let i = 1; i <= KEEP_BATCHES + 3; i++) {
    await q.notify(reply(i));
    advance(1000);
    expect(await q.sweep()).toBe(1);
  }
  const ids = delivery.cards.map((c) => c.batchId);
  expect(new Set(ids).size).toBe(KEEP_BATCHES + 3);
  const last = ids.at(-1) ?? '';
  expect((await repository.getBatch(T, 'u1', last))?.events).toEqual([reply(KEEP_BATCHES + 3)]);
  expect(await repository.getBatch(T, 'u2', last)).toBeNull();
  const kept = await Promise.all(ids.map((id) => repository.getBatch(T, 'u1', id)));
  expect(kept.map((b) => b !== null)).toEqual([...Array(3).fill(false), ...Array(KEEP_BATCHES).fill(true)]);
});

test('thirty events for one agent at once (a burst of mails on several instances): every one is kept', async () => {
  const { queue, advance } = setup();
  const q = queue('a');
  const delivery = recorder();
  q.deliverThrough(delivery);
  // Every writer reads the inbox before any writes: 29 lose each round, and win only by trying again.
  await Promise.all(Array.from({ length: 30 }, (_, i) => q.notify(reply(i + 1))));
  advance(1001);
  expect(await q.sweep()).toBe(1);
  expect(delivery.batches[0]?.events.map((e) => (e.kind === 'customerReplied' ? e.messageId : '')).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `m-${i + 1}`).sort());
});
