/**
 * J2, J6 for customer chat sessions: a delegate takes a session their delegator handles (they type,
 * the delegator listens, the session remembers `actingFor`), parks it for the delegator, and the
 * delegator picks it up. Who may act for whom is the ActingResolver's answer (one point read of the
 * delegate's delegation document, and the policy); what may happen to the session is judged inside
 * its one ETag write (session-delegation-policies.ts), so of two pick-ups, or a pick-up and an
 * accepted transfer, exactly one wins and the other is told what happened.
 *
 * A parked session waits for its delegator: it is not requeued when the delegate goes offline and
 * has no expiry; it ends when picked up, closed (by the delegate, a manager or the customer), taken
 * over by a manager or transferred to a colleague who accepts (each redraws its "Pick up" card).
 * A delegate whose delegation ends (removed, policy off) can no longer write in a chat they handle
 * for the delegator; the delegator takes it back with pick-up (nothing parked, `actingFor` them).
 */
import type { Caller } from '../access/access';
import { NO_DELEGATION } from '../delegation/acting';
import { mayBeDelegate, mayDelegate } from '../delegation/delegation';
import type { ParkedEvent } from '../delegation/ports';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors';
import type { Versioned } from '../shared/types';
import { t, type MessageKey } from '../../i18n/catalog';
import type { SessionSummary } from './ports';
import type { ChatSession, ChatSite, SessionNote, Transfer } from './session';
import { isWorkOf, onBehalfOfIn, parkRefusal, pickedUp, pickUpRefusal, sessionOwnerId, takenFor, takeForRefusal } from './session-delegation-policies';
import type { SessionServiceDeps } from './session-deps';
import type { SessionEffects } from './session-effects';
import type { EntryDraft, SessionLog } from './session-log';
import { canHandle, isManager, roleIn } from './session-policies';
import type { SessionRoster } from './session-roster';

type CustomerKey = Extract<MessageKey, `sessiondelegation.customer.${string}`>;

const CUSTOMER: Record<'takenFor' | 'parked' | 'pickedUp', CustomerKey> = {
  takenFor: 'sessiondelegation.customer.takenFor', parked: 'sessiondelegation.customer.parked', pickedUp: 'sessiondelegation.customer.pickedUp',
};

/** A delegation note: the agents' tab words it from the key; the customer reads its text, written here in their language. */
function delegationNote(session: ChatSession, key: 'takenFor' | 'parked' | 'pickedUp', params: Record<string, string>, actorId: string): EntryDraft {
  const note: { key: SessionNote; params: Record<string, string> } = { key, params };
  return { kind: 'system', authorId: actorId, authorName: null, text: t(session.visitor.locale, CUSTOMER[key], params), clientId: null, note };
}

/** Sessions the "Delegated to me" list reads per delegator (as the agent list, at most). */
const PER_DELEGATOR = 200;

export class SessionDelegation {
  constructor(
    private readonly d: SessionServiceDeps,
    private readonly log: SessionLog,
    private readonly roster: SessionRoster,
    private readonly effects: SessionEffects,
  ) {}

  private async nameOf(tenantId: string, userId: string | null): Promise<string> {
    if (!userId) return '';
    return (await this.d.directory.getUser(tenantId, userId))?.displayName ?? userId;
  }

  private async read(tenantId: string, sessionId: string): Promise<{ found: Versioned<ChatSession>; site: ChatSite }> {
    const found = await this.d.sessions.get(tenantId, sessionId);
    if (!found || found.value.tenantId !== tenantId) throw new NotFoundError();
    const site = await this.d.sites.get(tenantId, found.value.siteId);
    if (!site) throw new NotFoundError();
    return { found, site };
  }

  /** The caller's delegators whose delegation is in effect and whom the policy lets act through one (none without delegation wired). */
  async delegatorsOf(caller: Caller): Promise<string[]> {
    const reader = this.d.delegations;
    if (!reader || caller.delegate) return [];
    const [ids, policy] = await Promise.all([reader.activeDelegatorIds(caller.tenantId, caller.user.id), reader.policy(caller.tenantId)]);
    if (ids.length === 0 || !mayBeDelegate(policy, caller.user.roleIds)) return [];
    const users = await this.d.directory.getUsers(caller.tenantId, ids);
    return users.filter((u) => u.tenantId === caller.tenantId && mayDelegate(policy, u.roleIds)).map((u) => u.id);
  }

  /**
   * The caller may open the session: a part in it (or `listen`), or as a delegate of whose work it
   * is; else NotFoundError (they learn nothing of it). `expectedAgentId` (a take): a delegator who
   * handled it as the delegate saw it and still listens (a transfer or takeover won meanwhile) lets
   * the take go on to be told who has it now — nothing their delegator cannot see.
   */
  private async mustView(caller: Caller, session: ChatSession, site: ChatSite, expectedAgentId?: string | null): Promise<void> {
    if (roleIn(caller, session, site.recordType) !== null || (await this.mayView(caller, session))) return;
    const saw = expectedAgentId && expectedAgentId !== caller.user.id && session.listenerIds.includes(expectedAgentId) ? expectedAgentId : null;
    if (saw && (await this.delegatorsOf(caller)).includes(saw)) return;
    throw new NotFoundError();
  }

  /**
   * J2: a delegate handling a session for a delegator (`actingFor`) may write in it only while that
   * delegation is in effect and the policy allows it (one point read of the delegate's document, and
   * the policy; only for such sessions). Removed, or the policy off: ForbiddenError with the reason;
   * the delegator can pick the chat up.
   */
  async mustStillActFor(caller: Caller, session: Pick<ChatSession, 'agentId' | 'actingFor'>): Promise<void> {
    const delegatorId = onBehalfOfIn(session, caller.user.id);
    const reader = this.d.delegations;
    if (!delegatorId || !reader) return;
    const [ids, policy] = await Promise.all([reader.activeDelegatorIds(caller.tenantId, caller.user.id), reader.policy(caller.tenantId)]);
    if (!ids.includes(delegatorId)) throw new ForbiddenError('sessiondelegation.error.delegationEnded', { name: await this.nameOf(caller.tenantId, delegatorId) });
    // An empty role list allows every role: the delegator's roles are read only when the policy names some.
    const delegator = policy.delegatorRoleIds.length > 0 ? await this.d.directory.getUser(caller.tenantId, delegatorId) : null;
    const delegatorMay = policy.delegatorRoleIds.length === 0 ? policy.enabled : delegator !== null && mayDelegate(policy, delegator.roleIds);
    if (!delegatorMay || !mayBeDelegate(policy, caller.user.roleIds)) {
      throw new ForbiddenError('sessiondelegation.error.delegationOff', { name: delegator?.displayName ?? await this.nameOf(caller.tenantId, delegatorId) });
    }
  }

  /** J2: a delegate may open (read) a session that is the work of one of their delegators. */
  async mayView(caller: Caller, session: ChatSession): Promise<boolean> {
    if (session.tenantId !== caller.tenantId || !this.d.delegations) return false;
    const owners = [session.agentId, session.actingFor ?? null, session.parked?.forUserId ?? null].filter((id): id is string => id !== null && id !== caller.user.id);
    if (owners.length === 0) return false;
    const delegators = await this.delegatorsOf(caller);
    return owners.some((id) => delegators.includes(id));
  }

  /**
   * J2 "Delegated to me": the open sessions my delegators handle, someone handles for them, or are
   * parked for them; oldest first. `delegator`: only that one's (ForbiddenError when not an active
   * delegator of mine: another tenant's id, or anyone else's, reads the same).
   */
  async list(caller: Caller, delegator?: string): Promise<SessionSummary[]> {
    const mine = await this.delegatorsOf(caller);
    if (delegator !== undefined && !mine.includes(delegator)) throw new ForbiddenError('sessiondelegation.error.notYourDelegator');
    const delegators = delegator === undefined ? mine : [delegator];
    const lists = await Promise.all(delegators.map((id) => this.d.sessions.listForAgent(caller.tenantId, id)));
    const byId = new Map<string, SessionSummary>();
    for (const s of lists.flat().slice(0, PER_DELEGATOR * Math.max(1, delegators.length))) {
      if (s.tenantId === caller.tenantId && s.status !== 'closed' && delegators.some((id) => isWorkOf(s, id))) byId.set(s.id, s);
    }
    return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  /**
   * J2: the caller acting for a delegator when this takeover is a delegate's take (named with
   * `onBehalfOf`, or implied because the caller's own takeover right does not reach it but the
   * delegator handles it); null: a plain takeover (I5). Not in effect, when named: ForbiddenError with the reason.
   */
  async actingForTake(caller: Caller, sessionId: string, onBehalfOf: string | null, expectedAgentId?: string | null): Promise<Caller | null> {
    const { found, site } = await this.read(caller.tenantId, sessionId);
    const session = found.value;
    await this.mustView(caller, session, site, expectedAgentId);
    const acting = this.d.acting ?? NO_DELEGATION;
    // Judged on the session as the delegate saw it (`expectedAgentId`): a take that lost a race to a
    // transfer or takeover goes on to the write, which answers 409 naming who has it now.
    const ownerId = expectedAgentId ?? session.agentId;
    const resolved = await acting.resolve(caller, {
      action: 'takeSession', explicitFor: onBehalfOf, ownerId,
      // The rule of taking a session: the one who handles it (the delegator's own work), or a manager (I5).
      allows: (c) => c.user.id === ownerId || isManager(c, session, site.recordType),
    });
    return resolved.delegate ? resolved : null;
  }

  /** J2: the delegate takes the session for the delegator (`acting`: the delegator's caller with the delegate set). */
  async takeFor(acting: Caller, sessionId: string, input: { expectedAgentId?: string | null | undefined }): Promise<ChatSession> {
    const delegate = acting.delegate;
    if (!delegate) throw new ForbiddenError('error.sessions.forbiddenTakeover');
    const delegatorId = acting.user.id;
    const delegateId = delegate.user.id;
    const { found } = await this.read(acting.tenantId, sessionId);
    const expected = input.expectedAgentId === undefined ? found.value.agentId : input.expectedAgentId;
    const at = this.d.clock().toISOString();
    const box: { cancelled: Transfer | null } = { cancelled: null };
    const changed = await this.log.change(acting.tenantId, sessionId, async (current) => {
      switch (takeForRefusal(current, { delegatorId, delegateId, expectedAgentId: expected })) {
        case null: break;
        case 'closed': throw new ConflictError('error.sessions.closed');
        case 'alreadyYours': throw new ConflictError('error.sessions.alreadyYours');
        case 'queued': throw new ConflictError('sessiondelegation.error.queued');
        case 'requeued': throw new ConflictError('error.sessions.requeued');
        case 'agentChanged': throw new ConflictError('error.sessions.agentChanged', { name: await this.nameOf(acting.tenantId, current.agentId) });
      }
      const next = takenFor(current, delegateId, delegatorId, at);
      box.cancelled = current.transfer ? next.transfers.at(-1) ?? null : null;
      const params = { name: delegate.user.displayName, for: acting.user.displayName };
      return { session: next, drafts: [delegationNote(current, 'takenFor', params, delegateId)] };
    }, found);
    if (!changed) throw new Error('a take always writes');
    const session = changed.after.value;
    const cancelled = box.cancelled;
    await this.effects.step('assigned', session, () => this.roster.assigned(acting.tenantId, delegateId, at));
    await this.effects.publish(session, changed.entries, { state: true, agents: [delegateId, delegatorId, cancelled?.toUserId ?? null] });
    if (cancelled) await this.effects.step('teams.transferDecided', session, () => this.d.teams.transferDecided(session, cancelled));
    await this.effects.record(session, 'takenFor', {
      actorId: delegateId, onBehalfOfId: delegatorId, at, key: `${session.lastSeq}`, userIds: [delegateId, delegatorId],
      oldValue: { agentId: delegatorId }, newValue: { agentId: delegateId, actingFor: delegatorId, onBehalfOfId: delegatorId },
    });
    return session;
  }

  /** J6: the handling delegate parks the session for `forUserId`. */
  async park(caller: Caller, sessionId: string, input: { forUserId: string }): Promise<ChatSession> {
    if (input.forUserId === caller.user.id) throw new ValidationError([{ path: 'forUserId', messageKey: 'sessiondelegation.issue.forUserId' }]);
    const { found, site } = await this.read(caller.tenantId, sessionId);
    await this.mustView(caller, found.value, site);
    const acting = await (this.d.acting ?? NO_DELEGATION).resolve(caller, {
      action: 'park', explicitFor: input.forUserId, ownerId: sessionOwnerId(found.value),
      // The delegator must be able to handle the site's chats, or they could not pick it up.
      allows: (c) => canHandle(c, site),
    });
    const delegate = acting.delegate;
    if (!delegate) throw new ForbiddenError('onbehalf.refused.notInEffect');
    const forUserId = acting.user.id;
    const forName = acting.user.displayName;
    const at = this.d.clock().toISOString();
    const changed = await this.log.change(caller.tenantId, sessionId, async (current) => {
      switch (parkRefusal(current, { callerId: delegate.user.id, forUserId })) {
        case null: break;
        case 'closed': throw new ConflictError('error.sessions.closed');
        case 'notHandling': throw new ForbiddenError('sessiondelegation.error.notHandling');
        case 'notTheirs': throw new ForbiddenError('sessiondelegation.error.notTheirs', { name: forName });
        case 'parked': throw new ConflictError('sessiondelegation.error.parked', { name: await this.nameOf(caller.tenantId, current.parked?.forUserId ?? null) });
        case 'transferPending': throw new ConflictError('sessiondelegation.error.transferPending', { name: await this.nameOf(caller.tenantId, current.transfer?.toUserId ?? null) });
      }
      const params = { name: delegate.user.displayName, for: forName };
      return { session: { ...current, parked: { forUserId, byUserId: delegate.user.id, at } }, drafts: [delegationNote(current, 'parked', params, delegate.user.id)] };
    }, found);
    if (!changed) throw new Error('a park always writes');
    const session = changed.after.value;
    await this.effects.publish(session, changed.entries, { state: true, agents: [forUserId, delegate.user.id] });
    await this.effects.record(session, 'parked', {
      actorId: delegate.user.id, onBehalfOfId: forUserId, at, key: at, userIds: [forUserId],
      newValue: { forUserId, byUserId: delegate.user.id, onBehalfOfId: forUserId },
    });
    const event: ParkedEvent = { tenantId: session.tenantId, forUserId, byUserId: delegate.user.id, item: { kind: 'session', id: session.id }, at };
    const notices = this.d.parkNotices;
    if (notices) await this.effects.step('park.parked', session, () => notices.parked(event));
    return session;
  }

  /**
   * J6: the delegator the session is parked for picks it up; also, with nothing parked, the
   * delegator a delegate handles it for takes it back (e.g. after removing that delegate).
   */
  async pickUp(caller: Caller, sessionId: string): Promise<ChatSession> {
    const { found, site } = await this.read(caller.tenantId, sessionId);
    const seen = found.value;
    // Anyone who may not see the session learns nothing of it (as for every session call).
    const forCaller = seen.parked?.forUserId === caller.user.id || seen.actingFor === caller.user.id;
    if (!forCaller) await this.mustView(caller, seen, site);
    const at = this.d.clock().toISOString();
    const box: { park: NonNullable<ChatSession['parked']> | null; previous: string | null; cancelled: Transfer | null } = { park: null, previous: null, cancelled: null };
    const changed = await this.log.change(caller.tenantId, sessionId, async (current) => {
      switch (pickUpRefusal(current, caller.user.id)) {
        case null: break;
        case 'closed': throw new ConflictError('error.sessions.closed');
        case 'alreadyYours': throw new ConflictError('sessiondelegation.error.alreadyPickedUp');
        case 'notParked': throw new ConflictError('sessiondelegation.error.notParked');
        case 'notForYou': throw new ForbiddenError('sessiondelegation.error.notForYou', { name: await this.nameOf(caller.tenantId, current.parked?.forUserId ?? null) });
      }
      box.park = current.parked ?? null;
      box.previous = current.agentId;
      const next = pickedUp(current, caller.user.id, at);
      box.cancelled = current.transfer ? next.transfers.at(-1) ?? null : null;
      return { session: next, drafts: [delegationNote(current, 'pickedUp', { name: caller.user.displayName }, caller.user.id)] };
    }, found);
    const park = box.park;
    if (!changed) throw new ConflictError('sessiondelegation.error.notParked');
    const session = changed.after.value;
    const cancelled = box.cancelled;
    await this.effects.step('assigned', session, () => this.roster.assigned(caller.tenantId, caller.user.id, at));
    await this.effects.publish(session, changed.entries, { state: true, agents: [caller.user.id, box.previous, cancelled?.toUserId ?? null] });
    if (cancelled) await this.effects.step('teams.transferDecided', session, () => this.d.teams.transferDecided(session, cancelled));
    await this.effects.record(session, 'pickedUp', {
      // A take-back (nothing parked) is keyed by its time: each is its own row.
      actorId: caller.user.id, at, key: park?.at ?? at, userIds: [caller.user.id, park?.byUserId ?? box.previous],
      oldValue: { agentId: box.previous, parked: park, actingFor: changed.before.actingFor ?? null }, newValue: { agentId: caller.user.id },
    });
    await this.effects.parkEnded(changed.before, session, at);
    return session;
  }
}
