/** Intro cards (B4) go out exactly once per record and chat, even when flushes race, fail or die. */
import type { PostedCard } from '../../bot/src/domain/chats/chat-repository';
import type { ChatAddress, ChatPoster } from '../../bot/src/domain/chats/intro-port';
import { MAX_CARDS_PER_CHAT, withCards } from '../../bot/src/domain/chats/chat-state';
import { CLAIM_EXPIRY_MS, IntroQueue } from '../../bot/src/domain/chats/intro-queue';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { SettingsService } from '../../bot/src/domain/settings/settings-service';
import { MemoryAuditRepository, MemoryChatRepository, MemoryRecordTypeRepository, MemorySettingsRepository } from '../../bot/src/storage/memory/memory-repositories';

const T = 'tenant-1';
const CHAT = '19:intro@thread.v2';
const URL = 'https://smba.example/emea/';

class SlowPoster implements ChatPoster {
  readonly posted: string[] = [];
  /** The cards handed back once remembered, and whether the chat's state held them by then. */
  readonly remembered: Array<{ activityId: string; stored: boolean }> = [];
  constructor(private readonly chats: MemoryChatRepository) {}
  failNext = false;
  async postIntro(_address: ChatAddress, recordId: string): Promise<PostedCard> {
    await new Promise((r) => setTimeout(r, 20)); // a real post takes a while: room for a race
    if (this.failNext) {
      this.failNext = false;
      throw new Error('connector down');
    }
    this.posted.push(recordId);
    return { recordId, activityId: `m-${this.posted.length}`, kind: 'intro', locale: 'en' };
  }
  async cardsRemembered(address: ChatAddress, cards: readonly PostedCard[]): Promise<void> {
    const stored = (await this.chats.getChatState(address.tenantId, address.chatId))?.value.cards ?? [];
    for (const card of cards) this.remembered.push({ activityId: card.activityId, stored: stored.some((c) => c.activityId === card.activityId) });
  }
  async postJoined(): Promise<void> {}
}

function setup(start = Date.parse('2026-11-23T10:00:00Z')) {
  let now = start;
  const clock = () => new Date(now);
  const chats = new MemoryChatRepository();
  const types = new RecordTypeService(new MemoryRecordTypeRepository(), 0);
  const settings = new SettingsService(new MemorySettingsRepository(), new MemoryAuditRepository(), types, clock);
  const poster = new SlowPoster(chats);
  const queue = new IntroQueue(chats, poster, settings, clock);
  return { chats, poster, queue, advance: (ms: number) => { now += ms; } };
}

test('two flushes racing (the installation event and a retried connect) post each intro once', async () => {
  const { chats, poster, queue } = setup();
  await queue.prepare(T, CHAT, 'case-001', 'case', 'u1');
  await queue.prepare(T, CHAT, 'case-002', 'case', 'u1');
  await queue.prepare(T, CHAT, 'case-001', 'case', 'u1'); // asked twice: queued once
  const [installed] = await Promise.all([queue.installed(T, CHAT, URL), queue.postIfInstalled(T, CHAT), queue.postIfInstalled(T, CHAT)]);
  await queue.postIfInstalled(T, CHAT);
  expect(installed).toBe(false); // Casebridge's own installation: no welcome note
  expect(poster.posted.sort()).toEqual(['case-001', 'case-002']);
  const state = (await chats.getChatState(T, CHAT))?.value;
  expect(state?.pendingIntros).toEqual([]);
  expect(state?.introducedRecords?.sort()).toEqual(['case-001', 'case-002']);
  expect(state?.cards?.map((c) => c.recordId).sort()).toEqual(['case-001', 'case-002']);
  // Once introduced, a retried connect never queues it again.
  await queue.prepare(T, CHAT, 'case-001', 'case', 'u1');
  await queue.postIfInstalled(T, CHAT);
  expect(poster.posted).toHaveLength(2);
});

test('intro cards are handed back once remembered, so a change of the record saved meanwhile is redrawn (F5)', async () => {
  const { poster, queue } = setup();
  await queue.prepare(T, CHAT, 'case-001', 'case', 'u1');
  await queue.prepare(T, CHAT, 'case-002', 'case', 'u1');
  await queue.installed(T, CHAT, URL);
  expect(poster.remembered).toEqual([{ activityId: 'm-1', stored: true }, { activityId: 'm-2', stored: true }]);
  // A record disconnected while its intro went out: its card is not remembered, nor handed back.
  await queue.prepare(T, CHAT, 'case-003', 'case', 'u1');
  await Promise.all([queue.postIfInstalled(T, CHAT), queue.forget(T, CHAT, 'case-003')]);
  expect(poster.posted).toEqual(['case-001', 'case-002', 'case-003']);
  expect(poster.remembered).toHaveLength(2);
});

test('an intro whose posting failed stays queued and goes out on the next flush', async () => {
  const { chats, poster, queue } = setup();
  await queue.prepare(T, CHAT, 'case-001', 'case', 'u1');
  poster.failNext = true;
  await expect(queue.installed(T, CHAT, URL)).rejects.toThrow('connector down');
  expect((await chats.getChatState(T, CHAT))?.value.pendingIntros).toEqual([{ recordId: 'case-001', requestedBy: 'u1' }]);
  await queue.postIfInstalled(T, CHAT);
  expect(poster.posted).toEqual(['case-001']);
});

test('a claim left by a flush that died is taken again only once it has expired', async () => {
  const { chats, poster, queue, advance } = setup();
  await queue.prepare(T, CHAT, 'case-001', 'case', 'u1');
  const state = await chats.getChatState(T, CHAT);
  if (!state) throw new Error('no state');
  // A flush claimed the intro and the process died before posting it.
  await chats.replaceChatState({ ...state.value, appInstalled: true, serviceUrl: URL, pendingIntros: [{ recordId: 'case-001', requestedBy: 'u1', claimedAt: '2026-11-23T10:00:00.000Z' }] }, state.etag);
  await queue.postIfInstalled(T, CHAT);
  expect(poster.posted).toEqual([]); // still someone else's
  advance(CLAIM_EXPIRY_MS + 1);
  await queue.postIfInstalled(T, CHAT);
  expect(poster.posted).toEqual(['case-001']);
});

test('a chat keeps the newest card per record and kind current, and at most MAX_CARDS_PER_CHAT', () => {
  const base = { tenantId: T, chatId: CHAT, serviceUrl: URL, appInstalled: true, expectingInstall: false, pendingIntros: [], updatedAt: '' };
  const card = (recordId: string, kind: 'intro' | 'record', activityId: string): PostedCard => ({ recordId, kind, activityId, locale: 'en' });
  let state = withCards(base, [card('r1', 'intro', 'm1'), card('r1', 'record', 'm2')]);
  state = withCards(state, [card('r1', 'record', 'm3'), card('r2', 'record', 'm4')]);
  expect(state.cards?.map((c) => c.activityId)).toEqual(['m1', 'm3', 'm4']);
  for (let i = 0; i < MAX_CARDS_PER_CHAT + 5; i++) state = withCards(state, [card(`x${i}`, 'record', `n${i}`)]);
  expect(state.cards).toHaveLength(MAX_CARDS_PER_CHAT);
  expect(state.cards?.at(-1)?.activityId).toBe(`n${MAX_CARDS_PER_CHAT + 4}`);
});
