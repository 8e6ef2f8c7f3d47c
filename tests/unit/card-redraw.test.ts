/**
 * F5 across instances (domain/chats/card-redraw.ts): one run at a time redraws a record's cards in
 * a chat, and a card never goes back to an older version of its record. The interleavings of the
 * module's comment, played with two runs over the in-memory repository (ETag-checked writes).
 */
import { claimRedraw, finishRedraw, recordVersion, REDRAW_LEASE_MS, type ClaimOutcome, type FinishOutcome, type NextRound } from '../../bot/src/domain/chats/card-redraw';
import type { ChatState, PostedCard } from '../../bot/src/domain/chats/chat-repository';
import { backoffMs, decideChatState, newChatState, WRITE_ATTEMPTS } from '../../bot/src/domain/chats/chat-state';
import { MemoryChatRepository } from '../../bot/src/storage/memory/memory-repositories';

const T = 'tenant-1';
const CHAT = '19:redraw@thread.v2';
const START = Date.parse('2026-11-23T10:00:00Z');
const card = (activityId: string, version?: number): PostedCard => ({ recordId: 'r1', activityId, kind: 'intro', locale: 'en', version });

/**
 * A chat busy with messages: until `busyUntil` (real time), a message lands between every read of
 * the chat's state and the write that follows it, as the E1 patch does, so that write loses its ETag check.
 */
class BusyChats extends MemoryChatRepository {
  busyUntil = 0;
  messages = 0;
  override async replaceChatState(state: ChatState, etag: string) {
    if (Date.now() < this.busyUntil) {
      this.messages++;
      await this.recordLastMessage(state.tenantId, state.chatId, { id: `m${this.messages}`, fromUserId: null, fromName: 'Sofie', at: '', atMs: this.messages });
    }
    return super.replaceChatState(state, etag);
  }
}

function setup(cards: PostedCard[], chats = new MemoryChatRepository()) {
  let now = START;
  const clock = () => new Date(now);
  const ready = chats.createChatState({ ...newChatState(T, CHAT, clock().toISOString()), serviceUrl: 'https://smba.example/', cards });
  const claim = async (run: string, version: number): Promise<ClaimOutcome | undefined> =>
    (await decideChatState(chats, clock, T, CHAT, (s, nowMs) => claimRedraw(s, 'r1', run, version, nowMs)))?.outcome;
  const finish = async (run: string, drawn: Record<string, number>, next: NextRound = 'ifAsked'): Promise<FinishOutcome | undefined> =>
    (await decideChatState(chats, clock, T, CHAT, (s, nowMs) => finishRedraw(s, 'r1', run, new Map(Object.entries(drawn)), nowMs, next)))?.outcome;
  const state = async (): Promise<ChatState | undefined> => (await chats.getChatState(T, CHAT))?.value;
  return { ready, claim, finish, state, advance: (ms: number) => { now += ms; } };
}

test('the version of a record is its updatedAt in epoch ms', () => {
  expect(recordVersion({ updatedAt: '2026-11-23T10:00:00.001Z' })).toBe(START + 1);
  expect(recordVersion({ updatedAt: 'not a date' })).toBe(0);
});

test('X (version 1) claims first, Y (version 2) meanwhile: Y sends nothing, X draws 2 before letting go', async () => {
  const { ready, claim, finish, state } = setup([card('m1', 0)]);
  await ready;
  expect(await claim('X', 1)).toBe('mine');
  expect(await claim('Y', 2)).toBe('queued');
  expect(await claim('Z', 2)).toBe('queued'); // asked already: no second mark needed
  expect(await finish('X', { m1: 1 })).toEqual({ kind: 'again', atLeast: 2, untilMs: START + REDRAW_LEASE_MS });
  expect((await state())?.cards?.[0]?.version).toBe(1);
  expect(await finish('X', { m1: 2 })).toEqual({ kind: 'done' });
  expect(await state()).toMatchObject({ cards: [{ activityId: 'm1', version: 2 }], redraws: [] });
});

test('Y (version 2) drew first: X (version 1) finds a newer card and neither writes nor sends', async () => {
  const { ready, claim, finish, state } = setup([card('m1', 0), { ...card('m2', 0), kind: 'record' }]);
  await ready;
  expect(await claim('Y', 2)).toBe('mine');
  expect(await finish('Y', { m1: 2, m2: 2 })).toEqual({ kind: 'done' });
  const before = await state();
  expect(await claim('X', 1)).toBe('nothing');
  expect(await state()).toEqual(before);
  expect(await claim('X', 2)).toBe('mine'); // the same version again (a member joined): redrawn
});

test('a card that no run holds a lease for, or a chat without cards of the record: nothing to claim', async () => {
  const { ready, claim } = setup([{ ...card('m1', 0), recordId: 'r2' }]);
  await ready;
  expect(await claim('X', 1)).toBe('nothing');
});

test('a holder that died: its lease runs out and the next run takes it over; the dead one\'s finish is refused', async () => {
  const { ready, claim, finish, advance, state } = setup([card('m1')]);
  await ready;
  expect(await claim('X', 1)).toBe('mine');
  advance(REDRAW_LEASE_MS - 1);
  expect(await claim('Y', 2)).toBe('queued');
  advance(2);
  expect(await claim('Z', 3)).toBe('mine');
  expect(await finish('X', { m1: 1 })).toEqual({ kind: 'lost' });
  expect((await state())?.cards?.[0]?.version).toBeUndefined(); // what X drew is not trusted
  expect(await finish('Z', { m1: 3 })).toEqual({ kind: 'done' });
  expect((await state())?.cards?.[0]?.version).toBe(3);
});

test('a holder past its time that nobody took over may still finish: the ETag check proves the lease is its own', async () => {
  const { ready, claim, finish, advance } = setup([card('m1')]);
  await ready;
  expect(await claim('X', 1)).toBe('mine');
  advance(REDRAW_LEASE_MS + 1);
  expect(await finish('X', { m1: 1 })).toEqual({ kind: 'done' });
});

test('a round cut short keeps the lease for another; the last round gives it back even when asked again', async () => {
  const { ready, claim, finish, state } = setup([card('m1')]);
  await ready;
  expect(await claim('X', 1)).toBe('mine');
  expect(await finish('X', {}, 'always')).toMatchObject({ kind: 'again', atLeast: 1 });
  expect(await claim('Y', 2)).toBe('queued');
  expect(await finish('X', { m1: 1 }, 'never')).toEqual({ kind: 'done' });
  expect((await state())?.redraws).toEqual([]);
});

test('two runs claiming from the same read: one write wins, the other decides again on the fresh state', async () => {
  const { ready, claim } = setup([card('m1')]);
  await ready;
  const outcomes = await Promise.all([claim('X', 1), claim('Y', 2)]);
  expect(outcomes.sort()).toEqual(['mine', 'queued']);
});

test('retries of a lost ETag race wait longer each time, half of it at random, 2.6 to 5.3 s in all', () => {
  expect([backoffMs(1, () => 0), backoffMs(1, () => 1), backoffMs(3, () => 0.5), backoffMs(30, () => 1)]).toEqual([5, 10, 30, 1_000]);
  const waits = (random: () => number) => Array.from({ length: WRITE_ATTEMPTS - 1 }, (_, i) => backoffMs(i + 1, random)).reduce((a, b) => a + b, 0);
  expect(waits(() => 0)).toBeGreaterThan(2_500);
  expect(waits(() => 1)).toBeLessThan(6_000);
});

test('in a chat busy with messages the lease is still claimed and given back: no ConflictError', async () => {
  const chats = new BusyChats();
  const { ready, claim, finish, state } = setup([card('m1', 0)], chats);
  await ready;
  chats.busyUntil = Date.now() + 300; // every write in the next 300 ms races a message
  expect(await claim('X', 1)).toBe('mine');
  chats.busyUntil = Date.now() + 300;
  expect(await finish('X', { m1: 1 })).toEqual({ kind: 'done' });
  expect(chats.messages).toBeGreaterThan(5);
  expect(await state()).toMatchObject({ cards: [{ activityId: 'm1', version: 1 }], redraws: [] });
}, 30_000);
