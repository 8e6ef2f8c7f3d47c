/**
 * Connected chats (C2–C6): start a new chat for a record, connect an existing one, disconnect,
 * add participants. Rights are checked here (B1, B5), never only in the tab.
 */
import type { Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { RecordService } from '../records/record-service';
import type { ServiceRecord } from '../records/record';
import type { SettingsService } from '../settings/settings-service';
import { ConflictError, ForbiddenError, JoinRefusedError, NotFoundError, OneOnOneChatError, PreconditionFailedError, ValidationError } from '../shared/errors';
import type { AuditRepository } from '../settings/settings-repository';
import { joinChatRefusals } from './join-policy';
import type { Clock } from '../shared/types';
import type { TimelineEntry, TimelineRepository } from '../timeline/timeline';
import type { ChatRepository, LastMessage } from './chat-repository';
import { autoChatName, canDisconnect, chatActionRefusal, type ChatConnection } from './connection';
import { CREATE_LEASE_MS, operationId, type CreateChatOperation, type OperationRepository } from './operation';

/** How often one request moves on after another request with the same key saved a step first. */
const ADVANCE_ATTEMPTS = 4;
import type { ChatPoster } from './intro-port';
import { TeamsCallError, type ActingUser, type TeamsPort } from './teams-port';
import { IntroQueue } from './intro-queue';
import { ChatJoins } from './join-chat';
import { isRefusal } from './teams-failure';

/** Operations stuck before their Teams steps for this long are marked abandoned. */
const ABANDON_AFTER_MS = 86_400_000;

/** A group chat holds at most 250 people. */
export const MAX_CHAT_MEMBERS = 250;

export interface NewConnectedChat {
  memberIds: string[];
  /** Overrides the B3 name; empty means "after its participants". */
  name?: string | null | undefined;
}

export class ChatService {
  private readonly intros: IntroQueue;
  private readonly joins: ChatJoins;

  constructor(
    private readonly records: RecordService,
    private readonly settings: SettingsService,
    private readonly directory: DirectoryRepository,
    private readonly chats: ChatRepository,
    private readonly operations: OperationRepository,
    private readonly timeline: TimelineRepository,
    private readonly teams: TeamsPort,
    poster: ChatPoster,
    audit: AuditRepository,
    private readonly clock: Clock,
  ) {
    this.intros = new IntroQueue(chats, poster, settings, clock);
    this.joins = new ChatJoins({ chats, teams, poster, audit, clock, writeEntry: (type, entry) => this.writeChatEntry(type, entry) });
  }

  /** The record, if the caller may act on its chats; otherwise the reason, as a typed error. */
  async writableRecord(caller: Caller, recordId: string): Promise<ServiceRecord> {
    const record = (await this.records.get(caller, recordId)).value;
    const refusal = chatActionRefusal(caller, record, await this.settings.effective(caller.tenantId, record.type));
    if (refusal === 'teamsChatOff') throw new ForbiddenError('error.forbidden.teamsChatOff');
    if (refusal) throw new ForbiddenError('error.forbidden.writeRecord');
    return record;
  }

  /** C2: creates a group chat, installs the app, connects it, posts the intro and writes the timeline. */
  async createConnectedChat(caller: Caller, as: ActingUser, recordId: string, input: NewConnectedChat, idempotencyKey: string): Promise<ChatConnection> {
    const record = await this.writableRecord(caller, recordId);
    const memberIds = await this.validMembers(caller, input.memberIds);
    const settings = await this.settings.effective(caller.tenantId, record.type);
    const name = input.name === undefined ? autoChatName(record, settings) : input.name?.trim() || null;
    const id = operationId(caller.user.id, idempotencyKey);
    const now = this.clock().toISOString();
    let op = await this.operations.get(caller.tenantId, id);
    if (!op) {
      try {
        op = await this.operations.create({
          id, tenantId: caller.tenantId, userId: caller.user.id, recordId, recordType: record.type, input: { memberIds, name }, status: 'running', chatId: null,
          appInstalled: false, connected: false, introQueued: false, timelineWritten: false, createdAt: now, updatedAt: now,
        });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        op = await this.operations.get(caller.tenantId, id);
        if (!op) throw error;
      }
    }
    if (op.value.recordId !== recordId) throw new ConflictError('error.conflict.idempotencyKey');
    // Requests with the same key (on any instance) advance the same operation; a step's save that
    // loses to another's moves on from what that one saved: every step after the lease is idempotent.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.advance(op.value, op.etag, as);
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
        const latest = await this.operations.get(caller.tenantId, id);
        if (!latest || attempt >= ADVANCE_ATTEMPTS) this.pendingConnection(op.value);
        op = latest;
      }
    }
  }

  /** Runs the remaining steps of an operation, saving after each, and returns the connection. */
  private async advance(start: CreateChatOperation, startEtag: string, as: ActingUser | null): Promise<ChatConnection> {
    let op = start;
    let etag = startEtag;
    const save = async (changes: Partial<CreateChatOperation>) => {
      const saved = await this.operations.replace({ ...op, ...changes, updatedAt: this.clock().toISOString() }, etag);
      op = saved.value;
      etag = saved.etag;
    };
    if (!op.chatId) {
      if (!as) return this.pendingConnection(op);
      const now = this.clock();
      if (op.creatingSince && now.getTime() - Date.parse(op.creatingSince) < CREATE_LEASE_MS) return this.pendingConnection(op);
      try {
        await save({ creatingSince: now.toISOString() });
      } catch (error) {
        // Another request with the same key took the step first.
        if (error instanceof PreconditionFailedError) return this.pendingConnection(op);
        throw error;
      }
      let chat: { id: string };
      try {
        chat = await this.teams.createGroupChat(as, { topic: op.input.name, memberIds: op.input.memberIds });
      } catch (error) {
        // Teams refused: no chat was made, so a retry may try at once. After a server error, a
        // timeout, a lost connection or an unreadable answer the chat may exist after all; the
        // lease then runs out first.
        if (error instanceof TeamsCallError && isRefusal(error)) await save({ creatingSince: null }).catch(() => undefined);
        throw error;
      }
      await save({ chatId: chat.id, creatingSince: null });
    }
    const chatId = op.chatId ?? '';
    if (!op.appInstalled) {
      if (!as) return this.pendingConnection(op);
      await this.intros.prepare(op.tenantId, chatId, op.recordId, op.recordType, op.userId);
      if (await this.installApp(as, chatId)) await this.intros.postIfInstalled(op.tenantId, chatId);
      await save({ appInstalled: true, introQueued: true });
    }
    const connection: ChatConnection = {
      tenantId: op.tenantId, chatId, kind: 'chat', teamId: null, recordId: op.recordId,
      recordType: op.recordType, name: op.input.name, connectedBy: op.userId, connectedAt: op.createdAt,
    };
    // The remaining steps are idempotent themselves (a connection exists once per chat and record,
    // an intro is queued once per record, a timeline entry has a fixed id): one save at the end.
    if (op.status !== 'done') {
      if (!op.connected) await this.chats.addConnection(connection);
      if (!op.introQueued) {
        await this.intros.prepare(op.tenantId, chatId, op.recordId, op.recordType, op.userId);
        await this.intros.postIfInstalled(op.tenantId, chatId);
      }
      if (!op.timelineWritten) await this.writeConnected(connection, `op:${op.id}`);
      await save({ connected: true, introQueued: true, timelineWritten: true, status: 'done' });
    }
    return (await this.chats.getConnection(op.tenantId, chatId, op.recordId)) ?? connection;
  }

  private pendingConnection(op: CreateChatOperation): never {
    throw new ConflictError('error.conflict.operationPending', { id: op.id });
  }

  /** C3: connects a group chat the caller is in; a one-on-one chat is refused with an offer. */
  async connectExisting(caller: Caller, as: ActingUser, recordId: string, chatId: string): Promise<ChatConnection> {
    const record = await this.writableRecord(caller, recordId);
    const chat = await this.teams.getChat(as, chatId);
    if (!chat) throw new NotFoundError();
    if (chat.chatType !== 'group') {
      const members = await this.teams.listChatMembers(as, chatId);
      throw new OneOnOneChatError(members.map((m) => m.userId).filter((id) => id !== caller.user.id));
    }
    const connection: ChatConnection = {
      tenantId: caller.tenantId, chatId, kind: 'chat', teamId: null, recordId, recordType: record.type,
      name: chat.topic, connectedBy: caller.user.id, connectedAt: this.clock().toISOString(),
    };
    if (!(await this.chats.addConnection(connection))) {
      // The same person connecting again finishes what an interrupted first try left undone
      // (every step below is idempotent); anyone else is told it is connected already.
      const existing = await this.chats.getConnection(caller.tenantId, chatId, recordId);
      if (!existing || existing.connectedBy !== caller.user.id) throw new ConflictError('error.conflict.alreadyConnected');
      connection.connectedAt = existing.connectedAt;
    }
    await this.intros.prepare(caller.tenantId, chatId, recordId, record.type, caller.user.id);
    if (await this.installApp(as, chatId)) await this.intros.postIfInstalled(caller.tenantId, chatId);
    await this.writeConnected(connection, `connect:${chatId}:${connection.connectedAt}`);
    return connection;
  }

  /** Installs the app; true when it was there already (Teams then sends no installation event). */
  private async installApp(as: ActingUser, chatId: string): Promise<boolean> {
    try {
      await this.teams.installAppInChat(as, chatId);
      return false;
    } catch (error) {
      if (error instanceof TeamsCallError && error.status === 409) return true;
      throw error;
    }
  }

  /** C7: connects an existing channel of a team the caller is in. */
  async connectChannel(caller: Caller, as: ActingUser, recordId: string, teamId: string, channelId: string): Promise<ChatConnection> {
    const record = await this.writableRecord(caller, recordId);
    const teams = await this.teams.listJoinedTeams(as);
    if (!teams.some((t) => t.id === teamId)) throw new NotFoundError();
    const channel = (await this.teams.listChannels(as, teamId)).find((c) => c.id === channelId);
    if (!channel) throw new NotFoundError();
    return this.storeChannel(caller, record, teamId, channel.id, channel.displayName);
  }

  /** C7: creates a channel in a team the caller is in (Teams checks they may) and connects it. */
  async createChannel(caller: Caller, as: ActingUser, recordId: string, teamId: string, name: string | null): Promise<ChatConnection> {
    const record = await this.writableRecord(caller, recordId);
    const settings = await this.settings.effective(caller.tenantId, record.type);
    // Teams limits channel names to 50 characters and refuses some punctuation.
    const displayName = (name?.trim() || autoChatName(record, { ...settings, autoNameChats: true }) || record.number)
      .replace(/[#%&*{}/\\:<>?+|'"]/g, ' ')
      .slice(0, 50)
      .trim();
    const channel = await this.teams.createChannel(as, teamId, { displayName, description: `${record.number} · ${record.title}`.slice(0, 1024) });
    return this.storeChannel(caller, record, teamId, channel.id, channel.displayName);
  }

  private async storeChannel(caller: Caller, record: ServiceRecord, teamId: string, channelId: string, name: string): Promise<ChatConnection> {
    const connection: ChatConnection = {
      tenantId: caller.tenantId, chatId: channelId, kind: 'channel', teamId, recordId: record.id, recordType: record.type,
      name, connectedBy: caller.user.id, connectedAt: this.clock().toISOString(),
    };
    if (!(await this.chats.addConnection(connection))) throw new ConflictError('error.conflict.alreadyConnected');
    await this.writeConnected(connection, `connect:${channelId}:${connection.connectedAt}`);
    return connection;
  }

  /**
   * D1–D5: adds the caller to a record's chat with the whole history, through the app's own right
   * in the chat (the caller is not a member, so their own Graph rights cannot add them). Joining
   * a chat one is already in changes nothing; of tries racing, one joins and the rest are told
   * they are members already (join-chat.ts).
   */
  async join(caller: Caller, recordId: string, chatId: string): Promise<{ alreadyMember: boolean }> {
    const record = (await this.records.get(caller, recordId)).value;
    const [connection, settings] = await Promise.all([
      this.chats.getConnection(caller.tenantId, chatId, recordId),
      this.settings.effective(caller.tenantId, record.type),
    ]);
    const refusals = joinChatRefusals(caller, record, connection, settings);
    if (refusals.length > 0) throw new JoinRefusedError(refusals);
    return this.joins.join(caller, record, chatId, connection?.name ?? null);
  }

  /** C5: removes the connection, with the rights of B5 checked here. */
  async disconnect(caller: Caller, recordId: string, chatId: string): Promise<void> {
    const record = (await this.records.get(caller, recordId)).value;
    const connection = await this.chats.getConnection(caller.tenantId, chatId, recordId);
    if (!connection) throw new NotFoundError();
    const settings = await this.settings.effective(caller.tenantId, record.type);
    if (!canDisconnect(caller, record, connection, settings)) throw new ForbiddenError('error.forbidden.disconnect');
    // Forget first: if that fails the connection is still there, and a retry does both.
    await this.intros.forget(caller.tenantId, chatId, recordId);
    if (!(await this.chats.removeConnection(caller.tenantId, chatId, recordId))) throw new NotFoundError();
    const at = this.clock().toISOString();
    await this.writeChatEntry(record.type, {
      id: `disconnect:${chatId}:${at}`, tenantId: caller.tenantId, recordId, kind: 'chatDisconnected', at,
      actorId: caller.user.id, chatId, chatName: connection.name,
    });
  }

  /** C6: adds people to a connected chat (they see the whole history). */
  async addParticipants(caller: Caller, as: ActingUser, recordId: string, chatId: string, userIds: string[]): Promise<void> {
    const record = await this.writableRecord(caller, recordId);
    const connection = await this.chats.getConnection(caller.tenantId, chatId, recordId);
    if (!connection) throw new NotFoundError();
    const memberIds = await this.validMembers(caller, userIds);
    await this.teams.addChatMembers(as, chatId, memberIds, { withFullHistory: true });
    const at = this.clock().toISOString();
    await this.writeChatEntry(record.type, {
      id: `members:${chatId}:${at}`, tenantId: caller.tenantId, recordId, kind: 'participantsAdded', at,
      actorId: caller.user.id, chatId, chatName: connection.name, userIds: memberIds,
    });
  }

  /**
   * Called by the bot when Teams says the app is in a chat: remember the address, post waiting
   * intros. True when someone installed the app by hand (the bot then introduces itself).
   */
  appInstalled(tenantId: string, chatId: string, serviceUrl: string): Promise<boolean> {
    return this.intros.installed(tenantId, chatId, serviceUrl);
  }

  /** E1: a message in a chat: one conditional write, no read (a chat Casebridge does not know is ignored). */
  async messageSeen(tenantId: string, chatId: string, message: LastMessage): Promise<void> {
    await this.chats.recordLastMessage(tenantId, chatId, message);
  }

  /**
   * At start-up: finish operations a crash interrupted after the Graph steps (no user token
   * needed). Ones interrupted before them wait for the user's retry; after a day they are marked
   * abandoned so they stop filling the sweep (a retry with the same key still resumes them).
   */
  async resumeStale(olderThanMs: number): Promise<number> {
    const stale = await this.operations.listStale(new Date(this.clock().getTime() - olderThanMs).toISOString(), 50);
    let resumed = 0;
    const dayAgo = new Date(this.clock().getTime() - ABANDON_AFTER_MS).toISOString();
    for (const op of stale) {
      try {
        if (!op.chatId || !op.appInstalled) {
          // Needs the user's token: resumes on their retry.
          if (op.updatedAt < dayAgo) {
            const current = await this.operations.get(op.tenantId, op.id);
            if (current?.value.status === 'running') await this.operations.replace({ ...current.value, status: 'abandoned' }, current.etag);
          }
          continue;
        }
        const current = await this.operations.get(op.tenantId, op.id);
        if (!current) continue;
        await this.advance(current.value, current.etag, null);
        resumed++;
      } catch {
        // One operation that cannot finish now must not stop the others; it is tried again next start.
      }
    }
    return resumed;
  }

  private writeConnected(connection: ChatConnection, id: string): Promise<void> {
    return this.writeChatEntry(connection.recordType, {
      id, tenantId: connection.tenantId, recordId: connection.recordId, kind: 'chatConnected', at: connection.connectedAt,
      actorId: connection.connectedBy, chatId: connection.chatId, chatName: connection.name,
    });
  }

  /** B7: chat entries are written only for types that have them on. */
  private async writeChatEntry(recordType: string, entry: TimelineEntry): Promise<void> {
    if (!(await this.settings.effective(entry.tenantId, recordType)).timelineChatEntries) return;
    await this.timeline.append(entry);
  }

  /** Members must be users of the caller's tenant; the caller is always in the chat anyway. */
  private async validMembers(caller: Caller, userIds: string[]): Promise<string[]> {
    const wanted = [...new Set(userIds.filter((id) => id !== caller.user.id))];
    if (wanted.length === 0) throw new ValidationError([{ path: 'memberIds', messageKey: 'issue.pickSomeone' }]);
    if (wanted.length > MAX_CHAT_MEMBERS - 1) throw new ValidationError([{ path: 'memberIds', messageKey: 'issue.tooManyPeople', params: { max: MAX_CHAT_MEMBERS - 1 } }]);
    const found = new Set((await this.directory.getUsers(caller.tenantId, wanted)).map((u) => u.id));
    const unknown = wanted.filter((id) => !found.has(id));
    if (unknown.length > 0) throw new ValidationError(unknown.map((id) => ({ path: 'memberIds', messageKey: 'issue.unknownUserId', params: { id } })));
    return wanted;
  }
}
