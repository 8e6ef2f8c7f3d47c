/**
 * D2–D5: adding a person to a record's chat, safe against tries racing in any number of processes.
 *
 * The person's join note in the chat's state (JoinNote) is the only lock, taken with an
 * ETag-checked write on the state the try read before asking Teams whether the person is in the
 * chat. The try holding it adds the person in Teams, writes the timeline and audit entries (their
 * ids come from the note, so a takeover writes the same ones), takes the note off — and only a try
 * that takes off its own note tells the chat. Every other try waits for the note to go and then
 * finds the person a member: one join, one message, however many tries in however many processes.
 * A try that fails lets go of the note, so the next try finishes the join; one that died with its
 * process holds it until its claim is JOIN_LEASE_MS old. A try that takes a note over asks Teams
 * who is in the chat before adding anyone: the try before may have added the person already.
 */
import { randomUUID } from 'node:crypto';
import type { Caller } from '../access/access';
import type { ServiceRecord } from '../records/record';
import type { AuditRepository } from '../settings/settings-repository';
import { ConflictError, PreconditionFailedError } from '../shared/errors';
import type { Clock, Versioned } from '../shared/types';
import type { TimelineEntry } from '../timeline/timeline';
import type { ChatRepository, ChatState, JoinNote } from './chat-repository';
import { newChatState, updateChatState } from './chat-state';
import type { ChatPoster } from './intro-port';
import { isRefusal } from './teams-failure';
import { TeamsCallError, type ActingApp, type TeamsPort } from './teams-port';

/** How long a try may hold a join before another may take it over: longer than the Graph client's retries of the two calls a try makes (about 70 s each). */
export const JOIN_LEASE_MS = 3 * 60_000;

/** A join note older than this is forgotten: the person's next try starts a new join. */
export const UNFINISHED_JOIN_MS = 24 * 60 * 60_000;

/** How long a try waits for a racing try of the same person to finish before answering "try again". */
export const JOIN_WAIT_MS = 20_000;

/** Lost ETag races a try retries at once before it starts pausing between tries. */
const IMMEDIATE_RETRIES = 3;

export interface ChatJoinsDeps {
  chats: ChatRepository;
  teams: TeamsPort;
  poster: ChatPoster;
  audit: AuditRepository;
  /** Writes a chat entry on the record's timeline when its type keeps them (B7). */
  writeEntry: (recordType: string, entry: TimelineEntry) => Promise<void>;
  clock: Clock;
  /** A new try's id (default: a random UUID). */
  newId?: () => string;
  /** Pauses a waiting try (default: a timer). */
  sleep?: (ms: number) => Promise<void>;
}

const heldByAnother = (note: JoinNote, now: number): boolean =>
  !!note.claimedBy && !!note.claimedAt && now - Date.parse(note.claimedAt) < JOIN_LEASE_MS;

const current = (note: JoinNote, now: number): boolean => now - Date.parse(note.at) < UNFINISHED_JOIN_MS;

export class ChatJoins {
  private readonly newId: () => string;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly deps: ChatJoinsDeps) {
    this.newId = deps.newId ?? randomUUID;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Adds the caller to the chat with the whole history; `alreadyMember` is false for exactly one try per join. */
  async join(caller: Caller, record: ServiceRecord, chatId: string, chatName: string | null): Promise<{ alreadyMember: boolean }> {
    const { tenantId } = caller;
    const userId = caller.user.id;
    const claimed = await this.claim(tenantId, chatId, userId, record.id);
    if (!claimed) return { alreadyMember: true };
    const { note, takenOver } = claimed;
    const claim = note.claimedBy ?? '';
    try {
      await this.addToChat(tenantId, chatId, userId, takenOver);
    } catch (error) {
      // Teams refused, with the person not in the chat: nothing to finish. A timeout, a server
      // error or an unreadable answer may hide an add that went through: the note stays, let go
      // of, for the next try (which asks Teams who is in the chat first).
      const refused = error instanceof TeamsCallError && isRefusal(error);
      await this.letGo(tenantId, chatId, claim, refused ? 'drop' : 'release').catch(() => undefined);
      throw error;
    }
    const entryId = `join:${chatId}:${userId}:${note.at}`;
    try {
      await this.deps.writeEntry(record.type, {
        id: entryId, tenantId, recordId: record.id, kind: 'memberJoined', at: note.at, actorId: userId, chatId, chatName,
      });
      await this.deps.audit.put([{
        id: entryId, tenantId, subject: `record:${record.id}`, revision: 0, at: note.at, actorId: userId,
        path: 'chat.joined', oldValue: null, newValue: { chatId },
      }]);
    } catch (error) {
      await this.letGo(tenantId, chatId, claim, 'release').catch(() => undefined);
      throw error;
    }
    // Only the try that takes off its own note tells the chat. One whose note another try took
    // over (its claim ran out) leaves the telling to that one.
    const done = await this.letGo(tenantId, chatId, claim, 'drop');
    if (!done) return { alreadyMember: true };
    const serviceUrl = done.value.serviceUrl;
    if (!serviceUrl) return { alreadyMember: false };
    try {
      await this.deps.poster.postJoined({ tenantId, chatId, serviceUrl }, userId, record.id);
    } catch (error) {
      // The note goes back, let go of, so the next try tells the chat.
      await this.update(tenantId, chatId, (s) => ({
        ...s,
        joining: [...(s.joining ?? []).filter((j) => j.userId !== userId), { ...note, claimedBy: null, claimedAt: null }],
      })).catch(() => undefined);
      throw error;
    }
    return { alreadyMember: false };
  }

  /**
   * Adds the person in Teams. A try that took over a note first asks who is in the chat: the try
   * before may have added them, and Teams answers a second add with 409 (or adds them again). A
   * 409 is the person being a member already: the outcome wanted (a racing add came first).
   */
  private async addToChat(tenantId: string, chatId: string, userId: string, takenOver: boolean): Promise<void> {
    const app: ActingApp = { tenantId, app: true };
    if (takenOver && (await this.deps.teams.listChatMembers(app, chatId)).some((m) => m.userId === userId)) return;
    try {
      await this.deps.teams.addChatMembers(app, chatId, [userId], { withFullHistory: true });
    } catch (error) {
      if (error instanceof TeamsCallError && error.kind === 'conflict') return;
      throw error;
    }
  }

  /**
   * Takes the person's join note for this try: a new one, or (`takenOver`) one a failed or dead
   * try left. Null when the person is in the chat with nothing left to finish. Waits while another
   * try holds it.
   */
  private async claim(tenantId: string, chatId: string, userId: string, recordId: string): Promise<{ note: JoinNote; takenOver: boolean } | null> {
    const id = this.newId();
    let pauses = 0;
    let waitedMs = 0;
    let lostRaces = 0;
    const pause = async () => {
      if (waitedMs >= JOIN_WAIT_MS) throw new ConflictError('error.conflict.joinPending');
      const ms = Math.min(50 * 2 ** pauses++, 400);
      await this.sleep(ms);
      waitedMs += ms;
    };
    for (;;) {
      const state = await this.deps.chats.getChatState(tenantId, chatId);
      const nowDate = this.deps.clock();
      const now = nowDate.getTime();
      const notes = (state?.value.joining ?? []).filter((j) => current(j, now));
      const mine = notes.find((j) => j.userId === userId);
      if (mine && heldByAnother(mine, now)) {
        await pause();
        continue;
      }
      const at = nowDate.toISOString();
      const takenOver = mine?.recordId === recordId;
      let note: JoinNote;
      if (mine && takenOver) {
        note = { ...mine, claimedBy: id, claimedAt: at };
      } else {
        // No join of theirs to finish (a note a failed try left for another record is replaced):
        // a member already needs nothing. Asked after reading the state, so a join finishing in
        // between changes the ETag and this try looks again.
        const members = await this.deps.teams.listChatMembers({ tenantId, app: true }, chatId);
        if (members.some((m) => m.userId === userId)) return null;
        note = { userId, recordId, at, claimedBy: id, claimedAt: at };
      }
      const joining = [...notes.filter((j) => j.userId !== userId), note];
      try {
        await this.write(state, { ...(state?.value ?? newChatState(tenantId, chatId, at)), joining, updatedAt: at });
        return { note, takenOver };
      } catch (error) {
        if (!(error instanceof ConflictError || error instanceof PreconditionFailedError)) throw error;
        // Another try (or any change to the chat) came first: look again.
        if (++lostRaces > IMMEDIATE_RETRIES) await pause();
      }
    }
  }

  private write(known: Versioned<ChatState> | null, next: ChatState): Promise<Versioned<ChatState>> {
    return known ? this.deps.chats.replaceChatState(next, known.etag) : this.deps.chats.createChatState(next);
  }

  /**
   * Ends this try's hold on its note: `drop` takes the note off (the join is done, or Teams
   * refused it), `release` leaves it for the next try. Null when the note is no longer this try's.
   */
  private async letGo(tenantId: string, chatId: string, claim: string, how: 'drop' | 'release'): Promise<Versioned<ChatState> | null> {
    let ours = false;
    const saved = await this.update(tenantId, chatId, (s) => {
      const joining = s.joining ?? [];
      ours = joining.some((j) => j.claimedBy === claim);
      if (!ours) return s;
      return {
        ...s,
        joining: how === 'drop'
          ? joining.filter((j) => j.claimedBy !== claim)
          : joining.map((j) => (j.claimedBy === claim ? { ...j, claimedBy: null, claimedAt: null } : j)),
      };
    });
    return ours ? saved : null;
  }

  private update(tenantId: string, chatId: string, change: (state: ChatState) => ChatState): Promise<Versioned<ChatState>> {
    return updateChatState(this.deps.chats, this.deps.clock, tenantId, chatId, change);
  }
}
