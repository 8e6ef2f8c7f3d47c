/**
 * I3, I5, I7: offering a session to a colleague, the one decision on that offer (accept, decline,
 * cancel, expire) and a manager's takeover. Every decision is one ETag write on the session
 * document; the loser of a race re-reads, finds the transfer decided and is told what happened and
 * who did it (ConflictError 'error.sessions.transferNotPending' {status, by}).
 */
import type { Caller } from '../access/access';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../shared/errors';
import type { ChatSession, ChatSite, SessionNote, Transfer } from './session';
import type { SessionServiceDeps } from './session-deps';
import type { SessionAuditEvent, SessionEffects } from './session-effects';
import { noteDraft, type SessionLog } from './session-log';
import { onBehalfOfIn, onBehalfOfPart, released } from './session-delegation-policies';
import { callerOf, canHandle, canTransfer, decideTransfer, isManager, roleIn, type TransferDecision } from './session-policies';
import type { SessionRoster } from './session-roster';

/** Due transfers one sweep expires, at most. */
const DUE_LIMIT = 500;

/** Did the agent change from `expected` through an accepted transfer (not a takeover)? */
function changedByTransfer(session: ChatSession, expected: string | null): boolean {
  const last = session.transfers.at(-1);
  return session.agentId !== null && last !== undefined && last.status === 'accepted' && last.toUserId === session.agentId && last.fromUserId === expected;
}

const NOTE: Record<TransferDecision, SessionNote> = { accept: 'transferAccepted', decline: 'transferDeclined', cancel: 'transferCancelled', expire: 'transferExpired' };
const AUDIT: Record<TransferDecision, SessionAuditEvent> = { accept: 'accepted', decline: 'declined', cancel: 'cancelled', expire: 'expired' };

export class SessionTransfers {
  constructor(
    private readonly d: SessionServiceDeps,
    private readonly log: SessionLog,
    private readonly roster: SessionRoster,
    private readonly effects: SessionEffects,
    private readonly load: (caller: Caller, sessionId: string, transferId?: string) => Promise<{ session: ChatSession; site: ChatSite }>,
  ) {}

  private async nameOf(tenantId: string, userId: string | null): Promise<string> {
    if (!userId) return '';
    return (await this.d.directory.getUser(tenantId, userId))?.displayName ?? userId;
  }

  async transfer(caller: Caller, sessionId: string, toUserId: string): Promise<Transfer> {
    const { site } = await this.load(caller, sessionId);
    const [target, roles] = await Promise.all([this.d.directory.getUser(caller.tenantId, toUserId), this.d.directory.listRoles(caller.tenantId)]);
    if (!target) throw new ValidationError([{ path: 'toUserId', messageKey: 'issue.sessions.unknownAgent' }]);
    const targetStatus = await this.roster.statusOf(caller.tenantId, toUserId);
    const targetCanHandle = canHandle(callerOf(target, roles), site);
    const now = this.d.clock();
    const transfer: Transfer = {
      id: this.d.newId(), fromUserId: '', toUserId, byUserId: caller.user.id, status: 'pending', createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.d.transferTimeoutMs).toISOString(), decidedAt: null, decidedBy: null, cards: [],
    };
    const box: { onBehalfOfId: string | null } = { onBehalfOfId: null };
    const changed = await this.log.change(caller.tenantId, sessionId, async (current) => {
      const refusal = canTransfer({ callerId: caller.user.id, manager: isManager(caller, current, site.recordType), session: current, targetId: toUserId, targetStatus, targetCanHandle });
      switch (refusal) {
        case null: break;
        case 'closed': throw new ConflictError('error.sessions.closed');
        case 'forbidden': throw new ForbiddenError('error.sessions.forbiddenTransfer');
        case 'notActive': throw new ConflictError('error.sessions.notActive');
        case 'pending': throw new ConflictError('error.sessions.transferPending', { name: await this.nameOf(caller.tenantId, current.transfer?.toUserId ?? null) });
        case 'self': throw new ValidationError([{ path: 'toUserId', messageKey: 'issue.sessions.self' }]);
        case 'currentAgent': throw new ValidationError([{ path: 'toUserId', messageKey: 'issue.sessions.currentAgent' }]);
        case 'cannotHandle': throw new ConflictError('error.sessions.targetCannotHandle', { name: target.displayName });
        case 'notPresent': throw new ConflictError('error.sessions.targetNotPresent', { name: target.displayName });
      }
      const offered: Transfer = { ...transfer, fromUserId: current.agentId ?? caller.user.id };
      const from = await this.nameOf(caller.tenantId, offered.fromUserId);
      // J2: a delegate offering a chat they handle for someone offers it for that person.
      box.onBehalfOfId = onBehalfOfIn(current, caller.user.id);
      return { session: { ...current, transfer: offered }, drafts: [noteDraft('transferPending', { from, to: target.displayName }, caller.user.id, box.onBehalfOfId)] };
    });
    if (!changed) throw new Error('a transfer always writes');
    let session = changed.after.value;
    const offered = session.transfer ?? transfer;
    await this.effects.publish(session, changed.entries, { state: true, agents: [offered.toUserId, offered.fromUserId, caller.user.id] });
    await this.effects.record(session, 'transferred', {
      actorId: caller.user.id, at: offered.createdAt, key: offered.id, userIds: [offered.fromUserId, offered.toUserId], ...onBehalfOfPart(box.onBehalfOfId),
      newValue: { transferId: offered.id, fromUserId: offered.fromUserId, toUserId: offered.toUserId, ...onBehalfOfPart(box.onBehalfOfId) },
    });
    const cards = await this.offerInTeams(session, offered);
    if (cards.length > 0) session = (await this.storeCards(session, offered.id, cards)) ?? session;
    return { ...offered, cards };
  }

  /** I4: posts the cards; answers where they went (none when Teams failed: the tab still shows the offer). */
  private async offerInTeams(session: ChatSession, transfer: Transfer): Promise<Transfer['cards']> {
    try {
      return await this.d.teams.transferOffered(session, transfer);
    } catch (error) {
      this.d.failed('teams.transferOffered', error, { tenantId: session.tenantId, sessionId: session.id });
      return [];
    }
  }

  /** Keeps the card refs on the transfer (ETag write); a transfer decided meanwhile has its new cards redrawn now. */
  private async storeCards(session: ChatSession, transferId: string, cards: Transfer['cards']): Promise<ChatSession | null> {
    const box: { decided: Transfer | null } = { decided: null };
    try {
      const changed = await this.log.change(session.tenantId, session.id, (current) => {
        if (current.transfer?.id === transferId) return { session: { ...current, transfer: { ...current.transfer, cards } }, drafts: [] };
        const index = current.transfers.findIndex((t) => t.id === transferId);
        const earlier = current.transfers[index];
        if (!earlier) return null;
        box.decided = { ...earlier, cards };
        const transfers = [...current.transfers];
        transfers[index] = box.decided;
        return { session: { ...current, transfers }, drafts: [] };
      });
      const after = changed?.after.value ?? null;
      const redraw = box.decided;
      if (after && redraw) await this.effects.step('teams.transferDecided', after, () => this.d.teams.transferDecided(after, redraw));
      return after;
    } catch (error) {
      this.d.failed('storeCards', error, { tenantId: session.tenantId, sessionId: session.id });
      return null;
    }
  }

  /** Accept, decline or cancel by a user (I3, I7). */
  async decide(caller: Caller, sessionId: string, transferId: string, decision: Exclude<TransferDecision, 'expire'>): Promise<ChatSession> {
    const { site } = await this.load(caller, sessionId, transferId);
    return this.apply(caller.tenantId, sessionId, transferId, decision, (current) => ({ userId: caller.user.id, manager: isManager(caller, current, site.recordType) }));
  }

  /** The one write of a decision; the loser of a race is told what happened. */
  private async apply(tenantId: string, sessionId: string, transferId: string, decision: TransferDecision, actorOf: (current: ChatSession) => { userId: string | null; manager: boolean }): Promise<ChatSession> {
    const now = this.d.clock();
    const box: { decided: Transfer | null; previousAgent: string | null; late: boolean; onBehalfOfId: string | null } = { decided: null, previousAgent: null, late: false, onBehalfOfId: null };
    const changed = await this.log.change(tenantId, sessionId, async (current) => {
      const result = decideTransfer(current, transferId, decision, actorOf(current), now);
      if (!result.ok) {
        switch (result.reason) {
          case 'notFound': throw new NotFoundError();
          case 'forbidden': throw new ForbiddenError('error.sessions.forbiddenDecision');
          case 'notDue': return null;
          case 'notPending': throw new ConflictError('error.sessions.transferNotPending', { status: result.status, by: await this.nameOf(tenantId, result.by) });
        }
      }
      box.decided = result.transfer;
      box.previousAgent = current.agentId;
      box.late = result.late;
      // J2: the handling delegate withdrawing their offer withdraws it for the person they handle the chat for.
      box.onBehalfOfId = result.transfer.decidedBy ? onBehalfOfIn(current, result.transfer.decidedBy) : null;
      const to = await this.nameOf(tenantId, result.transfer.toUserId);
      const by = await this.nameOf(tenantId, result.transfer.decidedBy);
      return { session: result.session, drafts: [noteDraft(NOTE[result.late ? 'expire' : decision], { to, by }, result.transfer.decidedBy, box.onBehalfOfId)] };
    });
    const transfer = box.decided;
    const previousAgent = box.previousAgent;
    if (!changed || !transfer) throw new ConflictError('error.sessions.transferNotPending', { status: 'pending', by: '' });
    const session = changed.after.value;
    const at = transfer.decidedAt ?? now.toISOString();
    const outcome: TransferDecision = box.late ? 'expire' : decision;
    if (outcome === 'accept') await this.effects.step('assigned', session, () => this.roster.assigned(tenantId, transfer.toUserId, at));
    await this.effects.publish(session, changed.entries, { state: true, agents: [transfer.toUserId, transfer.fromUserId, transfer.byUserId, previousAgent] });
    await this.effects.step('teams.transferDecided', session, () => this.d.teams.transferDecided(session, transfer));
    // J6: accepted, a parked chat is the colleague's now: the delegator's "Pick up" card says so.
    await this.effects.parkEnded(changed.before, session, at);
    await this.effects.record(session, AUDIT[outcome], {
      actorId: transfer.decidedBy ?? 'casebridge', at, key: transfer.id, userIds: [transfer.fromUserId, transfer.toUserId], ...onBehalfOfPart(box.onBehalfOfId),
      oldValue: { agentId: previousAgent }, newValue: { agentId: session.agentId, transferId: transfer.id, status: transfer.status, ...onBehalfOfPart(box.onBehalfOfId) },
    });
    // An answer after the offer's time: the expiry is written (as the sweep would), and the one who answered is told.
    if (box.late) throw new ConflictError('error.sessions.transferNotPending', { status: 'expired', by: '' });
    return session;
  }

  /** Pending transfers past their time return to the first agent; answers how many. */
  async expireTransfers(): Promise<number> {
    let expired = 0;
    // One projected query across tenants finds just the due ones (P2-7).
    for (const due of await this.d.sessions.dueTransfers(this.d.clock().toISOString(), DUE_LIMIT)) {
      try {
        await this.apply(due.tenantId, due.id, due.transferId, 'expire', () => ({ userId: null, manager: false }));
        expired++;
      } catch (error) {
        // Decided by someone (or another instance's sweep) just before: nothing to do.
        if (!(error instanceof ConflictError)) this.d.failed('expireTransfer', error, { tenantId: due.tenantId, sessionId: due.id });
      }
    }
    return expired;
  }

  /** I5: a manager takes the session; the agent they took it from listens. Of two managers at once, the first wins. */
  async takeover(caller: Caller, sessionId: string, input: { expectedAgentId?: string | null | undefined } = {}): Promise<ChatSession> {
    const { session: seen, site } = await this.load(caller, sessionId);
    if (!isManager(caller, seen, site.recordType)) {
      if (roleIn(caller, seen, site.recordType) === null) throw new NotFoundError();
      throw new ForbiddenError('error.sessions.forbiddenTakeover');
    }
    const at = this.d.clock().toISOString();
    const box: { cancelled: Transfer | null } = { cancelled: null };
    const changed = await this.log.change(caller.tenantId, sessionId, async (current) => {
      if (current.status === 'closed') throw new ConflictError('error.sessions.closed');
      if (current.agentId === caller.user.id) throw new ConflictError('error.sessions.alreadyYours');
      // The rule is judged on the session as the manager saw it (in the tab: `expectedAgentId`): someone who took it meanwhile wins.
      const expected = input.expectedAgentId === undefined ? seen.agentId : input.expectedAgentId;
      if (current.agentId !== expected) {
        if (current.agentId === null) throw new ConflictError('error.sessions.requeued');
        const name = await this.nameOf(caller.tenantId, current.agentId);
        throw new ConflictError(changedByTransfer(current, expected) ? 'error.sessions.agentChanged' : 'error.sessions.takenOverBy', { name });
      }
      const pending = current.transfer;
      const cancelled: Transfer | null = pending ? { ...pending, status: 'cancelled', decidedAt: at, decidedBy: caller.user.id, decidedAs: 'takeover' } : null;
      box.cancelled = cancelled;
      const listenerIds = current.listenerIds.filter((id) => id !== caller.user.id);
      if (current.agentId && !listenerIds.includes(current.agentId)) listenerIds.push(current.agentId);
      return {
        session: {
          ...released(current), status: 'active', agentId: caller.user.id, listenerIds, waitingSince: null, transfer: null,
          transfers: cancelled ? [...current.transfers, cancelled].slice(-20) : current.transfers,
        },
        drafts: [noteDraft('takenOver', { name: caller.user.displayName, from: await this.nameOf(caller.tenantId, current.agentId) }, caller.user.id)],
      };
    });
    if (!changed) throw new Error('a takeover always writes');
    const session = changed.after.value;
    const previous = changed.before.agentId;
    const dropped = box.cancelled;
    await this.effects.publish(session, changed.entries, { state: true, agents: [caller.user.id, previous, dropped?.toUserId ?? null] });
    if (dropped) await this.effects.step('teams.transferDecided', session, () => this.d.teams.transferDecided(session, dropped));
    await this.effects.step('teams.takenOver', session, () => this.d.teams.takenOver(session, caller.user.id, previous));
    await this.effects.parkEnded(changed.before, session, at);
    await this.effects.record(session, 'takenOver', {
      actorId: caller.user.id, at, key: `${session.lastSeq}`, userIds: [caller.user.id, previous],
      oldValue: { agentId: previous }, newValue: { agentId: caller.user.id },
    });
    return session;
  }
}
