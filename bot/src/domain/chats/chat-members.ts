/**
 * C6, D1: who is in a record's chat — people added by someone who may act on the record, and
 * people joining it themselves (the policy is checked here, the race-safe join is join-chat.ts).
 */
import type { Caller } from '../access/access';
import { JoinRefusedError, NotFoundError } from '../shared/errors';
import type { ChatUseCaseParts } from './chat-steps';
import { joinChatRefusals } from './join-policy';
import type { ActingUser } from './teams-port';

/** Adds people to connected chats, and lets people join them. */
export class ChatMembers {
  constructor(private readonly deps: Pick<ChatUseCaseParts, 'steps' | 'records' | 'settings' | 'chats' | 'teams' | 'joins' | 'clock'>) {}

  /** C6: adds people to a connected chat (they see the whole history). */
  async addParticipants(caller: Caller, as: ActingUser, recordId: string, chatId: string, userIds: string[]): Promise<void> {
    const record = await this.deps.steps.writableRecord(caller, recordId);
    const connection = await this.deps.chats.getConnection(caller.tenantId, chatId, recordId);
    if (!connection) throw new NotFoundError();
    const memberIds = await this.deps.steps.validMembers(caller, userIds);
    await this.deps.teams.addChatMembers(as, chatId, memberIds, { withFullHistory: true });
    const at = this.deps.clock().toISOString();
    await this.deps.steps.writeChatEntry(record.type, {
      id: `members:${chatId}:${at}`, tenantId: caller.tenantId, recordId, kind: 'participantsAdded', at,
      actorId: caller.user.id, chatId, chatName: connection.name, userIds: memberIds,
    });
  }

  /**
   * D1–D5: adds the caller to a record's chat with the whole history, through the app's own right
   * in the chat (the caller is not a member, so their own Graph rights cannot add them). Joining
   * a chat one is already in changes nothing; of tries racing, one joins and the rest are told
   * they are members already (join-chat.ts).
   */
  async join(caller: Caller, recordId: string, chatId: string): Promise<{ alreadyMember: boolean }> {
    const record = (await this.deps.records.get(caller, recordId)).value;
    const [connection, settings] = await Promise.all([
      this.deps.chats.getConnection(caller.tenantId, chatId, recordId),
      this.deps.settings.effective(caller.tenantId, record.type),
    ]);
    const refusals = joinChatRefusals(caller, record, connection, settings);
    if (refusals.length > 0) throw new JoinRefusedError(refusals);
    return this.deps.joins.join(caller, record, chatId, connection?.name ?? null);
  }
}
