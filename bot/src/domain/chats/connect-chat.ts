/**
 * C3, C5, C7: connecting a chat or channel that exists (or a channel made for the purpose) to a
 * record, and disconnecting it. Rights are checked here (B1, B5), never only in the tab.
 */
import type { Caller } from '../access/access';
import type { ServiceRecord } from '../records/record';
import { ConflictError, ForbiddenError, NotFoundError, OneOnOneChatError } from '../shared/errors';
import type { ChatUseCaseParts } from './chat-steps';
import { autoChatName, canDisconnect, type ChatConnection } from './connection';
import type { ActingUser } from './teams-port';

/** Connects existing chats and channels to records, creates channels for them, and disconnects. */
export class ChatConnector {
  constructor(private readonly deps: Pick<ChatUseCaseParts, 'steps' | 'records' | 'settings' | 'chats' | 'teams' | 'intros' | 'clock'>) {}

  /** C3: connects a group chat the caller is in; a one-on-one chat is refused with an offer. */
  async connectExisting(caller: Caller, as: ActingUser, recordId: string, chatId: string): Promise<ChatConnection> {
    const record = await this.deps.steps.writableRecord(caller, recordId);
    const chat = await this.deps.teams.getChat(as, chatId);
    if (!chat) throw new NotFoundError();
    if (chat.chatType !== 'group') {
      const members = await this.deps.teams.listChatMembers(as, chatId);
      throw new OneOnOneChatError(members.map((m) => m.userId).filter((id) => id !== caller.user.id));
    }
    const connection: ChatConnection = {
      tenantId: caller.tenantId, chatId, kind: 'chat', teamId: null, recordId, recordType: record.type,
      name: chat.topic, connectedBy: caller.user.id, connectedAt: this.deps.clock().toISOString(),
    };
    if (!(await this.deps.chats.addConnection(connection))) {
      // The same person connecting again finishes what an interrupted first try left undone
      // (every step below is idempotent); anyone else is told it is connected already.
      const existing = await this.deps.chats.getConnection(caller.tenantId, chatId, recordId);
      if (!existing || existing.connectedBy !== caller.user.id) throw new ConflictError('error.conflict.alreadyConnected');
      connection.connectedAt = existing.connectedAt;
    }
    await this.deps.intros.prepare(caller.tenantId, chatId, recordId, record.type, caller.user.id);
    if (await this.deps.steps.installApp(as, chatId)) await this.deps.intros.postIfInstalled(caller.tenantId, chatId);
    await this.deps.steps.writeConnected(connection, `connect:${chatId}:${connection.connectedAt}`);
    return connection;
  }

  /** C7: connects an existing channel of a team the caller is in. */
  async connectChannel(caller: Caller, as: ActingUser, recordId: string, teamId: string, channelId: string): Promise<ChatConnection> {
    const record = await this.deps.steps.writableRecord(caller, recordId);
    const teams = await this.deps.teams.listJoinedTeams(as);
    if (!teams.some((t) => t.id === teamId)) throw new NotFoundError();
    const channel = (await this.deps.teams.listChannels(as, teamId)).find((c) => c.id === channelId);
    if (!channel) throw new NotFoundError();
    return this.storeChannel(caller, record, teamId, channel.id, channel.displayName);
  }

  /** C7: creates a channel in a team the caller is in (Teams checks they may) and connects it. */
  async createChannel(caller: Caller, as: ActingUser, recordId: string, teamId: string, name: string | null): Promise<ChatConnection> {
    const record = await this.deps.steps.writableRecord(caller, recordId);
    const settings = await this.deps.settings.effective(caller.tenantId, record.type);
    // Teams limits channel names to 50 characters and refuses some punctuation.
    const displayName = (name?.trim() || autoChatName(record, { ...settings, autoNameChats: true }) || record.number)
      .replace(/[#%&*{}/\\:<>?+|'"]/g, ' ')
      .slice(0, 50)
      .trim();
    const channel = await this.deps.teams.createChannel(as, teamId, { displayName, description: `${record.number} · ${record.title}`.slice(0, 1024) });
    return this.storeChannel(caller, record, teamId, channel.id, channel.displayName);
  }

  /** C5: removes the connection, with the rights of B5 checked here. */
  async disconnect(caller: Caller, recordId: string, chatId: string): Promise<void> {
    const record = (await this.deps.records.get(caller, recordId)).value;
    const connection = await this.deps.chats.getConnection(caller.tenantId, chatId, recordId);
    if (!connection) throw new NotFoundError();
    const settings = await this.deps.settings.effective(caller.tenantId, record.type);
    if (!canDisconnect(caller, record, connection, settings)) throw new ForbiddenError('error.forbidden.disconnect');
    // Forget first: if that fails the connection is still there, and a retry does both.
    await this.deps.intros.forget(caller.tenantId, chatId, recordId);
    if (!(await this.deps.chats.removeConnection(caller.tenantId, chatId, recordId))) throw new NotFoundError();
    const at = this.deps.clock().toISOString();
    await this.deps.steps.writeChatEntry(record.type, {
      id: `disconnect:${chatId}:${at}`, tenantId: caller.tenantId, recordId, kind: 'chatDisconnected', at,
      actorId: caller.user.id, chatId, chatName: connection.name,
    });
  }

  private async storeChannel(caller: Caller, record: ServiceRecord, teamId: string, channelId: string, name: string): Promise<ChatConnection> {
    const connection: ChatConnection = {
      tenantId: caller.tenantId, chatId: channelId, kind: 'channel', teamId, recordId: record.id, recordType: record.type,
      name, connectedBy: caller.user.id, connectedAt: this.deps.clock().toISOString(),
    };
    if (!(await this.deps.chats.addConnection(connection))) throw new ConflictError('error.conflict.alreadyConnected');
    await this.deps.steps.writeConnected(connection, `connect:${channelId}:${connection.connectedAt}`);
    return connection;
  }
}
