/**
 * The customer chat API for agents (SPEC I1–I7): status and heartbeat, sessions, their entries,
 * messages, transfers, take over, make a case, and the ticket of the agent WebSocket. The shapes
 * are the generated OpenAPI types (`npm run api-types`), so a change in the service's answers fails
 * the tab's type check.
 */
import type { ApiClient } from './client';
import type { ResponseBody } from './types';

const seg = encodeURIComponent;

/** I1 */
export const AGENT_STATUSES = ['present', 'away', 'busy', 'offline'] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

/** How often the open tab tells the service the agent is still there (offline after 60 s without). */
export const HEARTBEAT_INTERVAL_MS = 20_000;

/** The longest chat message, in characters. */
export const MAX_SESSION_TEXT = 2000;

/** The note keys the service sends, taken from the generated OpenAPI types (a new one there fails tsc here until it is listed). */
export type SessionNote = NonNullable<ResponseBody<'/api/sessions/{id}', 'get'>['entries'][number]['note']>['key'];

/** Every value of a string union, checked both ways: none outside it, none of it left out. */
function allOf<T extends string>() {
  return <const A extends readonly T[]>(...values: A & ([T] extends [A[number]] ? unknown : never)): A => values;
}

export const SESSION_NOTES = allOf<SessionNote>()(
  'started', 'queued', 'agentJoined', 'transferPending', 'transferAccepted', 'transferDeclined', 'transferCancelled', 'transferExpired',
  'takenOver', 'closedByAgent', 'closedByVisitor', 'caseMade', 'agentLeft',
  // J2, J6: taken for a delegator, parked for them, picked up by them.
  'takenFor', 'parked', 'pickedUp',
);

/** `GET /api/sessions/{id}`: the session, the caller's part in it, and its newest entries in order (`more`: older ones exist). */
export type SessionView = ResponseBody<'/api/sessions/{id}', 'get'>;
/** A customer chat session as the API presents it (its agent and listeners as `{id, displayName}`). */
export type ChatSession = SessionView['session'];
export type SessionEntry = SessionView['entries'][number];
export type SessionRole = SessionView['role'];
export type SessionStatus = ChatSession['status'];
export type Transfer = NonNullable<ChatSession['transfer']>;
export type TransferStatus = Transfer['status'];
/** The visitor as the session knows them; `verified`: name and e-mail came signed by the site. */
export type Visitor = ChatSession['visitor'];
/** A user a session names (its agent, its listeners). */
export type PersonRef = ChatSession['listeners'][number];
export type Agent = ResponseBody<'/api/agents', 'get'>['items'][number];

/** `PUT /api/me/status`. */
export async function setMyStatus(api: ApiClient, status: AgentStatus, signal?: AbortSignal): Promise<AgentStatus> {
  return (await api.send<{ status: AgentStatus }>('/api/me/status', { method: 'PUT', body: { status }, ...(signal === undefined ? {} : { signal }) })).body.status;
}

/** `POST /api/me/heartbeat`: answers the effective status. */
export async function heartbeat(api: ApiClient, signal?: AbortSignal): Promise<AgentStatus> {
  return (await api.send<{ status: AgentStatus }>('/api/me/heartbeat', { method: 'POST', body: {}, ...(signal === undefined ? {} : { signal }) })).body.status;
}

/** `GET /api/agents[?status=]`. */
export async function listAgents(api: ApiClient, status?: AgentStatus, signal?: AbortSignal): Promise<Agent[]> {
  return (await api.get<{ items: Agent[] }>('/api/agents', status === undefined ? undefined : { status }, signal)).items;
}

/** `GET /api/sessions?view=`: `mine` (handled, listened to, offered to me), `live` (needs `listen`) or `delegated` (J2: my delegators' open sessions). */
export async function listSessions(api: ApiClient, view: 'mine' | 'live' | 'delegated', signal?: AbortSignal): Promise<ChatSession[]> {
  return (await api.get<{ items: ChatSession[] }>('/api/sessions', { view }, signal)).items;
}

/** The session with its newest entries, or (`before`) the page of entries before that seq. */
export function getSession(api: ApiClient, id: string, signal?: AbortSignal, before?: number): Promise<SessionView> {
  return api.get<SessionView>(`/api/sessions/${seg(id)}`, before === undefined ? undefined : { before }, signal);
}

export async function getEntries(api: ApiClient, id: string, after: number, signal?: AbortSignal): Promise<SessionEntry[]> {
  return (await api.get<{ items: SessionEntry[] }>(`/api/sessions/${seg(id)}/entries`, { after }, signal)).items;
}

/** `POST /api/sessions/{id}/messages`; a resend with the same `clientId` answers the same entry. */
export async function postMessage(api: ApiClient, id: string, clientId: string, text: string, signal?: AbortSignal): Promise<SessionEntry> {
  return (await api.send<SessionEntry>(`/api/sessions/${seg(id)}/messages`, { method: 'POST', body: { clientId, text }, ...(signal === undefined ? {} : { signal }) })).body;
}

/** Ends the chat for everyone (the handling agent or a manager). */
export async function closeSession(api: ApiClient, id: string): Promise<void> {
  await api.send<unknown>(`/api/sessions/${seg(id)}/close`, { method: 'POST', body: {} });
}

/** "Close window" in listen mode: I stop listening; the chat goes on. */
export async function leaveSession(api: ApiClient, id: string): Promise<void> {
  await api.send<unknown>(`/api/sessions/${seg(id)}/leave`, { method: 'POST', body: {} });
}

/** "Make a case": answers the new case. */
export async function makeCase(api: ApiClient, id: string, title: string | null): Promise<{ recordId: string; number: string }> {
  return (await api.send<{ recordId: string; number: string }>(`/api/sessions/${seg(id)}/case`, { method: 'POST', body: title === null ? {} : { title } })).body;
}

export async function startTransfer(api: ApiClient, id: string, toUserId: string): Promise<Transfer> {
  return (await api.send<Transfer>(`/api/sessions/${seg(id)}/transfers`, { method: 'POST', body: { toUserId } })).body;
}

export type TransferDecision = 'accept' | 'decline' | 'cancel';

export async function decideTransfer(api: ApiClient, id: string, transferId: string, decision: TransferDecision): Promise<void> {
  await api.send<unknown>(`/api/sessions/${seg(id)}/transfers/${seg(transferId)}/${decision}`, { method: 'POST', body: {} });
}

/**
 * I5: a manager takes the session over. `expectedAgentId` is the agent the manager saw handling it
 * (null while queued): when someone else has it by now, the service answers 409 naming them.
 */
export async function takeOver(api: ApiClient, id: string, expectedAgentId: string | null): Promise<void> {
  await api.send<unknown>(`/api/sessions/${seg(id)}/takeover`, { method: 'POST', body: { expectedAgentId } });
}

/** J2: a delegate takes the session `onBehalfOf` their delegator (the agent they saw handling it). */
export async function takeFor(api: ApiClient, id: string, expectedAgentId: string | null, onBehalfOf: string): Promise<void> {
  await api.send<unknown>(`/api/sessions/${seg(id)}/takeover`, { method: 'POST', body: { expectedAgentId, onBehalfOf } });
}

/** J6: the handling delegate parks the session for the delegator they handle it for. */
export async function parkSession(api: ApiClient, id: string, forUserId: string): Promise<void> {
  await api.send<unknown>(`/api/sessions/${seg(id)}/park`, { method: 'POST', body: { forUserId } });
}

/** J6: the person the session is parked for picks it up. */
export async function pickUpSession(api: ApiClient, id: string): Promise<void> {
  await api.send<unknown>(`/api/sessions/${seg(id)}/pickup`, { method: 'POST', body: {} });
}

/** `POST /api/realtime/ticket`: a short-lived ticket for the agent WebSocket. */
export async function realtimeTicket(api: ApiClient): Promise<string> {
  return (await api.send<{ ticket: string }>('/api/realtime/ticket', { method: 'POST', body: {} })).body.ticket;
}
