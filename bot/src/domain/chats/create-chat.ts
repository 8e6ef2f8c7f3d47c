/**
 * C2: a new group chat for a record — create it in Teams, install the app, connect it, post the
 * intro, write the timeline — as steps of an operation keyed by the caller's Idempotency-Key
 * (operation.ts), so a retry, a racing request or a restart continues it instead of making a
 * second chat.
 */
import type { Caller } from '../access/access';
import { ConflictError, PreconditionFailedError } from '../shared/errors';
import type { ChatUseCaseParts } from './chat-steps';
import { autoChatName, type ChatConnection } from './connection';
import { CREATE_LEASE_MS, operationId, type CreateChatOperation } from './operation';
import { isRefusal } from './teams-failure';
import { TeamsCallError, type ActingUser } from './teams-port';

/** How often one request moves on after another request with the same key saved a step first. */
const ADVANCE_ATTEMPTS = 4;

/** Operations stuck before their Teams steps for this long are marked abandoned. */
const ABANDON_AFTER_MS = 86_400_000;

/** What the caller asks for when starting a chat for a record. */
export interface NewConnectedChat {
  memberIds: string[];
  /** Overrides the B3 name; empty means "after its participants". */
  name?: string | null | undefined;
}

/** Starts connected chats and finishes the ones a crash or a lost race left half done. */
export class ChatCreations {
  constructor(private readonly deps: Pick<ChatUseCaseParts, 'steps' | 'settings' | 'chats' | 'operations' | 'teams' | 'intros' | 'clock'>) {}

  /** C2: creates a group chat, installs the app, connects it, posts the intro and writes the timeline. */
  async createConnectedChat(caller: Caller, as: ActingUser, recordId: string, input: NewConnectedChat, idempotencyKey: string): Promise<ChatConnection> {
    const record = await this.deps.steps.writableRecord(caller, recordId);
    const memberIds = await this.deps.steps.validMembers(caller, input.memberIds);
    const settings = await this.deps.settings.effective(caller.tenantId, record.type);
    const name = input.name === undefined ? autoChatName(record, settings) : input.name?.trim() || null;
    const id = operationId(caller.user.id, idempotencyKey);
    const now = this.deps.clock().toISOString();
    let op = await this.deps.operations.get(caller.tenantId, id);
    if (!op) {
      try {
        op = await this.deps.operations.create({
          id, tenantId: caller.tenantId, userId: caller.user.id, recordId, recordType: record.type, input: { memberIds, name }, status: 'running', chatId: null,
          appInstalled: false, connected: false, introQueued: false, timelineWritten: false, createdAt: now, updatedAt: now,
        });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
        op = await this.deps.operations.get(caller.tenantId, id);
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
        const latest = await this.deps.operations.get(caller.tenantId, id);
        if (!latest || attempt >= ADVANCE_ATTEMPTS) this.pendingConnection(op.value);
        op = latest;
      }
    }
  }

  /**
   * At start-up: finish operations a crash interrupted after the Graph steps (no user token
   * needed). Ones interrupted before them wait for the user's retry; after a day they are marked
   * abandoned so they stop filling the sweep (a retry with the same key still resumes them).
   */
  async resumeStale(olderThanMs: number): Promise<number> {
    const stale = await this.deps.operations.listStale(new Date(this.deps.clock().getTime() - olderThanMs).toISOString(), 50);
    let resumed = 0;
    const dayAgo = new Date(this.deps.clock().getTime() - ABANDON_AFTER_MS).toISOString();
    for (const op of stale) {
      try {
        if (!op.chatId || !op.appInstalled) {
          // Needs the user's token: resumes on their retry.
          if (op.updatedAt < dayAgo) {
            const current = await this.deps.operations.get(op.tenantId, op.id);
            if (current?.value.status === 'running') await this.deps.operations.replace({ ...current.value, status: 'abandoned' }, current.etag);
          }
          continue;
        }
        const current = await this.deps.operations.get(op.tenantId, op.id);
        if (!current) continue;
        await this.advance(current.value, current.etag, null);
        resumed++;
      } catch {
        // One operation that cannot finish now must not stop the others; it is tried again next start.
      }
    }
    return resumed;
  }

  /** Runs the remaining steps of an operation, saving after each, and returns the connection. */
  private async advance(start: CreateChatOperation, startEtag: string, as: ActingUser | null): Promise<ChatConnection> {
    let op = start;
    let etag = startEtag;
    const save = async (changes: Partial<CreateChatOperation>) => {
      const saved = await this.deps.operations.replace({ ...op, ...changes, updatedAt: this.deps.clock().toISOString() }, etag);
      op = saved.value;
      etag = saved.etag;
    };
    if (!op.chatId) {
      if (!as) return this.pendingConnection(op);
      const now = this.deps.clock();
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
        chat = await this.deps.teams.createGroupChat(as, { topic: op.input.name, memberIds: op.input.memberIds });
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
      await this.deps.intros.prepare(op.tenantId, chatId, op.recordId, op.recordType, op.userId);
      if (await this.deps.steps.installApp(as, chatId)) await this.deps.intros.postIfInstalled(op.tenantId, chatId);
      await save({ appInstalled: true, introQueued: true });
    }
    const connection: ChatConnection = {
      tenantId: op.tenantId, chatId, kind: 'chat', teamId: null, recordId: op.recordId,
      recordType: op.recordType, name: op.input.name, connectedBy: op.userId, connectedAt: op.createdAt,
    };
    // The remaining steps are idempotent themselves (a connection exists once per chat and record,
    // an intro is queued once per record, a timeline entry has a fixed id): one save at the end.
    if (op.status !== 'done') {
      if (!op.connected) await this.deps.chats.addConnection(connection);
      if (!op.introQueued) {
        await this.deps.intros.prepare(op.tenantId, chatId, op.recordId, op.recordType, op.userId);
        await this.deps.intros.postIfInstalled(op.tenantId, chatId);
      }
      if (!op.timelineWritten) await this.deps.steps.writeConnected(connection, `op:${op.id}`);
      await save({ connected: true, introQueued: true, timelineWritten: true, status: 'done' });
    }
    return (await this.deps.chats.getConnection(op.tenantId, chatId, op.recordId)) ?? connection;
  }

  private pendingConnection(op: CreateChatOperation): never {
    throw new ConflictError('error.conflict.operationPending', { id: op.id });
  }
}
