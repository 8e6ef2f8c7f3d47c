/**
 * The customer chat sessions (I1–I7): the API every edge calls (REST, the customer's and the
 * agent's sockets, the Teams cards), so every check lives here. Each change is one ETag write on
 * the session document (session-log.ts); events, Teams, the audit and the case timeline follow it,
 * best effort (session-effects.ts). Transfers and takeovers: session-transfers.ts; close and make a
 * case: session-endings.ts; routing: session-routing.ts; the rules: session-policies.ts.
 */
import { hasPrivilege, type Caller } from '../access/access';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors';
import type { Locale, Versioned } from '../shared/types';
import { createHash } from 'node:crypto';
import type { Availability, SessionLeave, SessionsApi, SessionSummary, SessionView, VisitorRef } from './ports';
import { HEARTBEAT_TIMEOUT_MS, MAX_SESSION_TEXT, type AgentStatus, type ChatSession, type ChatSite, type SessionEntry, type Transfer } from './session';
import type { SessionServiceDeps } from './session-deps';
import { SessionEffects } from './session-effects';
import { noteDraft, seqOfClientId, SessionLog, withEntries, type EntryDraft } from './session-log';
import { canHandle, canListen, canSend, openNow, roleIn } from './session-policies';
import { loadOf } from './session-routing';
import { OPEN_LIMIT, SessionRoster } from './session-roster';
import { SessionRouting } from './session-routing';
import { SessionTransfers } from './session-transfers';
import { SessionEndings } from './session-endings';
import { SessionDelegation } from './session-delegation';
import { onBehalfOfField } from './session-delegation-policies';

export type { SessionServiceDeps };

/** The text of a message, trimmed; a ValidationError when empty or too long. */
export function messageText(text: string, path = 'text'): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_SESSION_TEXT) throw new ValidationError([{ path, messageKey: 'issue.sessions.text', params: { max: MAX_SESSION_TEXT } }]);
  return trimmed;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A visitor's `start` names its first message with an id at least this long (the widget sends UUIDs): it keys the session. */
export const MIN_START_CLIENT_ID = 16;
/** How long one instance answers a site's availability from memory (advisory: `start` decides). */
export const AVAILABILITY_CACHE_MS = 3_000;
/** Entries `get` gives at most (older ones with `before`). */
export const VIEW_ENTRIES = 200;

/** The id of the session a visitor's `start` makes: the same (tenant, site, clientId) is the same session, so a resent start makes no second one. */
export function startSessionId(tenantId: string, siteId: string, clientId: string): string {
  return `s_${createHash('sha256').update(`${tenantId}\0${siteId}\0${clientId}`).digest('base64url').slice(0, 32)}`;
}

export class SessionService implements SessionsApi, SessionLeave {
  private readonly log: SessionLog;
  private readonly roster: SessionRoster;
  private readonly effects: SessionEffects;
  private readonly routing: SessionRouting;
  private readonly transfers: SessionTransfers;
  private readonly endings: SessionEndings;
  private readonly delegation: SessionDelegation;
  /** P2-9: availability per site, briefly, per instance (it is advisory; every instance may answer differently for a few seconds). */
  private readonly availabilityCache = new Map<string, { until: number; value: Availability }>();

  constructor(private readonly d: SessionServiceDeps) {
    this.log = new SessionLog(d.sessions, d.clock);
    this.roster = new SessionRoster(d);
    this.effects = new SessionEffects(d);
    this.delegation = new SessionDelegation(d, this.log, this.roster, this.effects);
    this.routing = new SessionRouting(d, this.log, this.roster, this.effects);
    // J2: every action of the handling agent goes through `load` with `act`: a delegate whose delegation ended is refused there.
    this.endings = new SessionEndings(d, this.log, this.effects, this.routing, (caller, id, act) => this.load(caller, id, undefined, act));
    this.transfers = new SessionTransfers(d, this.log, this.roster, this.effects, (caller, id, transferId) => this.load(caller, id, transferId, true));
  }

  // ---- visitor side ----

  site(tenantId: string, siteId: string): Promise<ChatSite | null> {
    return this.d.sites.get(tenantId, siteId);
  }

  private async siteOrFail(tenantId: string, siteId: string): Promise<ChatSite> {
    const site = await this.d.sites.get(tenantId, siteId);
    if (!site) throw new NotFoundError();
    return site;
  }

  async availability(tenantId: string, siteId: string): Promise<Availability> {
    const key = `${tenantId}\u0000${siteId}`;
    const now = this.d.clock().getTime();
    const cached = this.availabilityCache.get(key);
    if (cached && cached.until > now) return cached.value;
    const value = await this.availabilityNow(tenantId, siteId);
    if (this.availabilityCache.size > 1000) this.availabilityCache.clear();
    this.availabilityCache.set(key, { until: now + AVAILABILITY_CACHE_MS, value });
    return value;
  }

  private async availabilityNow(tenantId: string, siteId: string): Promise<Availability> {
    const site = await this.siteOrFail(tenantId, siteId);
    const about = { name: site.name, language: site.language };
    if (!openNow(site, this.d.clock())) return { open: false, reason: 'closedHours', site: about };
    const present = (await this.roster.agents(tenantId)).some((a) => a.status === 'present' && canHandle(a.caller, site));
    return present ? { open: true, reason: 'open', site: about } : { open: false, reason: 'nobodyPresent', site: about };
  }

  async start(tenantId: string, siteId: string, input: { visitorId: string; name: string | null; email: string | null; verified: boolean; locale: Locale; clientId: string; text: string }): Promise<{ session: ChatSession; entry: SessionEntry }> {
    const site = await this.siteOrFail(tenantId, siteId);
    const text = messageText(input.text);
    if (input.clientId.length < MIN_START_CLIENT_ID) throw new ValidationError([{ path: 'clientId', messageKey: 'issue.sessions.clientId', params: { min: MIN_START_CLIENT_ID } }]);
    // A resent start (a dropped socket) finds the session the first one made.
    const id = startSessionId(tenantId, siteId, input.clientId);
    const earlier = await this.started(tenantId, siteId, id);
    if (earlier) return earlier;
    if (!openNow(site, this.d.clock())) throw new ConflictError('error.sessions.siteClosed');
    const agentId = await this.routing.choose(site);
    const agent = agentId ? await this.d.directory.getUser(tenantId, agentId) : null;
    const at = this.d.clock().toISOString();
    const personId = await this.personOf(tenantId, input);
    const empty: ChatSession = {
      id, tenantId, siteId, teamId: site.teamId, status: agentId ? 'active' : 'queued',
      visitor: { id: input.visitorId, name: input.name, email: input.email, verified: input.verified, locale: input.locale },
      agentId, listenerIds: [], createdAt: at, waitingSince: agentId ? null : at, closedAt: null, lastSeq: 0, recent: [], clientIds: [],
      transfer: null, transfers: [], personId, recordId: null, lastActivityAt: at,
    };
    const drafts: EntryDraft[] = [
      { kind: 'customer', authorId: null, authorName: input.name, text, clientId: input.clientId, note: null },
      agentId ? noteDraft('agentJoined', { name: agent?.displayName ?? agentId }, agentId) : noteDraft('queued', {}, null),
    ];
    const { session, entries } = withEntries(empty, drafts, at);
    let created: ChatSession;
    try {
      created = (await this.d.sessions.create(session)).value;
    } catch (error) {
      // The same start on another instance (or a resend) got there first: that one is the session.
      const other = error instanceof ConflictError ? await this.started(tenantId, siteId, id) : null;
      if (!other) throw error;
      return other;
    }
    if (agentId) await this.effects.step('assigned', created, () => this.roster.assigned(tenantId, agentId, at));
    await this.effects.publish(created, entries, { state: true, agents: [agentId] });
    await this.effects.record(created, 'started', { actorId: `visitor:${input.visitorId}`, at, key: 'start', userIds: [agentId], newValue: { siteId, agentId, status: created.status } });
    const [entry] = entries;
    if (!entry) throw new Error('a session starts with its first message');
    return { session: created, entry };
  }

  /** The session a start with this id made, with its first entry (its follow-up effects run again: each is idempotent or harmless); null when none. */
  private async started(tenantId: string, siteId: string, id: string): Promise<{ session: ChatSession; entry: SessionEntry } | null> {
    const found = await this.d.sessions.get(tenantId, id);
    if (!found) return null;
    const session = found.value;
    // Another site's session with this id: never this visitor's (the hash includes the site; this is a guard).
    if (session.siteId !== siteId) throw new ConflictError('error.sessions.closed');
    const entry = await this.log.entry(session, 1);
    if (!entry) throw new NotFoundError();
    if (session.agentId) await this.effects.publish(session, [], { state: true, agents: [session.agentId] });
    await this.effects.record(session, 'started', { actorId: `visitor:${session.visitor.id}`, at: session.createdAt, key: 'start', userIds: [session.agentId], newValue: { siteId, agentId: session.agentId, status: session.status } });
    return { session, entry };
  }

  /** P1-4: the person a verified visitor is (by their signed e-mail), or null; a typed address matches nobody. */
  private async personOf(tenantId: string, input: { email: string | null; verified: boolean }): Promise<string | null> {
    if (!input.verified || !input.email || !this.d.people) return null;
    try {
      return (await this.d.people.findByEmail(tenantId, input.email.trim().toLowerCase()))?.id ?? null;
    } catch (error) {
      this.d.failed('findPerson', error, { tenantId });
      return null;
    }
  }

  /** The visitor's session; NotFound for anyone else's (another tenant, site or visitor). */
  private async visitorSession(visitor: VisitorRef): Promise<ChatSession> {
    return (await this.visitorVersion(visitor)).value;
  }

  private async visitorVersion(visitor: VisitorRef): Promise<Versioned<ChatSession>> {
    const found = await this.d.sessions.get(visitor.tenantId, visitor.sessionId);
    const session = found?.value;
    if (!found || !session || session.siteId !== visitor.siteId || session.visitor.id !== visitor.visitorId) throw new NotFoundError();
    return found;
  }

  async postAsVisitor(visitor: VisitorRef, input: { clientId: string; text: string }): Promise<SessionEntry> {
    const version = await this.visitorVersion(visitor);
    const seen = version.value;
    return this.append(seen, 'customer', input.clientId, () => ({ kind: 'customer', authorId: null, authorName: seen.visitor.name, text: messageText(input.text), clientId: input.clientId, note: null }), () => undefined, version);
  }

  /** Adds one message (a client id already taken answers the entry it became). */
  private async append(seen: ChatSession, kind: SessionEntry['kind'], clientId: string, draft: (current: ChatSession) => EntryDraft, check: (current: ChatSession) => void, version?: Versioned<ChatSession>): Promise<SessionEntry> {
    const box: { repeated: number | null } = { repeated: null };
    const changed = await this.log.change(seen.tenantId, seen.id, (current) => {
      const seq = seqOfClientId(current, kind, clientId);
      if (seq !== null) {
        box.repeated = seq;
        return null;
      }
      if (current.status === 'closed') throw new ConflictError('error.sessions.closed');
      check(current);
      return { session: { ...current, lastActivityAt: this.d.clock().toISOString() }, drafts: [draft(current)] };
    }, version);
    if (!changed) {
      const stored = await this.d.sessions.get(seen.tenantId, seen.id);
      const entry = stored && box.repeated !== null ? await this.log.entry(stored.value, box.repeated) : null;
      if (!entry) throw new NotFoundError();
      return entry;
    }
    await this.effects.publish(changed.after.value, changed.entries, { state: false });
    const [entry] = changed.entries;
    if (!entry) throw new Error('an append writes one entry');
    return entry;
  }

  async entriesForVisitor(visitor: VisitorRef, afterSeq: number): Promise<{ session: ChatSession; entries: SessionEntry[] }> {
    const session = await this.visitorSession(visitor);
    return { session, entries: await this.log.entriesAfter(session, afterSeq) };
  }

  async closeByVisitor(visitor: VisitorRef): Promise<void> {
    const seen = await this.visitorSession(visitor);
    await this.endings.closeAs(seen, null, 'closedByVisitor', {});
  }

  async leaveMessage(tenantId: string, siteId: string, input: { name: string; email: string; text: string; locale: Locale }): Promise<{ number: string }> {
    const site = await this.siteOrFail(tenantId, siteId);
    const name = input.name.trim();
    const email = input.email.trim().toLowerCase();
    const issues = [
      ...(name.length === 0 || name.length > 200 ? [{ path: 'name', messageKey: 'issue.sessions.name' as const }] : []),
      ...(!EMAIL.test(email) || email.length > 254 ? [{ path: 'email', messageKey: 'issue.sessions.email' as const }] : []),
    ];
    if (issues.length > 0) throw new ValidationError(issues);
    const text = messageText(input.text);
    const made = await this.d.intake.leaveMessage(site, { name, email, text, locale: input.locale, receivedAt: this.d.clock().toISOString() });
    return { number: made.number };
  }

  // ---- agent status (I1) ----

  /**
   * I1: the agent's own status. Only agents may set one (ForbiddenError otherwise). From the tab
   * (`via: 'app'`) the call is also the app's heartbeat; from the bot it is not, so an agent whose
   * tab is closed stays offline until it opens. `appOpen`: the app's heartbeat was fresh before the call.
   */
  async setStatus(caller: Caller, status: AgentStatus, via: 'app' | 'bot' = 'app'): Promise<{ status: AgentStatus; appOpen: boolean }> {
    if (!(await this.isAgent(caller))) throw new ForbiddenError('sessioncards.status.notAgent');
    const now = this.d.clock();
    const at = now.toISOString();
    const doc = await this.d.statuses.get(caller.tenantId, caller.user.id);
    const appOpen = doc !== null && now.getTime() - Date.parse(doc.heartbeatAt) <= HEARTBEAT_TIMEOUT_MS;
    // A bot command is not the app: the heartbeat stays the app's own (never one: long ago).
    const heartbeatAt = via === 'app' ? at : (doc?.heartbeatAt ?? new Date(0).toISOString());
    await this.d.statuses.put({ tenantId: caller.tenantId, userId: caller.user.id, status, setAt: at, heartbeatAt, source: 'agent', lastAssignedAt: doc?.lastAssignedAt ?? null });
    if (status === 'present') {
      // Someone became present: queued sessions may go to them now (the sweep would, a little later).
      await this.routing.routeTenant(caller.tenantId).catch((error: unknown) => this.d.failed('route', error, { tenantId: caller.tenantId }));
    }
    return { status: await this.roster.statusOf(caller.tenantId, caller.user.id), appOpen };
  }

  /** I1: an agent is a member of a team whose `write` on cases (or on a chat site's record type) reaches that team. */
  private async isAgent(caller: Caller): Promise<boolean> {
    const sites = await this.d.sites.list(caller.tenantId);
    if (sites.some((site) => canHandle(caller, site))) return true;
    return caller.user.teamIds.some((teamId) => hasPrivilege(caller, { tenantId: caller.tenantId, type: 'case', ownerId: null, owningTeamId: teamId }, 'write'));
  }

  /** I1: the tab is open. Only agents have a status (ForbiddenError otherwise, as for setStatus). */
  async heartbeat(caller: Caller): Promise<{ status: AgentStatus }> {
    if (!(await this.isAgent(caller))) throw new ForbiddenError('sessioncards.status.notAgent');
    const at = this.d.clock().toISOString();
    const doc = await this.d.statuses.get(caller.tenantId, caller.user.id);
    // Before the agent chooses a status they count as away (or as Teams says, where presence is followed).
    await this.d.statuses.put(doc ? { ...doc, heartbeatAt: at } : { tenantId: caller.tenantId, userId: caller.user.id, status: 'away', setAt: at, heartbeatAt: at, source: 'default', lastAssignedAt: null });
    return { status: await this.roster.statusOf(caller.tenantId, caller.user.id) };
  }

  async agents(caller: Caller, filter: { status?: AgentStatus | undefined }): Promise<Array<{ userId: string; displayName: string; status: AgentStatus; openSessions: number }>> {
    const [agents, open] = await Promise.all([this.roster.agents(caller.tenantId), this.d.sessions.openSummaries(caller.tenantId, OPEN_LIMIT)]);
    const load = loadOf(open);
    return agents
      .filter((a) => !filter.status || a.status === filter.status)
      .map((a) => ({ userId: a.user.id, displayName: a.user.displayName, status: a.status, openSessions: load.get(a.user.id) ?? 0 }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  }

  // ---- sessions (I2, I6) ----

  /**
   * The session and its site for a caller who has a part in it or may listen (or, with `transferId`,
   * who was a party to that transfer: the loser of a decision is told what happened); NotFound
   * otherwise, also for another tenant's. `act`: the caller is about to act in it (write, close,
   * transfer, make a case): a delegate handling it for a delegator whose delegation ended (removed,
   * policy off) gets ForbiddenError with the reason (J2) — the one place every such action passes.
   */
  private async load(caller: Caller, sessionId: string, transferId?: string, act = false): Promise<{ session: ChatSession; site: ChatSite; role: NonNullable<ReturnType<typeof roleIn>>; version: Versioned<ChatSession> }> {
    const found = await this.d.sessions.get(caller.tenantId, sessionId);
    if (!found || found.value.tenantId !== caller.tenantId) throw new NotFoundError();
    const session = found.value;
    const site = await this.siteOrFail(caller.tenantId, session.siteId);
    const role = roleIn(caller, session, site.recordType) ?? (transferId && isPartyTo(caller.user.id, session, transferId) ? 'viewer' : null)
      // J2: a delegate reads their delegators' sessions (to take one for them).
      ?? ((await this.delegation.mayView(caller, session)) ? 'viewer' : null);
    if (!role) throw new NotFoundError();
    if (act) await this.delegation.mustStillActFor(caller, session);
    return { session, site, role, version: found };
  }

  async list(caller: Caller, view: 'mine' | 'live' | 'delegated', filter: { delegator?: string | undefined } = {}): Promise<SessionSummary[]> {
    if (view === 'delegated') return this.delegation.list(caller, filter.delegator);
    if (filter.delegator !== undefined) throw new ValidationError([{ path: 'delegator', messageKey: 'sessiondelegation.issue.delegatorView' }]);
    if (view === 'mine') return this.d.sessions.listForAgent(caller.tenantId, caller.user.id);
    const [open, sites] = await Promise.all([this.d.sessions.openSummaries(caller.tenantId, OPEN_LIMIT), this.d.sites.list(caller.tenantId)]);
    const types = new Map(sites.map((s) => [s.id, s.recordType]));
    const mayListen = sites.some((site) => canListen(caller, { ...emptyOf(site), agentId: null }, site.recordType));
    if (!mayListen) throw new ForbiddenError('error.sessions.forbiddenLive');
    return open.filter((s) => canListen(caller, s, types.get(s.siteId) ?? 'case'));
  }

  async get(caller: Caller, sessionId: string, page: { before?: number | undefined; limit?: number | undefined } = {}): Promise<SessionView> {
    const { session, role } = await this.load(caller, sessionId);
    const limit = Math.max(1, Math.min(page.limit ?? VIEW_ENTRIES, VIEW_ENTRIES));
    const { entries, more } = await this.log.page(session, page.before, limit);
    return { session, role, entries, more };
  }

  async entriesForAgent(caller: Caller, sessionId: string, afterSeq: number): Promise<SessionEntry[]> {
    const { session } = await this.load(caller, sessionId);
    return this.log.entriesAfter(session, afterSeq);
  }

  async post(caller: Caller, sessionId: string, input: { clientId: string; text: string }): Promise<SessionEntry> {
    // J2: handling it for a delegator only while that delegation is in effect (`act`).
    const { session, version } = await this.load(caller, sessionId, undefined, true);
    return this.append(session, 'agent', input.clientId, (current) => ({
      kind: 'agent', authorId: caller.user.id, authorName: caller.user.displayName, text: messageText(input.text), clientId: input.clientId, note: null,
      // J2: a delegate's message in a chat they handle for someone names that person (agents only; the customer's view leaves it out).
      ...onBehalfOfField(current, caller.user.id),
    }), (current) => {
      // Not the handling agent: 403, whatever the state (a viewer of a queued session too).
      if (current.agentId !== caller.user.id) throw new ForbiddenError('error.sessions.listenOnly');
      if (current.status === 'queued') throw new ConflictError('error.sessions.notActive');
      if (!canSend(caller, current)) throw new ForbiddenError('error.sessions.listenOnly');
    }, version);
  }

  async typing(caller: Caller | VisitorRef, sessionId: string): Promise<void> {
    if ('visitorId' in caller) {
      const session = await this.visitorSession(caller);
      if (session.status === 'closed') return;
      // The token's session, never the one the frame names.
      await this.effects.send({ type: 'typing', tenantId: session.tenantId, sessionId: session.id, who: 'customer', name: session.visitor.name });
      return;
    }
    const { session } = await this.load(caller, sessionId);
    if (!canSend(caller, session)) throw new ForbiddenError('error.sessions.listenOnly');
    await this.delegation.mustStillActFor(caller, session);
    await this.effects.send({ type: 'typing', tenantId: session.tenantId, sessionId, who: 'agent', name: caller.user.displayName });
  }

  close(caller: Caller, sessionId: string): Promise<ChatSession> {
    return this.endings.close(caller, sessionId);
  }

  leave(caller: Caller, sessionId: string): Promise<ChatSession> {
    return this.endings.leave(caller, sessionId);
  }

  makeCase(caller: Caller, sessionId: string, input: { title: string | null }): Promise<{ recordId: string; number: string }> {
    return this.endings.makeCase(caller, sessionId, input);
  }

  // ---- transfer (I3, I5, I7) ----

  transfer(caller: Caller, sessionId: string, toUserId: string): Promise<Transfer> {
    return this.transfers.transfer(caller, sessionId, toUserId);
  }

  accept(caller: Caller, sessionId: string, transferId: string): Promise<ChatSession> {
    return this.transfers.decide(caller, sessionId, transferId, 'accept');
  }

  decline(caller: Caller, sessionId: string, transferId: string): Promise<ChatSession> {
    return this.transfers.decide(caller, sessionId, transferId, 'decline');
  }

  cancel(caller: Caller, sessionId: string, transferId: string): Promise<ChatSession> {
    return this.transfers.decide(caller, sessionId, transferId, 'cancel');
  }

  /** I5, or J2 when a delegate takes it for their delegator (session-delegation.ts). */
  async takeover(caller: Caller, sessionId: string, input: { expectedAgentId?: string | null | undefined; onBehalfOf?: string | null | undefined } = {}): Promise<ChatSession> {
    const acting = await this.delegation.actingForTake(caller, sessionId, input.onBehalfOf ?? null, input.expectedAgentId);
    const plain = input.expectedAgentId === undefined ? {} : { expectedAgentId: input.expectedAgentId };
    return acting ? this.delegation.takeFor(acting, sessionId, plain) : this.transfers.takeover(caller, sessionId, plain);
  }

  // ---- delegation (J6) ----

  park(caller: Caller, sessionId: string, input: { forUserId: string }): Promise<ChatSession> {
    return this.delegation.park(caller, sessionId, input);
  }

  pickUp(caller: Caller, sessionId: string): Promise<ChatSession> {
    return this.delegation.pickUp(caller, sessionId);
  }

  // ---- sweeps ----

  expireTransfers(): Promise<number> {
    return this.transfers.expireTransfers();
  }

  routeQueued(): Promise<number> {
    return this.routing.routeQueued();
  }
}

/** A session of the site that nobody handles: what a `listen` check on the site as a whole looks at. */
function emptyOf(site: ChatSite): ChatSession {
  return {
    id: '', tenantId: site.tenantId, siteId: site.id, teamId: site.teamId, status: 'active', visitor: { id: '', name: null, email: null, verified: false, locale: 'en' },
    agentId: null, listenerIds: [], createdAt: '', waitingSince: null, closedAt: null, lastSeq: 0, recent: [], clientIds: [], transfer: null, transfers: [],
    personId: null, recordId: null, lastActivityAt: '',
  };
}

/** Was the user the colleague, the first agent or the asker of this transfer (pending or decided)? */
function isPartyTo(userId: string, session: ChatSession, transferId: string): boolean {
  const transfer = session.transfer?.id === transferId ? session.transfer : session.transfers.find((t) => t.id === transferId);
  return transfer !== undefined && transfer !== null && [transfer.toUserId, transfer.fromUserId, transfer.byUserId].includes(userId);
}
