/**
 * F5: keeping every copy of a record's cards current (record-cards.ts posts them). After any saved
 * change of a record — from a card or from the tab — every card of that record in every connected
 * chat is updated in place, never by an older version of the record than the card shows,
 * whichever instance draws it (the lease and versions of domain/chats/card-redraw.ts, where the
 * interleavings are written down).
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { claimRedraw, finishRedraw, recordVersion, SEND_MARGIN_MS, type NextRound } from '../domain/chats/card-redraw';
import type { ChatRepository, ChatState, PostedCard } from '../domain/chats/chat-repository';
import { decideChatState } from '../domain/chats/chat-state';
import type { ServiceRecord } from '../domain/records/record';
import { ConflictError } from '../domain/shared/errors';
import type { RecordRepository } from '../domain/records/record-repository';
import type { RecordObserver } from '../domain/records/record-service';
import type { Clock, Versioned } from '../domain/shared/types';
import type { RecordCards, RememberedCardsObserver } from './record-cards';
import type { ConversationThrottle } from './send-throttle';

/** Rounds one run draws while others keep asking for more; then it gives the lease back. */
const MAX_ROUNDS = 20;

/**
 * A re-check waiting for a lease to run out fires this much after it (timers are not exact, and
 * the lease counts as live up to its last millisecond).
 */
const RECHECK_SLACK_MS = 1_000;

/** A run that could not write its claim even after all retries (a very busy chat) tries again this much later. */
const CLAIM_RETRY_MS = 10_000;

/** A send was about to start with too little of the run's lease left (card-redraw.ts, case 6). */
class LeaseRunningOut extends Error {
  constructor() {
    super('the redraw lease runs out');
    this.name = 'LeaseRunningOut';
  }
}

/** A held redraw lease: the chat's state as this run last wrote it, and until when the lease holds. */
interface Lease {
  state: Versioned<ChatState>;
  untilMs: number;
}

export interface CardRedrawsDeps {
  /** Draws the cards: the same messages, members and proactive turns as posting them. */
  cards: RecordCards;
  records: RecordRepository;
  chats: ChatRepository;
  /** The same throttle the cards are posted through: Teams' limits are per conversation. */
  throttle: ConversationThrottle;
  clock: Clock;
  logger: Logger;
}

export class CardRedraws implements RecordObserver, RememberedCardsObserver {
  /** Records whose copies are being updated, and those changed again meanwhile. */
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  /** Redraws due later in one chat (record and chat → when, and its timer): see recheckAt. */
  private readonly rechecks = new Map<string, { atMs: number; timer: NodeJS.Timeout }>();
  private stopped = false;

  constructor(private readonly deps: CardRedrawsDeps) {}

  /**
   * Cards just remembered in a chat (posted for a mention, or intro cards): a change of their
   * record saved while they went out was redrawn before they were known (card-redraw.ts, case 4),
   * so the record is read again and the cards redrawn when it has moved on since they were drawn.
   */
  async remembered(tenantId: string, chatId: string, cards: readonly PostedCard[]): Promise<void> {
    for (const card of cards) {
      try {
        const now = await this.deps.records.get(tenantId, card.recordId);
        if (now && recordVersion(now.value) > (card.version ?? 0)) this.schedule(tenantId, card.recordId, chatId);
      } catch (error) {
        this.deps.logger.warn({ err: error, chat: chatId, record: card.recordId }, 'could not check a remembered card');
      }
    }
  }

  /** RecordObserver: update the record's cards in the background, one run per record at a time. */
  recordChanged(tenantId: string, recordId: string): void {
    this.schedule(tenantId, recordId, null);
  }

  /** A member joined one chat: redraw the record's cards there (their refresh lists the members). */
  memberJoined(tenantId: string, chatId: string, recordId: string): void {
    this.schedule(tenantId, recordId, chatId);
  }

  private schedule(tenantId: string, recordId: string, onlyChat: string | null): void {
    if (this.stopped) return;
    const key = `${tenantId}|${recordId}|${onlyChat ?? '*'}`;
    if (this.running.has(key)) {
      this.again.add(key);
      return;
    }
    const run = (async () => {
      try {
        do {
          this.again.delete(key);
          try {
            await this.updateCopies(tenantId, recordId, onlyChat);
          } catch (error) {
            this.deps.logger.error({ err: error, tenant: tenantId, record: recordId }, 'updating record cards failed');
          }
        } while (this.again.has(key));
      } finally {
        // In the same step as the last check: a change arriving from now on starts a new run.
        this.running.delete(key);
      }
    })();
    this.running.set(key, run);
  }

  /**
   * Redraws the record's cards in the chat at `atMs` (by this process's clock), or earlier when a
   * re-check is due earlier anyway. For a lease this run found held, or could not give back: its
   * holder may be gone, and a mark on it ("again") would be lost with it. Harmless when the cards
   * are current by then: the run finds nothing to draw (one read of the record and of the chat).
   */
  private recheckAt(tenantId: string, recordId: string, chatId: string, atMs: number): void {
    if (this.stopped) return;
    const key = `${tenantId}|${recordId}|${chatId}`;
    const due = this.rechecks.get(key);
    // The earlier one suffices: should it find a lease held still, it waits for that one in turn.
    if (due && due.atMs <= atMs) return;
    if (due) clearTimeout(due.timer);
    const delayMs = Math.max(0, atMs - this.deps.clock().getTime()) + RECHECK_SLACK_MS;
    const timer = setTimeout(() => {
      this.rechecks.delete(key);
      this.schedule(tenantId, recordId, chatId);
    }, delayMs);
    timer.unref(); // a re-check never keeps the process alive
    this.rechecks.set(key, { atMs, timer });
  }

  /** Drops the re-checks still due and starts no new run (shutdown); runs under way finish (idle). */
  stop(): void {
    this.stopped = true;
    for (const { timer } of this.rechecks.values()) clearTimeout(timer);
    this.rechecks.clear();
  }

  /** Resolves when no card update is running (tests, benchmarks, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  /** Redraws every copy of the record's cards in every chat it is connected to (or in `onlyChat`); returns how many. */
  async updateCopies(tenantId: string, recordId: string, onlyChat: string | null = null): Promise<number> {
    const found = await this.deps.records.get(tenantId, recordId);
    if (!found) return 0;
    let updated = 0;
    const connections = onlyChat ? [{ chatId: onlyChat }] : await this.deps.chats.connectionsOfRecord(tenantId, recordId);
    for (const connection of connections) {
      // One chat failing (gone, bot removed, Teams down) does not keep the others stale.
      try {
        updated += await this.updateInChat(tenantId, connection.chatId, found);
      } catch (error) {
        this.deps.logger.warn({ err: error, chat: connection.chatId, record: recordId }, 'could not update the record cards of a chat');
      }
    }
    return updated;
  }

  /**
   * Redraws the record's cards in one chat under the chat's redraw lease (card-redraw.ts): claims
   * it, draws, and gives it back — drawing again first when another run asked meanwhile.
   */
  private async updateInChat(tenantId: string, chatId: string, found: Versioned<ServiceRecord>): Promise<number> {
    const recordId = found.value.id;
    const known = await this.deps.chats.getChatState(tenantId, chatId);
    const serviceUrl = known?.value.serviceUrl;
    if (!known || !serviceUrl || !(known.value.cards ?? []).some((c) => c.recordId === recordId)) return 0;
    const run = randomUUID();
    let lease = await this.claim(tenantId, chatId, run, found, known);
    if (!lease) return 0;
    let record = found;
    let updated = 0;
    const finish = (held: Lease, drawn: ReadonlyMap<string, number>, next: NextRound) =>
      decideChatState(this.deps.chats, this.deps.clock, tenantId, chatId, (s, nowMs) => finishRedraw(s, recordId, run, drawn, nowMs, next), held.state);
    try {
      await this.deps.cards.inConversation(tenantId, chatId, serviceUrl, async (context) => {
        for (let round = 1; lease; round++) {
          const { drawn, complete } = await this.draw(context, chatId, lease, record);
          updated += drawn.size;
          const finished = await finish(lease, drawn, round >= MAX_ROUNDS ? 'never' : complete ? 'ifAsked' : 'always');
          lease = null;
          if (!finished || finished.outcome.kind === 'done') return;
          if (finished.outcome.kind === 'lost') {
            // Taken over while this run was slow (case 6): what it drew may have landed after the
            // new holder's drawing, so it asks for a drawing of at least its version.
            lease = await this.claim(tenantId, chatId, run, record, finished.state);
            continue;
          }
          lease = { state: finished.state, untilMs: finished.outcome.untilMs };
          record = (await this.recordAtLeast(tenantId, recordId, finished.outcome.atLeast)) ?? record;
        }
      });
    } catch (error) {
      // Give the lease back rather than leave the record's cards here to wait for it to run out.
      // Should that fail too, the lease is held until it runs out, and the runs queued on it meanwhile
      // draw nothing: the cards are drawn again then.
      const held = lease;
      if (held) await finish(held, new Map(), 'never').catch(() => this.recheckAt(tenantId, recordId, chatId, held.untilMs));
      throw error;
    }
    return updated;
  }

  /**
   * Claims the chat's redraw lease for the record (or marks the holder's); the lease when this run
   * holds it. Queued on another run's lease, or unable to write the claim at all, it makes sure the
   * cards are drawn later all the same (recheckAt): once that lease has run out, or a little later.
   */
  private async claim(tenantId: string, chatId: string, run: string, record: Versioned<ServiceRecord>, known: Versioned<ChatState>): Promise<Lease | null> {
    const recordId = record.value.id;
    const version = recordVersion(record.value);
    const claimed = await decideChatState(this.deps.chats, this.deps.clock, tenantId, chatId, (s, nowMs) => claimRedraw(s, recordId, run, version, nowMs), known).catch((error: unknown) => {
      if (error instanceof ConflictError) this.recheckAt(tenantId, recordId, chatId, this.deps.clock().getTime() + CLAIM_RETRY_MS);
      throw error;
    });
    const leases = (claimed?.state.value.redraws ?? []).filter((r) => r.recordId === recordId);
    if (claimed?.outcome === 'queued') {
      const holderUntil = Math.max(...leases.map((r) => r.untilMs));
      if (Number.isFinite(holderUntil)) this.recheckAt(tenantId, recordId, chatId, holderUntil);
      return null;
    }
    const mine = claimed?.outcome === 'mine' ? leases.find((r) => r.by === run) : undefined;
    return claimed && mine ? { state: claimed.state, untilMs: mine.untilMs } : null;
  }

  /**
   * Sends the record's cards that show no newer version; returns the version each now shows.
   * Incomplete when a send was due with too little of the lease left (the next round sends it).
   */
  private async draw(context: TurnContext, chatId: string, lease: Lease, record: Versioned<ServiceRecord>): Promise<{ drawn: Map<string, number>; complete: boolean }> {
    const version = recordVersion(record.value);
    const cards = (lease.state.value.cards ?? []).filter((c) => c.recordId === record.value.id && (c.version ?? 0) <= version);
    const drawn = new Map<string, number>();
    if (cards.length === 0) return { drawn, complete: true };
    const members = await this.deps.cards.memberIds(context);
    for (const card of cards) {
      const { message } = await this.deps.cards.sharedMessage(record, card.kind, members);
      try {
        await this.deps.throttle.run(chatId, () => {
          // Checked when the send really starts, after any wait in the throttle's queue.
          if (this.deps.clock().getTime() > lease.untilMs - SEND_MARGIN_MS) throw new LeaseRunningOut();
          return context.updateActivity({ ...message, id: card.activityId, type: 'message' });
        });
        drawn.set(card.activityId, version);
      } catch (error) {
        if (error instanceof LeaseRunningOut) return { drawn, complete: false };
        // A deleted message cannot be updated; the others still are.
        this.deps.logger.warn({ err: error, chat: chatId, activity: card.activityId }, 'could not update a record card');
      }
    }
    return { drawn, complete: true };
  }

  /**
   * The record, at least version `atLeast` (which another run has read): a replica behind may
   * answer an older one for a moment (card-redraw.ts, case 7). Null when the record is gone.
   */
  private async recordAtLeast(tenantId: string, recordId: string, atLeast: number): Promise<Versioned<ServiceRecord> | null> {
    for (let attempt = 0; ; attempt++) {
      const found = await this.deps.records.get(tenantId, recordId);
      if (!found || recordVersion(found.value) >= atLeast || attempt >= 4) return found;
      await sleep(50 * 2 ** attempt);
    }
  }
}
