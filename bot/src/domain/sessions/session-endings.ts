/**
 * How a session ends or goes on as a case: the agent (or a manager) closes it, the customer closes
 * it, a listener leaves (closes their window: stops listening), or the agent makes a case of it
 * (I2). Each is one ETag write on the session document, and whether the caller may still do it is
 * judged inside that write on what is stored now; a pending transfer is cancelled with the close.
 * Entries written after the case was made are copied to its `chat` conversation on close (and on a
 * later "make a case"), idempotently.
 */
import type { Caller } from '../access/access';
import { ConflictError, ForbiddenError } from '../shared/errors';
import type { ChatSession, ChatSite, Transfer } from './session';
import type { SessionServiceDeps } from './session-deps';
import type { SessionAuditEvent, SessionEffects } from './session-effects';
import { noteDraft, type SessionLog } from './session-log';
import { isManager, type roleIn } from './session-policies';
import { onBehalfOfIn, onBehalfOfPart } from './session-delegation-policies';
import type { SessionRouting } from './session-routing';

/** `act`: the caller acts in the session (a delegate whose delegation ended is refused, J2); false: only reads it. */
type Loader = (caller: Caller, sessionId: string, act: boolean) => Promise<{ session: ChatSession; site: ChatSite; role: NonNullable<ReturnType<typeof roleIn>> }>;

const DECIDED: Partial<Record<Transfer['status'], SessionAuditEvent>> = { accepted: 'accepted', declined: 'declined', cancelled: 'cancelled', expired: 'expired' };

export class SessionEndings {
  constructor(
    private readonly d: SessionServiceDeps,
    private readonly log: SessionLog,
    private readonly effects: SessionEffects,
    private readonly routing: SessionRouting,
    private readonly load: Loader,
  ) {}

  private async nameOf(tenantId: string, userId: string | null): Promise<string> {
    if (!userId) return '';
    return (await this.d.directory.getUser(tenantId, userId))?.displayName ?? userId;
  }

  /** Inside a write: the caller still handles the session (or is a manager of it), else ConflictError naming who does. */
  private async stillHandles(caller: Caller, current: ChatSession, site: ChatSite, managerMay: boolean): Promise<void> {
    if (current.agentId === caller.user.id) return;
    if (managerMay && isManager(caller, current, site.recordType)) return;
    if (current.agentId === null) throw new ConflictError('error.sessions.requeued');
    throw new ConflictError('error.sessions.agentChanged', { name: await this.nameOf(current.tenantId, current.agentId) });
  }

  async close(caller: Caller, sessionId: string): Promise<ChatSession> {
    const { session, site, role } = await this.load(caller, sessionId, true);
    const manager = isManager(caller, session, site.recordType);
    // I3: a listener "closes the window" with leave; close would end the chat for everyone.
    if (role === 'listener' && !manager) throw new ConflictError('error.sessions.useLeave');
    if (role !== 'agent' && !manager) throw new ForbiddenError('error.sessions.forbiddenClose');
    return this.closeAs(session, caller, 'closedByAgent', { name: caller.user.displayName }, (current) => this.stillHandles(caller, current, site, true));
  }

  /** I3: a listener stops listening; the chat goes on. Not listening (any more): nothing changes. */
  async leave(caller: Caller, sessionId: string): Promise<ChatSession> {
    const { session } = await this.load(caller, sessionId, false);
    const changed = await this.log.change(caller.tenantId, sessionId, (current) =>
      current.listenerIds.includes(caller.user.id) ? { session: { ...current, listenerIds: current.listenerIds.filter((id) => id !== caller.user.id) }, drafts: [] } : null);
    const after = changed?.after.value ?? session;
    if (changed) await this.effects.publish(after, [], { state: true, agents: [caller.user.id] });
    return after;
  }

  /** Closes the session (a pending transfer is cancelled with it); `check` may refuse on the session as stored now. */
  async closeAs(seen: ChatSession, caller: Caller | null, note: 'closedByAgent' | 'closedByVisitor', params: Record<string, string>, check?: (current: ChatSession) => Promise<void>): Promise<ChatSession> {
    const at = this.d.clock().toISOString();
    const actorId = caller?.user.id ?? `visitor:${seen.visitor.id}`;
    const box: { cancelled: Transfer | null; onBehalfOfId: string | null } = { cancelled: null, onBehalfOfId: null };
    const changed = await this.log.change(seen.tenantId, seen.id, async (current) => {
      if (current.status === 'closed') throw new ConflictError('error.sessions.closed');
      if (check) await check(current);
      // J2: a delegate closing a chat they handle for someone closes it for that person.
      box.onBehalfOfId = caller ? onBehalfOfIn(current, caller.user.id) : null;
      box.cancelled = current.transfer ? { ...current.transfer, status: 'cancelled', decidedAt: at, decidedBy: caller?.user.id ?? null } : null;
      return {
        // J6: a closed chat waits for nobody (its "Pick up" card is redrawn below).
        session: { ...current, status: 'closed', closedAt: at, transfer: null, parked: null, transfers: box.cancelled ? [...current.transfers, box.cancelled].slice(-20) : current.transfers },
        drafts: [noteDraft(note, params, caller?.user.id ?? null, box.onBehalfOfId)],
      };
    });
    if (!changed) throw new Error('closing always writes');
    let session = changed.after.value;
    const cancelled = box.cancelled;
    await this.effects.publish(session, changed.entries, { state: true, agents: [session.agentId, ...session.listenerIds, cancelled?.toUserId ?? null] });
    if (cancelled) await this.effects.step('teams.transferDecided', session, () => this.d.teams.transferDecided(session, cancelled));
    await this.effects.parkEnded(changed.before, session, at);
    await this.effects.record(session, 'closed', { actorId, at, key: 'close', userIds: [session.agentId], ...onBehalfOfPart(box.onBehalfOfId), newValue: { by: caller ? 'agent' : 'visitor', ...onBehalfOfPart(box.onBehalfOfId) } });
    // The case made earlier gets what was written since.
    if (session.recordId) session = (await this.copyToCase(session)) ?? session;
    // A closed session frees room: queued ones may get its agent now.
    await this.routing.routeTenant(session.tenantId).catch((error: unknown) => this.d.failed('route', error, { tenantId: session.tenantId }));
    return session;
  }

  /** Entries after `caseSeq` go to the case's conversation (one message, idempotent by its first seq), then `caseSeq` moves on. Best effort. */
  private async copyToCase(session: ChatSession): Promise<ChatSession | null> {
    const from = session.caseSeq ?? 0;
    if (!session.recordId || from >= session.lastSeq) return null;
    try {
      const entries = (await this.log.entriesAfter(session, from)).filter((e) => e.kind !== 'system');
      if (entries.length > 0 && this.d.intake.appendToCase) await this.d.intake.appendToCase(session, entries);
      const to = session.lastSeq;
      const changed = await this.log.change(session.tenantId, session.id, (current) =>
        (current.caseSeq ?? 0) >= to ? null : { session: { ...current, caseSeq: to }, drafts: [] });
      return changed?.after.value ?? null;
    } catch (error) {
      this.d.failed('copyToCase', error, { tenantId: session.tenantId, sessionId: session.id });
      return null;
    }
  }

  async makeCase(caller: Caller, sessionId: string, input: { title: string | null }): Promise<{ recordId: string; number: string }> {
    const { session, site, role } = await this.load(caller, sessionId, true);
    if (role !== 'agent') throw new ForbiddenError('error.sessions.forbiddenCase');
    if (session.recordId) {
      await this.copyToCase(session);
      throw new ConflictError('error.sessions.caseExists');
    }
    const all = await this.log.entriesAfter(session, 0);
    const transcript = all.filter((e) => e.kind !== 'system');
    const firstWords = transcript.find((e) => e.kind === 'customer')?.text ?? site.name;
    const title = (input.title?.trim() || firstWords).slice(0, 200);
    // The case's id is the session's own (intake), so two tries, or two agents, make one case.
    const made = await this.d.intake.makeCase(caller, site, session, transcript, title);
    const at = this.d.clock().toISOString();
    const box: { onBehalfOfId: string | null } = { onBehalfOfId: null };
    const changed = await this.log.change(caller.tenantId, sessionId, async (current) => {
      if (current.recordId) return null;
      if (current.status === 'closed') throw new ConflictError('error.sessions.closed');
      await this.stillHandles(caller, current, site, false);
      box.onBehalfOfId = onBehalfOfIn(current, caller.user.id);
      return {
        session: { ...current, recordId: made.recordId, caseSeq: session.lastSeq, personId: current.personId ?? made.personId ?? null },
        drafts: [noteDraft('caseMade', { number: made.number }, caller.user.id, box.onBehalfOfId)],
      };
    });
    if (changed) {
      const after = changed.after.value;
      await this.effects.publish(after, changed.entries, { state: true });
      await this.effects.record(after, 'caseMade', {
        actorId: caller.user.id, at, key: made.recordId, userIds: [caller.user.id], ...onBehalfOfPart(box.onBehalfOfId),
        newValue: { recordId: made.recordId, number: made.number, ...onBehalfOfPart(box.onBehalfOfId) },
      });
      // The case's timeline learns how the session began, and the transfers before the case.
      await this.effects.record(after, 'started', { actorId: `visitor:${after.visitor.id}`, at: after.createdAt, key: 'start', userIds: [] });
      await this.backfillTransfers(after);
    }
    return { recordId: made.recordId, number: made.number };
  }

  /** The session's earlier transfers (offer and decision) on the new case's timeline (same keys as their audit rows). */
  private async backfillTransfers(session: ChatSession): Promise<void> {
    const transfers: Transfer[] = [...session.transfers, ...(session.transfer ? [session.transfer] : [])];
    for (const t of transfers) {
      await this.effects.record(session, 'transferred', { actorId: t.byUserId, at: t.createdAt, key: t.id, userIds: [t.fromUserId, t.toUserId], newValue: { transferId: t.id, fromUserId: t.fromUserId, toUserId: t.toUserId } });
      const decided = DECIDED[t.status];
      if (decided) await this.effects.record(session, decided, { actorId: t.decidedBy ?? 'casebridge', at: t.decidedAt ?? t.createdAt, key: t.id, userIds: [t.fromUserId, t.toUserId], newValue: { transferId: t.id, status: t.status } });
    }
  }
}

