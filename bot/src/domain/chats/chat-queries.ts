/**
 * What the record's chat panel shows (C1): its connected chats with the caller's membership and
 * rights, the caller's other chats to connect, and their teams and channels (C7). Read-only.
 */
import type { Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { RecordService } from '../records/record-service';
import type { SettingsService } from '../settings/settings-service';
import { NotFoundError } from '../shared/errors';
import type { ChatRepository } from './chat-repository';
import { canDisconnect, chatActionRefusal, type ChatConnection } from './connection';
import { joinChatRefusals, type JoinCondition } from './join-policy';
import { TeamsCallError, type ActingUser, type TeamsPort } from './teams-port';

/** C1: how many of the user's recent chats the panel offers. */
export const RECENT_CHATS = 50;

export interface ChatPanel {
  refusal: 'teamsChatOff' | 'cannotWriteRecord' | null;
  connected: Array<{
    chatId: string;
    kind: 'chat' | 'channel';
    name: string | null;
    connectedBy: { id: string; displayName: string };
    connectedAt: string;
    isMember: boolean | null;
    canDisconnect: boolean;
    /** D1: the conditions that stop the caller from joining (empty: they may). */
    joinRefusals: JoinCondition[];
    /** A channel's team (null for chats): for its Teams link. */
    teamId: string | null;
    /** The chat's members (null when not known: a channel, or a chat the caller is not in). */
    members: Array<{ id: string; displayName: string }> | null;
    /** The newest message the bot has seen there (null: none yet). */
    lastActivity: string | null;
  }>;
}

export interface OtherChats {
  connectedElsewhere: Array<{ chatId: string; name: string | null; lastUpdated: string; records: Array<{ id: string; type: string; number: string; title: string }> }>;
  recent: Array<{ chatId: string; name: string | null; chatType: 'oneOnOne' | 'group' | 'meeting'; lastUpdated: string }>;
}

export class ChatQueries {
  constructor(
    private readonly records: RecordService,
    private readonly settings: SettingsService,
    private readonly directory: DirectoryRepository,
    private readonly chats: ChatRepository,
    private readonly teams: TeamsPort,
  ) {}

  /** C1 section 1: the record's connected chats, whether the caller is in each, and what they may do. */
  async panel(caller: Caller, as: ActingUser, recordId: string): Promise<ChatPanel> {
    const record = (await this.records.get(caller, recordId)).value;
    const settings = await this.settings.effective(caller.tenantId, record.type);
    const connections = await this.chats.connectionsOfRecord(caller.tenantId, recordId);
    const people = new Map((await this.directory.getUsers(caller.tenantId, [...new Set(connections.map((c) => c.connectedBy))])).map((u) => [u.id, u]));
    // One Graph call per connected chat, as before: the members come in the same call ($expand=members).
    type Seen = { member: boolean | null; name: string | null; members: Array<{ id: string; displayName: string }> | null };
    const none: Seen = { member: null, name: null, members: null };
    const membership = await Promise.all(
      connections.map((c): Promise<Seen> =>
        c.kind === 'channel' ? Promise.resolve(none) : this.teams.getChat(as, c.chatId, { withMembers: true }).then(
          (chat): Seen => ({ member: chat !== null, name: chat?.topic ?? null, members: chat?.expandedMembers?.map((m) => ({ id: m.userId, displayName: m.displayName })) ?? null }),
          // Graph answers 403 (or 404) for a chat the user is not in: that is the lock of C1.
          (error: unknown): Seen => ({ ...none, member: error instanceof TeamsCallError && (error.status === 403 || error.status === 404) ? false : null }),
        ),
      ),
    );
    // The last activity is what the bot already knows (E1): a point read per chat, no Graph call.
    const states = await Promise.all(connections.map((c) => this.chats.getChatState(caller.tenantId, c.chatId)));
    const refusal = chatActionRefusal(caller, record, settings);
    return {
      refusal: refusal === 'teamsChatOff' || refusal === 'cannotWriteRecord' ? refusal : null,
      connected: connections.map((c, i) => ({
        chatId: c.chatId,
        kind: c.kind,
        name: membership[i]?.name ?? c.name,
        connectedBy: { id: c.connectedBy, displayName: people.get(c.connectedBy)?.displayName ?? c.connectedBy },
        connectedAt: c.connectedAt,
        isMember: membership[i]?.member ?? null,
        canDisconnect: canDisconnect(caller, record, c, settings),
        joinRefusals: joinChatRefusals(caller, record, c, settings),
        teamId: c.teamId,
        members: membership[i]?.members ?? null,
        lastActivity: states[i]?.value.lastMessage?.at ?? null,
      })),
    };
  }

  /** The panel entry of a connection the caller just made (they are in the chat). */
  async viewOf(caller: Caller, connection: ChatConnection): Promise<ChatPanel['connected'][number]> {
    const record = (await this.records.get(caller, connection.recordId)).value;
    const settings = await this.settings.effective(caller.tenantId, record.type);
    const by = await this.directory.getUser(caller.tenantId, connection.connectedBy);
    return {
      chatId: connection.chatId, kind: connection.kind, name: connection.name,
      connectedBy: { id: connection.connectedBy, displayName: by?.displayName ?? connection.connectedBy },
      connectedAt: connection.connectedAt, isMember: true, canDisconnect: canDisconnect(caller, record, connection, settings),
      joinRefusals: joinChatRefusals(caller, record, connection, settings),
      teamId: connection.teamId, members: null, lastActivity: null,
    };
  }

  /** C1 section 3: the caller's chats connected to other records first, then their recent group chats. */
  async otherChats(caller: Caller, as: ActingUser, recordId: string): Promise<OtherChats> {
    await this.records.get(caller, recordId);
    const recent = await this.teams.listRecentChats(as, RECENT_CHATS);
    const connections = await this.chats.connectionsOfChats(caller.tenantId, recent.map((c) => c.id));
    const here = new Set(connections.filter((c) => c.recordId === recordId).map((c) => c.chatId));
    const readable = new Map<string, { id: string; type: string; number: string; title: string }>();
    for (const id of new Set(connections.filter((c) => c.recordId !== recordId).map((c) => c.recordId))) {
      try {
        const r = (await this.records.get(caller, id)).value;
        readable.set(id, { id: r.id, type: r.type, number: r.number, title: r.title });
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error; // records the caller may not see stay hidden
      }
    }
    const connectedElsewhere = recent
      .filter((chat) => !here.has(chat.id))
      .map((chat) => ({
        chatId: chat.id,
        name: chat.topic,
        lastUpdated: chat.lastUpdatedDateTime,
        records: connections.filter((c) => c.chatId === chat.id && readable.has(c.recordId)).flatMap((c) => readable.get(c.recordId) ?? []),
      }))
      .filter((c) => c.records.length > 0);
    const elsewhere = new Set(connectedElsewhere.map((c) => c.chatId));
    return {
      connectedElsewhere,
      recent: recent
        .filter((chat) => chat.chatType === 'group' && !here.has(chat.id) && !elsewhere.has(chat.id))
        .map((chat) => ({ chatId: chat.id, name: chat.topic, chatType: chat.chatType, lastUpdated: chat.lastUpdatedDateTime })),
    };
  }

  /** The teams the caller is in, and a team's channels, for picking a channel (C7). */
  joinedTeams(as: ActingUser) {
    return this.teams.listJoinedTeams(as);
  }

  async channelsOf(as: ActingUser, teamId: string) {
    if (!(await this.teams.listJoinedTeams(as)).some((t) => t.id === teamId)) throw new NotFoundError();
    return this.teams.listChannels(as, teamId);
  }
}
