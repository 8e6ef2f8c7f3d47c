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

/** A chat Teams has just created: only its id is certain (the rest is what Teams chose to say). */
export interface CreatedChat {
  id: string;
  /** The chat's name; null when Teams names it after its members (or did not say). */
  topic: string | null;
  webUrl: string | null;
}

/** One chat, as `getChat` reads it. */
export interface TeamsChatInfo extends CreatedChat {
  chatType: ChatType;
  /** Its members, when asked for (`withMembers`: the same call, `$expand=members`). */
  expandedMembers?: TeamsChatMember[] | undefined;
}

/** A chat in the list of recent chats, with when it last changed. */
export interface TeamsChat extends TeamsChatInfo {
  lastUpdatedDateTime: string;
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

/**
 * What went wrong in a Teams call, in the domain's words. Each kind has its own HTTP status and
 * message at the edge: a timeout is not a refusal, and an answer Casebridge could not read is
 * neither.
 */
export type TeamsFailureKind =
  /** Teams refused the request's content (400), or Casebridge refused it first by Teams' rules. */
  | 'invalid'
  /** Teams (or Entra ID) refused the caller (401, 403). */
  | 'refused'
  | 'notFound'
  /** The request conflicts with the state in Teams (409). */
  | 'conflict'
  /** Any other refusal (4xx): the request Casebridge sent does not suit Teams. */
  | 'rejected'
  /** Too many requests (429), beyond the retries a user-facing call may wait for. */
  | 'throttled'
  /** No answer in time (our timeout, or Graph's 504/408). */
  | 'timeout'
  /** No connection to Graph at all. */
  | 'unreachable'
  /** Teams answered with a server error (5xx). */
  | 'unavailable'
  /** Teams answered, but not in a way Casebridge could read (the call may have gone through). */
  | 'malformed'
  /** No Graph token could be had for the caller. */
  | 'noToken';

/** The kind of a failure from its status and code (codes the Graph adapter sets come first). */
export function teamsFailureKind(status: number, code: string): TeamsFailureKind {
  if (code === 'timeout' || status === 408 || status === 504) return 'timeout';
  if (code === 'graphUnreachable') return 'unreachable';
  if (code === 'badGraphResponse') return 'malformed';
  if (code === 'graphTokenUnavailable') return 'noToken';
  if (status === 429) return 'throttled';
  if (status === 400) return 'invalid';
  if (status === 401 || status === 403) return 'refused';
  if (status === 404) return 'notFound';
  if (status === 409) return 'conflict';
  if (status >= 400 && status < 500) return 'rejected';
  if (status >= 500) return 'unavailable';
  // A non-error status reported as an error (a redirect Casebridge cannot follow): unreadable.
  return 'malformed';
}

/** A failed Teams call: what happened (`kind`), Teams' status and code, and a log message. */
export class TeamsCallError extends Error {
  readonly kind: TeamsFailureKind;
  /** How long Teams asked the caller to wait (its `Retry-After`, in seconds); null when it did not say. */
  readonly retryAfterSeconds: number | null;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options: { kind?: TeamsFailureKind; retryAfterSeconds?: number | null } = {},
  ) {
    super(message);
    this.name = 'TeamsCallError';
    this.kind = options.kind ?? teamsFailureKind(status, code);
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

export interface TeamsPort {
  /** POST /chats: a group chat with the acting user and `memberIds`, named `topic` (null: unnamed). */
  createGroupChat(as: ActingUser, input: { topic: string | null; memberIds: string[] }): Promise<CreatedChat>;
  /** The acting user's most recently updated chats (group and one-on-one), newest first, at most `limit`. */
  listRecentChats(as: ActingUser, limit: number): Promise<TeamsChat[]>;
  /** One chat the acting user is in; null when it does not exist or they are not in it. */
  getChat(as: ActingUser, chatId: string, options?: { withMembers: boolean }): Promise<TeamsChatInfo | null>;
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
