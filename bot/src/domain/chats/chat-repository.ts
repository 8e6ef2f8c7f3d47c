/** Storage contract for chat connections and the per-chat facts the bot learns. */
import type { Versioned } from '../shared/types';
import type { ChatConnection } from './connection';

export interface PendingIntro {
  recordId: string;
  requestedBy: string;
  /** Set while one flush posts it; a claim older than a couple of minutes was lost to a crash. */
  claimedAt?: string | undefined;
}

/** The newest message of a chat the bot has seen (E1). */
export interface LastMessage {
  /** The Teams message id (the activity id). */
  id: string;
  fromUserId: string | null;
  fromName: string;
  at: string;
  /** `at` in epoch milliseconds: what "newer" is decided on. */
  atMs: number;
}

/** A record card (or intro card) the bot posted in a chat, kept current after every change (F5). */
export interface PostedCard {
  recordId: string;
  /** The message's activity id, for updateActivity. */
  activityId: string;
  kind: 'intro' | 'record';
  /** The language it was posted in (a chat's shared card has one). */
  locale: string;
  /**
   * The version of the record the card shows (recordVersion: its updatedAt in epoch ms, which
   * only grows). A redraw never replaces it with an older one. Absent on cards stored before.
   */
  version?: number | undefined;
}

/**
 * F5: one run redrawing a record's cards in a chat — at most one per record and chat across all
 * instances (see card-redraw.ts). Taken and given back with ETag-checked writes of the chat state.
 */
export interface CardRedraw {
  recordId: string;
  /** The run holding it (random per run). */
  by: string;
  /** Epoch ms after which it counts as lost with its process. */
  untilMs: number;
  /** Another run wanted the cards redrawn meanwhile: the holder draws once more before letting go. */
  again: boolean;
  /** The newest record version such a run had read: the holder's next drawing is at least that new. */
  atLeast: number;
}

/**
 * D2: a join under way — written (ETag-checked) before the app adds the person in Teams, removed
 * once the timeline, audit and "joined" message are written. Its `at` names the join: a join cut
 * off in between is finished by the person's next try as the same join (same timeline and audit
 * entry), instead of being answered "already a member".
 */
export interface JoinNote {
  userId: string;
  recordId: string;
  at: string;
  /**
   * The try working on it now: others wait for it instead of joining a second time. Null (or
   * absent, in notes written before claims existed) when the try gave up, so the next takes over.
   */
  claimedBy?: string | null | undefined;
  /** When that try claimed it: a claim older than JOIN_LEASE_MS was lost with its process. */
  claimedAt?: string | null | undefined;
}

/** What the bot knows of a chat: where to send to it, and whether the app is in it. */
export interface ChatState {
  tenantId: string;
  chatId: string;
  /** The Bot Framework service URL Teams gave for this conversation. */
  serviceUrl: string | null;
  appInstalled: boolean;
  /** Casebridge itself is installing the app (C2, C3): the installation needs no welcome note. */
  expectingInstall: boolean;
  /** Intro cards waiting for the app to be installed: the record, and who asked (their language). */
  pendingIntros: PendingIntro[];
  /** Records whose intro was posted in this chat: a retried connect never posts it twice. */
  introducedRecords?: string[] | undefined;
  /** D2: joins under way, at most one per person (see JoinNote). */
  joining?: JoinNote[] | undefined;
  /** F5: the record cards posted here, newest last. */
  cards?: PostedCard[] | undefined;
  /** F5: redraws of record cards under way here (at most one per record). */
  redraws?: CardRedraw[] | undefined;
  /** E1: set by the bot as messages arrive; never moves backwards. */
  lastMessage?: LastMessage | undefined;
  updatedAt: string;
}

export interface ChatRepository {
  /** Connections of one record, oldest first. */
  connectionsOfRecord(tenantId: string, recordId: string): Promise<ChatConnection[]>;
  /** Records one chat is connected to. */
  connectionsOfChat(tenantId: string, chatId: string): Promise<ChatConnection[]>;
  /** Connections of any of these chats (the user's other chats, C1 section 3). */
  connectionsOfChats(tenantId: string, chatIds: readonly string[]): Promise<ChatConnection[]>;
  getConnection(tenantId: string, chatId: string, recordId: string): Promise<ChatConnection | null>;
  /** Stores a connection; returns false when the chat was already connected to the record. */
  addConnection(connection: ChatConnection): Promise<boolean>;
  /** Removes a connection; returns false when there was none. */
  removeConnection(tenantId: string, chatId: string, recordId: string): Promise<boolean>;
  getChatState(tenantId: string, chatId: string): Promise<Versioned<ChatState> | null>;
  /** Throws ConflictError when it exists. */
  createChatState(state: ChatState): Promise<Versioned<ChatState>>;
  /** Throws PreconditionFailedError when `etag` is stale. */
  replaceChatState(state: ChatState, etag: string): Promise<Versioned<ChatState>>;
  /**
   * E1 hot path: one conditional write, no read. Sets the chat's last message only if it is newer
   * than the stored one, so a redelivered or late message changes nothing. Returns false when it
   * was not newer or the chat is unknown.
   */
  recordLastMessage(tenantId: string, chatId: string, message: LastMessage): Promise<boolean>;
}
