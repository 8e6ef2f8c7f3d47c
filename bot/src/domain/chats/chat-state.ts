/**
 * Changing what the bot knows of a chat: ETag-checked read-modify-write, retried on a race. The
 * chat's state changes with every message posted in the chat (its last message, E1), so in a busy
 * chat a write can lose several races in a row: retries wait a little longer each time, with a
 * random part so that writers racing each other (and the messages) spread out.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { ConflictError, PreconditionFailedError } from '../shared/errors';
import type { Clock, Versioned } from '../shared/types';
import type { ChatRepository, ChatState, PostedCard } from './chat-repository';

/** Cards remembered per chat; the oldest beyond this are no longer kept up to date. */
export const MAX_CARDS_PER_CHAT = 50;

/** Tries of one ETag-checked write before it gives up with ConflictError. */
export const WRITE_ATTEMPTS = 12;

/** The longest wait between two tries (the waits grow from a few ms up to this). */
const MAX_BACKOFF_MS = 1_000;

/**
 * How long to wait before try `attempt` (1 = the first retry): doubling from 10 ms up to
 * MAX_BACKOFF_MS, of which a random half ("equal jitter"). All retries together wait 2.6–5.3 s.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, 10 * 2 ** (attempt - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

/** What the bot knows of a chat it has heard nothing of yet. */
export function newChatState(tenantId: string, chatId: string, now: string): ChatState {
  return { tenantId, chatId, serviceUrl: null, appInstalled: false, expectingInstall: false, pendingIntros: [], updatedAt: now };
}

/** Applies `change` to the chat's state (a fresh one when there is none), starting from `known` when given. */
export async function updateChatState(
  chats: ChatRepository,
  clock: Clock,
  tenantId: string,
  chatId: string,
  change: (state: ChatState) => ChatState,
  known?: Versioned<ChatState>,
): Promise<Versioned<ChatState>> {
  let current: Versioned<ChatState> | null | undefined = known;
  for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
    if (attempt > 0) await sleep(backoffMs(attempt));
    current ??= await chats.getChatState(tenantId, chatId);
    const now = clock().toISOString();
    try {
      if (!current) return await chats.createChatState({ ...change(newChatState(tenantId, chatId, now)), updatedAt: now });
      return await chats.replaceChatState({ ...change(current.value), updatedAt: now }, current.etag);
    } catch (error) {
      if (!(error instanceof ConflictError || error instanceof PreconditionFailedError)) throw error;
      current = undefined;
    }
  }
  throw new ConflictError('error.conflict');
}

/** What `decide` makes of a chat's state: the state to write (null: nothing to write) and what that means. */
export interface Decision<T> {
  state: ChatState | null;
  outcome: T;
}

/**
 * Like updateChatState, for a change that decides something and may need no write at all:
 * `decide` sees the current state (and the time) and, on a race, decides again on the fresh one.
 * Returns the outcome with the state as stored afterwards; null when the chat has no state.
 */
export async function decideChatState<T>(
  chats: ChatRepository,
  clock: Clock,
  tenantId: string,
  chatId: string,
  decide: (state: ChatState, nowMs: number) => Decision<T>,
  known?: Versioned<ChatState>,
): Promise<{ outcome: T; state: Versioned<ChatState> } | null> {
  let current: Versioned<ChatState> | null | undefined = known;
  for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
    if (attempt > 0) await sleep(backoffMs(attempt));
    current ??= await chats.getChatState(tenantId, chatId);
    if (!current) return null;
    const now = clock();
    const decision = decide(current.value, now.getTime());
    if (!decision.state) return { outcome: decision.outcome, state: current };
    try {
      return { outcome: decision.outcome, state: await chats.replaceChatState({ ...decision.state, updatedAt: now.toISOString() }, current.etag) };
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
      current = undefined;
    }
  }
  throw new ConflictError('error.conflict');
}

/**
 * The state with `cards` remembered: per record and kind only the newest card is kept current (a
 * record card posted again replaces the older one in that role), at most MAX_CARDS_PER_CHAT.
 */
export function withCards(state: ChatState, cards: readonly PostedCard[]): ChatState {
  const role = (c: PostedCard) => `${c.recordId}|${c.kind}`;
  const replaced = new Set(cards.map(role));
  const all = [...(state.cards ?? []).filter((c) => !replaced.has(role(c))), ...cards];
  const newest = new Map(all.map((c) => [role(c), c]));
  return { ...state, cards: [...newest.values()].slice(-MAX_CARDS_PER_CHAT) };
}
