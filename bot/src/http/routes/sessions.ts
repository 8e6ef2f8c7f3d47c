/**
 * The customer chat API for agents (I1–I7): status and heartbeat, the agents, the sessions
 * (mine, live), reading, writing, transfer and its decisions, takeover, close, make a case; and the
 * administrators' chat sites. Every check is in SessionsApi; the handlers parse, call, present.
 */
import type { Caller } from '../../domain/access/access';
import type { DirectoryRepository } from '../../domain/access/directory-repository';
import type { ChatSiteService } from '../../domain/sessions/chat-site-service';
import type { SessionLeave, SessionsApi, SessionSummary } from '../../domain/sessions/ports';
import type { TransferStatus } from '../../domain/sessions/session';
import { ConflictError } from '../../domain/shared/errors';
import type { MessageKey } from '../../i18n/catalog';
import { HttpProblem } from '../problem';
import { json, NO_BODY, NO_PARAMS, userRoute, type Reply, type Route } from '../route';
import { Problem } from '../schemas';
import {
  AgentsQuery, AgentsReply, CaseBody, CaseReply, ChatSiteBody, ChatSiteList, ChatSiteParams, ChatSiteView, EntriesQuery, EntriesReply, EntrySchema,
  MessageBody, ParkBody, presentEntry, presentSession, presentSite, presentTransfer, SessionListQuery, SessionListReply, SessionParams, SessionSchema,
  SessionViewQuery, SessionViewReply, StatusBody, TakeoverBody, StatusReply, TransferBody, TransferParams, TransferSchema, usersOf,
} from '../sessions-schemas';
import { commonProblems } from './records';

export interface SessionRouteDeps {
  sessions: SessionsApi & SessionLeave;
  sites: ChatSiteService;
  directory: DirectoryRepository;
  newId: () => string;
}

const problem = (description: string) => ({ description, schema: Problem, contentType: 'application/problem+json' });
const sessionProblems = { 400: commonProblems[400], 401: commonProblems[401], 403: problem('You may not do this in this session (a listener or viewer writing, not the handling agent, not a manager)'), 404: problem('No such session in your tenant, or none you may see') };
const conflict = { 409: problem('The session is not in a state for this (closed, queued, a transfer already pending or decided: the detail says what happened and who did it)') };

const NOT_PENDING: Record<Exclude<TransferStatus, 'pending'>, MessageKey> = {
  accepted: 'error.sessions.transferAccepted', declined: 'error.sessions.transferDeclined', cancelled: 'error.sessions.transferCancelled', expired: 'error.sessions.transferExpired',
};

/** I7: the loser of a decision is told what happened and who did it, in their language. */
async function told<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ConflictError && error.messageKey === 'error.sessions.transferNotPending') {
      const status = String(error.params.status ?? '');
      const by = String(error.params.by ?? '');
      // Cancelled with nobody named: the customer ended the chat (a close cancels its transfer).
      const key = status === 'cancelled' && by === '' ? 'error.sessions.transferChatEnded'
        : status in NOT_PENDING ? NOT_PENDING[status as Exclude<TransferStatus, 'pending'>] : 'error.sessions.transferNotPending';
      throw new HttpProblem(409, key, { by });
    }
    throw error;
  }
}

export function sessionRoutes(d: SessionRouteDeps): Route[] {
  const usersById = async (caller: Caller, sessions: readonly SessionSummary[]) =>
    new Map((await d.directory.getUsers(caller.tenantId, usersOf(sessions))).map((u) => [u.id, u]));
  const sessionReply = async (caller: Caller, session: SessionSummary): Promise<Reply> => json(200, presentSession(session, await usersById(caller, [session])));
  const decision = (name: 'accept' | 'decline' | 'cancel', summary: string): Route => userRoute({
    method: 'post', path: `/api/sessions/{id}/transfers/{transferId}/${name}`, operationId: `${name}SessionTransfer`, summary, tag: 'sessions',
    params: TransferParams, query: NO_PARAMS, body: NO_BODY,
    responses: { 200: { description: 'The session after the decision', schema: SessionSchema }, ...sessionProblems, ...conflict },
    handle: async ({ caller, params }) => sessionReply(caller, await told(() => d.sessions[name](caller, params.id, params.transferId))),
  });
  return [
    userRoute({
      method: 'put', path: '/api/me/status', operationId: 'setMyStatus', summary: 'I1: set your chat status (present, away, busy, offline)', tag: 'sessions',
      params: NO_PARAMS, query: NO_PARAMS, body: StatusBody,
      responses: { 200: { description: 'Your effective status', schema: StatusReply }, 400: commonProblems[400], 401: commonProblems[401], 403: commonProblems[403] },
      handle: async ({ caller, body }) => json(200, { status: (await d.sessions.setStatus(caller, body.status)).status }),
    }),
    userRoute({
      method: 'post', path: '/api/me/heartbeat', operationId: 'sendHeartbeat', summary: 'I1: the tab is open (every 20 s); without one for a minute you count as offline', tag: 'sessions',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Your effective status', schema: StatusReply }, 400: commonProblems[400], 401: commonProblems[401], 403: commonProblems[403] },
      handle: async ({ caller }) => json(200, await d.sessions.heartbeat(caller)),
    }),
    userRoute({
      method: 'get', path: '/api/agents', operationId: 'listAgents', summary: 'I1/I3: the agents of your tenant with their status and open sessions (`status=present` for the transfer list)', tag: 'sessions',
      params: NO_PARAMS, query: AgentsQuery, body: NO_BODY,
      responses: { 200: { description: 'Agents', schema: AgentsReply }, 400: commonProblems[400], 401: commonProblems[401] },
      handle: async ({ caller, query }) => json(200, { items: await d.sessions.agents(caller, { status: query.status }) }),
    }),
    userRoute({
      method: 'get', path: '/api/sessions', operationId: 'listSessions', summary: 'I2/I6: `mine` (handled, listened to, offered to me) or `live` (every open session; needs listen); J2: `delegated` (the open sessions of my delegators: handled by them, for them, or parked for them; `delegator`: only that one\'s, 403 when not a delegator of mine, 400 with another view)', tag: 'sessions',
      params: NO_PARAMS, query: SessionListQuery, body: NO_BODY,
      responses: { 200: { description: 'Open sessions, oldest first', schema: SessionListReply }, 400: commonProblems[400], 401: commonProblems[401], 403: commonProblems[403] },
      handle: async ({ caller, query }) => {
        const sessions = await d.sessions.list(caller, query.view, query.delegator === undefined ? {} : { delegator: query.delegator });
        const users = await usersById(caller, sessions);
        return json(200, { items: sessions.map((s) => presentSession(s, users)) });
      },
    }),
    userRoute({
      method: 'get', path: '/api/sessions/{id}', operationId: 'getSession', summary: 'A session with its newest 200 entries (older ones: `before` = the first seq you have; `more` says whether there are) and your part in it (agent, listener, viewer, transferTarget)', tag: 'sessions',
      params: SessionParams, query: SessionViewQuery, body: NO_BODY,
      responses: { 200: { description: 'The session', schema: SessionViewReply }, ...sessionProblems },
      handle: async ({ caller, params, query }) => {
        const view = await d.sessions.get(caller, params.id, { before: query.before });
        return json(200, { session: presentSession(view.session, await usersById(caller, [view.session])), role: view.role, entries: view.entries.map(presentEntry), more: view.more });
      },
    }),
    userRoute({
      method: 'get', path: '/api/sessions/{id}/entries', operationId: 'listSessionEntries', summary: 'Entries after seq `after`, in order (catching up after a gap)', tag: 'sessions',
      params: SessionParams, query: EntriesQuery, body: NO_BODY,
      responses: { 200: { description: 'Entries', schema: EntriesReply }, ...sessionProblems },
      handle: async ({ caller, params, query }) => json(200, { items: (await d.sessions.entriesForAgent(caller, params.id, query.after)).map(presentEntry) }),
    }),
    userRoute({
      method: 'post', path: '/api/sessions/{id}/messages', operationId: 'postSessionMessage', summary: 'The handling agent writes to the customer; a resent `clientId` answers the same entry. J2: a delegate handling it for someone (`actingFor`) whose delegation ended (removed, or the policy no longer allows it): 403 with the reason (the delegator can pick it up)', tag: 'sessions',
      params: SessionParams, query: NO_PARAMS, body: MessageBody,
      responses: { 201: { description: 'The entry', schema: EntrySchema }, ...sessionProblems, ...conflict },
      handle: async ({ caller, params, body }) => json(201, presentEntry(await d.sessions.post(caller, params.id, { text: body.text, clientId: body.clientId ?? `api-${d.newId()}` }))),
    }),
    userRoute({
      method: 'post', path: '/api/sessions/{id}/transfers', operationId: 'transferSession', summary: 'I3/I5: offer the session to a present colleague (the handling agent or a manager); answers the transfer and its `id`', tag: 'sessions',
      params: SessionParams, query: NO_PARAMS, body: TransferBody,
      responses: { 201: { description: 'The pending transfer', schema: TransferSchema }, ...sessionProblems, 409: problem('A transfer is pending already, the colleague is not present (named), or the session is not active') },
      handle: async ({ caller, params, body }) => {
        const transfer = await d.sessions.transfer(caller, params.id, body.toUserId);
        return json(201, presentTransfer(transfer), { location: `/api/sessions/${params.id}/transfers/${transfer.id}` });
      },
    }),
    decision('accept', 'I3: the colleague accepts; they handle the session and the first agent listens (409 saying what happened when it is no longer pending)'),
    decision('decline', 'I3: the colleague declines; the first agent keeps the session (409 saying what happened when it is no longer pending)'),
    decision('cancel', 'I3: the first agent (or a manager) withdraws the offer (409 saying what happened when it is no longer pending)'),
    userRoute({
      method: 'post', path: '/api/sessions/{id}/takeover', operationId: 'takeOverSession', summary: 'I5: a manager takes the session; the agent they take it from listens. Send `expectedAgentId` (the agent you saw handling it, null when queued): when someone else has it now, 409 names them. J2: `onBehalfOf` (a delegator of yours; absent: decided by your rights): a delegate takes the session the delegator handles; the delegate handles it for them (`actingFor`), the delegator listens; not a delegate (any more): 403 with the reason; one who may not open the session: 404', tag: 'sessions',
      params: SessionParams, query: NO_PARAMS, body: TakeoverBody,
      responses: { 200: { description: 'The session', schema: SessionSchema }, ...sessionProblems, 409: problem('Someone else handles it now (another manager took it over, or it was transferred: the detail names them), or it is closed or already yours') },
      handle: async ({ caller, params, body }) => sessionReply(caller, await d.sessions.takeover(caller, params.id, {
        ...(body?.expectedAgentId === undefined ? {} : { expectedAgentId: body.expectedAgentId }),
        ...(body?.onBehalfOf === undefined ? {} : { onBehalfOf: body.onBehalfOf }),
      })),
    }),
    userRoute({
      method: 'post', path: '/api/sessions/{id}/park', operationId: 'parkSession', summary: 'J6: the handling agent, a delegate who took the session for `forUserId`, parks it for them: the customer is told they will be with them, they get a Teams card with "Pick up". Parked sessions wait (never requeued, no expiry) until picked up, closed, taken over or transferred', tag: 'sessions',
      params: SessionParams, query: NO_PARAMS, body: ParkBody,
      responses: { 200: { description: 'The session, parked', schema: SessionSchema }, ...sessionProblems, 403: problem('Not a delegate of `forUserId` (any more), not handling the session, or not handling it for them: the detail says which'), 409: problem('Closed, parked already, or a transfer is pending (named)') },
      handle: async ({ caller, params, body }) => sessionReply(caller, await d.sessions.park(caller, params.id, { forUserId: body.forUserId })),
    }),
    userRoute({
      method: 'post', path: '/api/sessions/{id}/pickup', operationId: 'pickUpSession', summary: 'J6: the person the session is parked for picks it up: they handle it, the delegate listens (a pending transfer is withdrawn). With nothing parked, the person a delegate handles it for (`actingFor`) takes it back the same way', tag: 'sessions',
      params: SessionParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The session, yours', schema: SessionSchema }, ...sessionProblems, 403: problem('The session is parked for someone else (named)'), 409: problem('Nothing is parked (any more): picked up already, taken by a colleague, or closed') },
      handle: async ({ caller, params }) => sessionReply(caller, await d.sessions.pickUp(caller, params.id)),
    }),
    userRoute({
      method: 'post', path: '/api/sessions/{id}/close', operationId: 'closeSession', summary: 'End the session (the handling agent or a manager, judged on the session as stored when it closes); a listener gets 409: use leave', tag: 'sessions',
      params: SessionParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The session', schema: SessionSchema }, ...sessionProblems, 409: problem('Closed already, someone else handles it now (named), or you only listen (use leave)') },
      handle: async ({ caller, params }) => sessionReply(caller, await d.sessions.close(caller, params.id)),
    }),
    userRoute({
      method: 'post', path: '/api/sessions/{id}/leave', operationId: 'leaveSession', summary: 'I3: a listener stops listening (closes the window); the chat goes on. Not listening: nothing changes', tag: 'sessions',
      params: SessionParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The session', schema: SessionSchema }, ...sessionProblems },
      handle: async ({ caller, params }) => sessionReply(caller, await d.sessions.leave(caller, params.id)),
    }),
    userRoute({
      method: 'post', path: '/api/sessions/{id}/case', operationId: 'makeCaseOfSession', summary: 'I2: make a case of the session (yours, with a `chat` conversation holding the transcript)', tag: 'sessions',
      params: SessionParams, query: NO_PARAMS, body: CaseBody,
      responses: { 201: { description: 'The new case', schema: CaseReply }, ...sessionProblems, ...conflict },
      handle: async ({ caller, params, body }) => {
        const made = await d.sessions.makeCase(caller, params.id, { title: body?.title ?? null });
        return json(201, made, { location: `/api/records/${made.recordId}` });
      },
    }),
    userRoute({
      method: 'get', path: '/api/chat-sites', operationId: 'listChatSites', summary: 'The web chat sites of your tenant (administrators)', tag: 'sessions',
      params: NO_PARAMS, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'Sites', schema: ChatSiteList }, 401: commonProblems[401], 403: commonProblems[403] },
      handle: async ({ caller }) => json(200, { items: (await d.sites.list(caller)).map(presentSite) }),
    }),
    userRoute({
      method: 'put', path: '/api/chat-sites/{id}', operationId: 'putChatSite', summary: 'Create or replace a chat site (administrators, audited); `identitySecret` is write-only (absent: kept, null: removed)', tag: 'sessions',
      params: ChatSiteParams, query: NO_PARAMS, body: ChatSiteBody,
      responses: { 200: { description: 'The site', schema: ChatSiteView }, 400: commonProblems[400], 401: commonProblems[401], 403: commonProblems[403] },
      handle: async ({ caller, params, body }) => json(200, presentSite(await d.sites.put(caller, params.id, body))),
    }),
  ];
}
