/**
 * `TeamsPort` on Microsoft Graph v1.0, as the acting user (delegated permissions). Request bodies
 * are exactly the documented ones; responses are validated (graph-schemas.ts) and mapped to the
 * domain's types. Local mode points the same adapter at the sandbox's Graph endpoint.
 *
 * Each method reads only the fields it needs from Graph's answer (graph-schemas.ts); the answers
 * of calls whose outcome is all that matters (add members, install, rename) are not read at all.
 *
 * Delegated permissions, least privileged, per method:
 *   createGroupChat Chat.Create · listRecentChats Chat.ReadBasic · getChat Chat.ReadBasic ·
 *   listChatMembers Chat.ReadBasic · addChatMembers ChatMember.ReadWrite ·
 *   installAppInChat TeamsAppInstallation.ReadWriteAndConsentSelfForChat (the app has RSC
 *   permissions, which the …SelfForChat permission without "AndConsent" cannot consent) ·
 *   renameChat Chat.ReadWrite · listJoinedTeams Team.ReadBasic.All ·
 *   listChannels Channel.ReadBasic.All · createChannel Channel.Create
 */
import { z } from 'zod';
import {
  TeamsCallError,
  type ActingUser,
  type ChatType,
  type CreatedChat,
  type GraphActor,
  type TeamsChannel,
  type TeamsChat,
  type TeamsChatInfo,
  type TeamsChatMember,
  type TeamsPort,
  type TeamsTeam,
} from '../domain/chats/teams-port';
import { GraphCaller, parseBody, type GraphCall, type GraphCallerOptions } from './graph-caller';
import { GraphChannelSchema, GraphChatSchema, GraphConversationMemberSchema, GraphCreatedChatSchema, GraphRecentChatSchema, GraphTeamSchema } from './graph-schemas';
import { CASEBRIDGE_RSC_PERMISSIONS, consentedPermissionSet, type RscPermission } from './rsc-permissions';

export interface GraphTeamsAdapterOptions extends GraphCallerOptions {
  /** The app's id in the tenant app catalog (`teamsApp.id`); for an org-published app it differs from the manifest id. */
  catalogAppId: string;
  /** RSC permissions consented on install; default the manifest's (`CASEBRIDGE_RSC_PERMISSIONS`). */
  rscPermissions?: readonly RscPermission[];
  /** Base of `@odata.bind` URLs; Graph documents them as `https://graph.microsoft.com/v1.0/…`. */
  bindBaseUrl?: string;
}

/** `visibleHistoryStartDateTime` that shows a new member the whole chat history (D2). */
export const FULL_HISTORY = '0001-01-01T00:00:00Z';
/** Graph's `$top` maximum for `GET /me/chats`. */
export const MAX_CHATS_PAGE = 50;
/** Teams: a chat topic is at most 250 characters and may not contain ':'. */
const MAX_TOPIC = 250;
/** Teams: a channel name is at most 50 characters, without these characters. */
const MAX_CHANNEL_NAME = 50;
const CHANNEL_NAME_FORBIDDEN = /[#%&*{}/\\:<>?+|'"]/;
/** Entra object ids (GUIDs) and UPNs; anything else could break out of the `users('…')` key. */
const USER_ID = /^[A-Za-z0-9@._-]+$/;
/** Graph's chatType and membershipType are open enums: values the port does not know are skipped in lists. */
const ChatTypeSchema = z.enum(['oneOnOne', 'group', 'meeting']) satisfies z.ZodType<ChatType>;
const MembershipTypeSchema = z.enum(['standard', 'private', 'shared']) satisfies z.ZodType<TeamsChannel['membershipType']>;
/** Upper bound on members, teams and channels read in one call (a group chat holds at most 250). */
const MAX_LIST_ITEMS = 1000;

/** The Microsoft Graph implementation of the Teams port. */
export class GraphTeamsAdapter implements TeamsPort {
  private readonly graph: GraphCaller;
  private readonly bindBase: string;
  private readonly rsc: readonly RscPermission[];

  constructor(private readonly options: GraphTeamsAdapterOptions) {
    this.graph = new GraphCaller(options);
    this.bindBase = (options.bindBaseUrl ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
    this.rsc = options.rscPermissions ?? CASEBRIDGE_RSC_PERMISSIONS;
  }

  async createGroupChat(as: ActingUser, input: { topic: string | null; memberIds: string[] }): Promise<CreatedChat> {
    const topic = input.topic === null || input.topic.trim() === '' ? null : checkedTopic(input.topic);
    const members = unique([as.userId, ...input.memberIds]).map((id) => ({
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      roles: ['owner'],
      'user@odata.bind': this.userBind(id),
    }));
    const body = { chatType: 'group', ...(topic === null ? {} : { topic }), members };
    const call: GraphCall = { method: 'POST', path: '/chats', route: 'POST /chats', body };
    const created = await this.graph.sendFor(as, call, GraphCreatedChatSchema);
    return { id: created.id, topic: created.topic ?? topic, webUrl: created.webUrl ?? null };
  }

  async listRecentChats(as: ActingUser, limit: number): Promise<TeamsChat[]> {
    if (limit <= 0) return [];
    const call: GraphCall = {
      method: 'GET', path: '/me/chats', route: 'GET /me/chats',
      query: { $orderby: 'lastMessagePreview/createdDateTime desc', $top: Math.min(limit, MAX_CHATS_PAGE) },
    };
    const chats = await this.graph.getAll(as, call, GraphRecentChatSchema, limit, (c) => ChatTypeSchema.safeParse(c.chatType).success);
    return chats.map((c): TeamsChat => ({
      id: c.id, chatType: parseBody(call, ChatTypeSchema, c.chatType), topic: c.topic ?? null, lastUpdatedDateTime: c.lastUpdatedDateTime, webUrl: c.webUrl ?? null,
    }));
  }

  async getChat(as: ActingUser, chatId: string, options?: { withMembers: boolean }): Promise<TeamsChatInfo | null> {
    if (chatId === '') return null;
    const call: GraphCall = {
      method: 'GET', path: `/chats/${segment(chatId)}`, route: 'GET /chats/{id}',
      ...(options?.withMembers ? { query: { $expand: 'members' } } : {}),
    };
    try {
      const chat = await this.graph.sendFor(as, call, GraphChatSchema);
      const members = chat.members?.flatMap((m) => (m.userId ? [{ userId: m.userId, displayName: m.displayName ?? '', email: m.email ?? null }] : []));
      return { id: chat.id ?? chatId, chatType: parseBody(call, ChatTypeSchema, chat.chatType), topic: chat.topic ?? null, webUrl: chat.webUrl ?? null, ...(members ? { expandedMembers: members } : {}) };
    } catch (error) {
      if (error instanceof TeamsCallError && error.status === 404) return null;
      throw error;
    }
  }

  async listChatMembers(as: GraphActor, chatId: string): Promise<TeamsChatMember[]> {
    const call: GraphCall = { method: 'GET', path: `/chats/${segment(chatId)}/members`, route: 'GET /chats/{id}/members' };
    const members = await this.graph.getAll(as, call, GraphConversationMemberSchema, MAX_LIST_ITEMS);
    // Only Entra users (aadUserConversationMember) have a userId; guests of other kinds are left out.
    return members.flatMap((m) => (m.userId ? [{ userId: m.userId, displayName: m.displayName ?? '', email: m.email ?? null }] : []));
  }

  /** One documented `POST /chats/{id}/members` per user (Graph documents no batch add for chats). */
  async addChatMembers(as: GraphActor, chatId: string, userIds: string[], options: { withFullHistory: boolean }): Promise<void> {
    const path = `/chats/${segment(chatId)}/members`;
    for (const userId of unique(userIds)) {
      const body = {
        '@odata.type': '#microsoft.graph.aadUserConversationMember',
        'user@odata.bind': this.userBind(userId),
        ...(options.withFullHistory ? { visibleHistoryStartDateTime: FULL_HISTORY } : {}),
        roles: ['owner'],
      };
      try {
        await this.graph.send(as, { method: 'POST', path, route: 'POST /chats/{id}/members', body });
      } catch (error) {
        // Already a member: the outcome the caller wants (a retried request lands here).
        if (!(error instanceof TeamsCallError && error.status === 409)) throw error;
      }
    }
  }

  /** Throws `TeamsCallError(409)` when the app is already installed (callers treat it as done). */
  async installAppInChat(as: ActingUser, chatId: string): Promise<void> {
    const body = {
      'teamsApp@odata.bind': `${this.bindBase}/appCatalogs/teamsApps/${encodeURIComponent(this.options.catalogAppId)}`,
      consentedPermissionSet: consentedPermissionSet(this.rsc),
    };
    await this.graph.send(as, { method: 'POST', path: `/chats/${segment(chatId)}/installedApps`, route: 'POST /chats/{id}/installedApps', body });
  }

  async renameChat(as: ActingUser, chatId: string, topic: string): Promise<void> {
    const body = { topic: checkedTopic(topic) };
    await this.graph.send(as, { method: 'PATCH', path: `/chats/${segment(chatId)}`, route: 'PATCH /chats/{id}', body });
  }

  async listJoinedTeams(as: ActingUser): Promise<TeamsTeam[]> {
    const call: GraphCall = { method: 'GET', path: '/me/joinedTeams', route: 'GET /me/joinedTeams' };
    const teams = await this.graph.getAll(as, call, GraphTeamSchema, MAX_LIST_ITEMS);
    return teams.map((t) => ({ id: t.id, displayName: t.displayName ?? '' }));
  }

  async listChannels(as: ActingUser, teamId: string): Promise<TeamsChannel[]> {
    const call: GraphCall = { method: 'GET', path: `/teams/${segment(teamId)}/channels`, route: 'GET /teams/{id}/channels' };
    const known = (c: z.output<typeof GraphChannelSchema>) => MembershipTypeSchema.safeParse(c.membershipType ?? 'standard').success;
    const channels = await this.graph.getAll(as, call, GraphChannelSchema, MAX_LIST_ITEMS, known);
    return channels.map((c) => toChannel(call, teamId, c));
  }

  async createChannel(as: ActingUser, teamId: string, input: { displayName: string; description: string }): Promise<TeamsChannel> {
    const body = { displayName: checkedChannelName(input.displayName), description: input.description, membershipType: 'standard' };
    const call: GraphCall = { method: 'POST', path: `/teams/${segment(teamId)}/channels`, route: 'POST /teams/{id}/channels', body };
    const created = await this.graph.sendFor(as, call, GraphChannelSchema);
    // Teams made the channel we asked for: what it did not say back is what we sent.
    return toChannel(call, teamId, { ...created, displayName: created.displayName ?? body.displayName, membershipType: created.membershipType ?? body.membershipType });
  }

  private userBind(userId: string): string {
    if (!USER_ID.test(userId)) throw new TeamsCallError(400, 'invalidUserId', 'A member id is not an Entra object id or user principal name');
    return `${this.bindBase}/users('${userId}')`;
  }
}

function toChannel(call: GraphCall, teamId: string, channel: z.output<typeof GraphChannelSchema>): TeamsChannel {
  const membershipType = parseBody(call, MembershipTypeSchema, channel.membershipType ?? 'standard');
  return { id: channel.id, teamId, displayName: channel.displayName ?? '', membershipType, webUrl: channel.webUrl ?? null };
}

/** A path segment: chat ids hold ':' and '@'; encoding them also keeps '/', '?' and '#' out of the path. */
function segment(id: string): string {
  if (id === '') throw new TeamsCallError(400, 'invalidId', 'An empty id was given for a Graph path');
  return encodeURIComponent(id);
}

function checkedTopic(topic: string): string {
  if (topic.length > MAX_TOPIC || topic.includes(':')) {
    throw new TeamsCallError(400, 'invalidChatTopic', `A chat name must be at most ${MAX_TOPIC} characters and may not contain ':'`);
  }
  return topic;
}

function checkedChannelName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_CHANNEL_NAME || CHANNEL_NAME_FORBIDDEN.test(trimmed)) {
    throw new TeamsCallError(400, 'invalidChannelName', `A channel name must be 1–${MAX_CHANNEL_NAME} characters, without # % & * { } / \\ : < > ? + | ' "`);
  }
  return trimmed;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
