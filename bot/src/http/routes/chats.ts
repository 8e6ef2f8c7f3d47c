/** /api/records/{id}/chats: the record's chat panel (C1) and the chat actions (C2–C6). */
import { IDEMPOTENCY_KEY } from './records';
import { z } from 'zod';
import type { Caller } from '../../domain/access/access';
import type { ActingUser } from '../../domain/chats/teams-port';
import type { ChatPanel } from '../../domain/chats/chat-queries';
import { chatOpenUrl } from '../presenters';
import { HttpProblem } from '../problem';
import { bearerToken } from '../auth/authenticator';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { Id, IdParams, Problem } from '../schemas';
import { commonProblems } from './records';
import type { ApiServices } from '../services';
import type { IncomingHttpHeaders } from 'node:http';

/** A Teams chat id as a path or query parameter. */
export const ChatId = z.string().regex(/^[A-Za-z0-9:@._=-]{1,200}$/);
const ChatParams = z.object({ id: Id, chatId: ChatId });
const MemberIds = z.array(Id).min(1).max(249);

const ConnectionView = z.object({
  chatId: z.string(),
  kind: z.enum(['chat', 'channel']),
  name: z.string().nullable(),
  connectedBy: z.object({ id: z.string(), displayName: z.string() }),
  connectedAt: z.string(),
  /** Whether the caller is in the chat (null when Teams could not tell). */
  isMember: z.boolean().nullable(),
  canDisconnect: z.boolean(),
  /** D1: why you may not join (empty: you may). */
  joinRefusals: z.array(z.enum(['chatNotConnected', 'joinChatOff', 'noWriteAccess'])),
  /** Where "Open in Teams" goes: a Teams deep link (the local sandbox's chat page in local mode); null when not known. */
  openUrl: z.string().nullable(),
  /** The members (null when not known: a channel, or a chat you are not in). */
  members: z.array(z.object({ id: z.string(), displayName: z.string() })).nullable(),
  /** The chat's newest message the app has seen (null: none yet). */
  lastActivity: z.string().nullable(),
});

const Panel = z.object({
  /** Why chat actions are not offered for this record, or null. */
  refusal: z.enum(['teamsChatOff', 'cannotWriteRecord']).nullable(),
  connected: z.array(ConnectionView),
});

const OtherChats = z.object({
  connectedElsewhere: z.array(z.object({ chatId: z.string(), name: z.string().nullable(), lastUpdated: z.string(), openUrl: z.string().nullable(), records: z.array(z.object({ id: z.string(), type: z.string(), number: z.string(), title: z.string() })) })),
  recent: z.array(z.object({ chatId: z.string(), name: z.string().nullable(), chatType: z.enum(['oneOnOne', 'group', 'meeting']), lastUpdated: z.string(), openUrl: z.string().nullable() })),
});

const problem = (description: string) => ({ description, schema: Problem, contentType: 'application/problem+json' });

/** How a Teams (Microsoft Graph) failure is answered: each kind has its own status. */
const teamsProblems = {
  502: problem('Teams refused the request in an unexpected way, or answered in a form Casebridge could not understand'),
  503: problem('Teams is throttling (with Retry-After), down or unreachable'),
  504: problem('Teams did not answer in time'),
};

/** The caller as Teams knows them (their SSO token for on-behalf-of Graph calls); 401 without one. */
export function actingUser(caller: Caller, headers: IncomingHttpHeaders): ActingUser {
  const ssoToken = bearerToken(headers);
  if (!ssoToken) throw new HttpProblem(401, 'error.unauthorized');
  return { tenantId: caller.tenantId, userId: caller.user.id, ssoToken };
}

const TeamsId = z.string().regex(/^[A-Za-z0-9:@._=-]{1,200}$/);
const TeamView = z.object({ id: z.string(), displayName: z.string() });
const ChannelView = z.object({ id: z.string(), teamId: z.string(), displayName: z.string(), membershipType: z.enum(['standard', 'private', 'shared']), webUrl: z.string().nullable() });

type ConnectionOut = z.infer<typeof ConnectionView>;

export function chatRoutes(s: ApiServices): Route[] {
  const chats = s.chats;
  const queries = s.chatQueries;
  const linkContext = (caller: Caller) => ({ mode: s.mode, tenantId: caller.tenantId, viewerId: caller.user.id });
  /** The API's view of a panel entry: the domain's, with its link. */
  const present = (caller: Caller, c: ChatPanel['connected'][number]): ConnectionOut => ({
    chatId: c.chatId, kind: c.kind, name: c.name, connectedBy: c.connectedBy, connectedAt: c.connectedAt, isMember: c.isMember,
    canDisconnect: c.canDisconnect, joinRefusals: c.joinRefusals,
    openUrl: chatOpenUrl({ kind: c.kind, chatId: c.chatId, teamId: c.teamId, name: c.name }, linkContext(caller)),
    members: c.members, lastActivity: c.lastActivity,
  });
  const chatLink = (caller: Caller, chatId: string, name: string | null) => chatOpenUrl({ kind: 'chat', chatId, teamId: null, name }, linkContext(caller));
  return [
    userRoute({
      method: 'get', path: '/api/me/teams', operationId: 'listMyTeams', summary: 'The Teams teams you are in (to pick a channel, C7)', tag: 'chats',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Teams', schema: z.object({ items: z.array(TeamView) }) }, 401: commonProblems[401], ...teamsProblems },
      handle: async ({ caller, headers }) => json(200, { items: (await queries.joinedTeams(actingUser(caller, headers))).map((t) => ({ id: t.id, displayName: t.displayName })) }),
    }),
    userRoute({
      method: 'get', path: '/api/me/teams/{teamId}/channels', operationId: 'listTeamChannels', summary: 'The channels of a team you are in (C7)', tag: 'chats',
      params: z.object({ teamId: TeamsId }), query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Channels', schema: z.object({ items: z.array(ChannelView) }) }, 401: commonProblems[401], 404: commonProblems[404], ...teamsProblems },
      handle: async ({ caller, params, headers }) => json(200, { items: await queries.channelsOf(actingUser(caller, headers), params.teamId) }),
    }),
    userRoute({
      method: 'post', path: '/api/records/{id}/channels', operationId: 'connectChannel', summary: 'Connect an existing channel, or create a new one in a team you are in (C7)', tag: 'chats',
      params: IdParams, query: NO_PARAMS,
      body: z.union([
        z.object({ teamId: TeamsId, channelId: TeamsId }).strict(),
        z.object({ teamId: TeamsId, newChannelName: z.string().trim().max(50).nullable() }).strict(),
      ]),
      responses: { 201: { description: 'Connected', schema: ConnectionView }, ...commonProblems, 409: problem('Already connected'), ...teamsProblems },
      handle: async ({ caller, params, body, headers }) => {
        const as = actingUser(caller, headers);
        const connection = 'channelId' in body
          ? await chats.connectChannel(caller, as, params.id, body.teamId, body.channelId)
          : await chats.createChannel(caller, as, params.id, body.teamId, body.newChannelName);
        return json(201, present(caller, await queries.viewOf(caller, connection)));
      },
    }),
    userRoute({
      method: 'get', path: '/api/records/{id}/chats', operationId: 'listRecordChats', summary: 'The chats connected to a record, with what you may do with each (C1 section 1)', tag: 'chats',
      params: IdParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The panel', schema: Panel }, 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params, headers }) => {
        const panel = await queries.panel(caller, actingUser(caller, headers), params.id);
        return json(200, { refusal: panel.refusal, connected: panel.connected.map((c) => present(caller, c)) });
      },
    }),
    userRoute({
      method: 'get', path: '/api/records/{id}/chats/others', operationId: 'listOtherChats', summary: 'Your chats connected to other records, then your recent group chats (C1 section 3)', tag: 'chats',
      params: IdParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Your other chats', schema: OtherChats }, 401: commonProblems[401], 404: commonProblems[404], ...teamsProblems },
      handle: async ({ caller, params, headers }) => {
        const others = await queries.otherChats(caller, actingUser(caller, headers), params.id);
        return json(200, {
          connectedElsewhere: others.connectedElsewhere.map((c) => ({ ...c, openUrl: chatLink(caller, c.chatId, c.name) })),
          recent: others.recent.map((c) => ({ ...c, openUrl: chatLink(caller, c.chatId, c.name) })),
        });
      },
    }),
    userRoute({
      method: 'post', path: '/api/records/{id}/chats', operationId: 'createConnectedChat', summary: 'Start a new Teams chat connected to the record (C2); retry with the same Idempotency-Key', tag: 'chats',
      params: IdParams, query: NO_PARAMS, body: z.object({ memberIds: MemberIds, name: z.string().trim().max(250).refine((n) => !n.includes(':'), 'issue.colonInChatName').nullable().optional() }).strict(),
      requestHeaders: [{ name: 'Idempotency-Key', required: true, description: 'A key you choose per new chat; a retry with it never makes a second chat.' }],
      responses: { 201: { description: 'Connected', schema: ConnectionView }, ...commonProblems, 409: problem('Still in progress, or the key was used for another record'), ...teamsProblems },
      handle: async ({ caller, params, body, headers }) => {
        const key = headers['idempotency-key'];
        if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) throw new HttpProblem(400, 'error.idempotencyKey');
        const connection = present(caller, await queries.viewOf(caller, await chats.createConnectedChat(caller, actingUser(caller, headers), params.id, body, key)));
        return json(201, connection, { location: `/api/records/${params.id}/chats/${encodeURIComponent(connection.chatId)}` });
      },
    }),
    userRoute({
      method: 'post', path: '/api/records/{id}/chats/connect', operationId: 'connectChat', summary: 'Connect an existing group chat you are in (C3); a one-to-one chat is refused with an offer', tag: 'chats',
      params: IdParams, query: NO_PARAMS, body: z.object({ chatId: ChatId }).strict(),
      responses: { 201: { description: 'Connected', schema: ConnectionView }, ...commonProblems, 409: problem('Already connected'), 422: problem('A one-to-one chat; see offer') },
      handle: async ({ caller, params, body, headers }) => json(201, present(caller, await queries.viewOf(caller, await chats.connectExisting(caller, actingUser(caller, headers), params.id, body.chatId)))),
    }),
    userRoute({
      method: 'delete', path: '/api/records/{id}/chats/{chatId}', operationId: 'disconnectChat', summary: 'Disconnect a chat from the record (C5, with the rights of B5)', tag: 'chats',
      params: ChatParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 204: { description: 'Disconnected' }, 401: commonProblems[401], 403: commonProblems[403], 404: commonProblems[404] },
      handle: async ({ caller, params }) => {
        await chats.disconnect(caller, params.id, params.chatId);
        return { status: 204 };
      },
    }),
    userRoute({
      method: 'post', path: '/api/records/{id}/chats/{chatId}/join', operationId: 'joinChat',
      summary: 'Join a chat connected to the record, with its whole history (D1–D5); 403 names the failing conditions', tag: 'chats',
      params: ChatParams, query: NO_PARAMS, body: NO_BODY,
      responses: {
        200: { description: 'You are in the chat', schema: z.object({ alreadyMember: z.boolean() }) },
        401: commonProblems[401],
        400: commonProblems[400],
        403: problem('Not allowed; `conditions` lists which of D1 failed'),
        404: commonProblems[404],
        409: problem('Another join of yours is still going on; try again in a moment'),
        ...teamsProblems,
      },
      handle: async ({ caller, params }) => json(200, await chats.join(caller, params.id, params.chatId)),
    }),
    userRoute({
      method: 'post', path: '/api/records/{id}/chats/{chatId}/members', operationId: 'addChatParticipants', summary: 'Add people to a connected chat, with the whole history (C6)', tag: 'chats',
      params: ChatParams, query: NO_PARAMS, body: z.object({ memberIds: MemberIds }).strict(),
      responses: { 204: { description: 'Added' }, ...commonProblems, ...teamsProblems },
      handle: async ({ caller, params, body, headers }) => {
        await chats.addParticipants(caller, actingUser(caller, headers), params.id, params.chatId, body.memberIds);
        return { status: 204 };
      },
    }),
  ];
}
