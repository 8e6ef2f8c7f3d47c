/**
 * What the chat features need from Microsoft Teams, in the domain's words. The Microsoft Graph
 * adapter (bot/src/graph/) implements it for real Teams; local mode points that same adapter at
 * the sandbox's Graph endpoint.
 */

/** On whose behalf a call is made: the signed-in user (their SSO token, exchanged on-behalf-of). */
export interface ActingUser {
  tenantId: string;
  userId: string;
  /** The user's Teams SSO token (the API's bearer token), exchanged for a Graph token. */
  ssoToken: string;
}

/**
 * The app itself, with the resource-specific permissions it holds in a chat (RSC): for what the
 * user has no right to do yet, such as adding themselves to a chat they are not in (D2).
 */
export interface ActingApp {
  tenantId: string;
  app: true;
}

/** Whoever a Graph call is made as. */
export type GraphActor = ActingUser | ActingApp;

/** True when the call is made as the app. */
export function isApp(actor: GraphActor): actor is ActingApp {
  return 'app' in actor;
}

export type ChatType = 'oneOnOne' | 'group' | 'meeting';

export interface TeamsChat {
  id: string;
  chatType: ChatType;
  /** The chat's name; null when Teams names it after its members. */
  topic: string | null;
  lastUpdatedDateTime: string;
  webUrl: string | null;
}

export interface TeamsChatMember {
  /** Entra object id of the member. */
  userId: string;
  displayName: string;
  email: string | null;
}

export interface TeamsTeam {
  id: string;
  displayName: string;
}

export interface TeamsChannel {
  id: string;
  teamId: string;
  displayName: string;
  membershipType: 'standard' | 'private' | 'shared';
  webUrl: string | null;
}

/** A failure the caller should show the user (throttled beyond retries, forbidden, not found). */
export class TeamsCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TeamsCallError';
  }
}

export interface TeamsPort {
  /** POST /chats: a group chat with the acting user and `memberIds`, named `topic` (null: unnamed). */
  createGroupChat(as: ActingUser, input: { topic: string | null; memberIds: string[] }): Promise<TeamsChat>;
  /** The acting user's most recently updated chats (group and one-on-one), newest first, at most `limit`. */
  listRecentChats(as: ActingUser, limit: number): Promise<TeamsChat[]>;
  /** One chat the acting user is in; null when it does not exist or they are not in it. */
  getChat(as: ActingUser, chatId: string): Promise<TeamsChat | null>;
  listChatMembers(as: GraphActor, chatId: string): Promise<TeamsChatMember[]>;
  /** Adds members; `withFullHistory` shows them the whole chat history (visibleHistoryStartDateTime 0001-01-01). */
  addChatMembers(as: GraphActor, chatId: string, userIds: string[], options: { withFullHistory: boolean }): Promise<void>;
  /** Installs this Teams app in the chat, consenting its resource-specific permissions. */
  installAppInChat(as: ActingUser, chatId: string): Promise<void>;
  /** Renames a group chat (B3: the agent can always edit the name). */
  renameChat(as: ActingUser, chatId: string, topic: string): Promise<void>;
  listJoinedTeams(as: ActingUser): Promise<TeamsTeam[]>;
  listChannels(as: ActingUser, teamId: string): Promise<TeamsChannel[]>;
  createChannel(as: ActingUser, teamId: string, input: { displayName: string; description: string }): Promise<TeamsChannel>;
}
