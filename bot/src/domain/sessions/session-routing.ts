/**
 * I2 routing: a new session goes to the present agent of its site's team with the fewest open
 * sessions below the site's capacity, or queues; queued sessions are routed again by the sweep on
 * every instance and whenever an agent becomes present or a session closes. Each assignment is one
 * ETag write that still finds the session queued, so two instances never give one session to two
 * agents. The sweep also puts back in the queue the active sessions whose agent has left (offline
 * for longer than 2 × HEARTBEAT_TIMEOUT_MS, no transfer pending): the old agent listens.
 */
import type { SweepSummary } from './ports';
import type { ChatSession, ChatSite } from './session';
import type { SessionServiceDeps } from './session-deps';
import type { SessionEffects } from './session-effects';
import type { SessionLog } from './session-log';
import { noteDraft } from './session-log';
import { released } from './session-delegation-policies';
import { hasLeft, pickAgent, type Candidate } from './session-policies';
import { OPEN_LIMIT, type SessionRoster } from './session-roster';

/** Open sessions one sweep looks at, at most (every tenant). */
const SWEEP_LIMIT = 5000;

/** What routing needs of an open session. */
type Routable = Pick<SweepSummary, 'id' | 'siteId' | 'agentId'> & { status: ChatSession['status'] };

/** Active sessions per agent. */
export function loadOf(open: ReadonlyArray<Pick<ChatSession, 'agentId' | 'status'>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of open) if (s.agentId && s.status === 'active') counts.set(s.agentId, (counts.get(s.agentId) ?? 0) + 1);
  return counts;
}

export class SessionRouting {
  constructor(
    private readonly d: SessionServiceDeps,
    private readonly log: SessionLog,
    private readonly roster: SessionRoster,
    private readonly effects: SessionEffects,
  ) {}

  /** Present agents of the site's team, with their load as `open` counts it. */
  private async candidates(site: ChatSite, load: ReadonlyMap<string, number>): Promise<Candidate[]> {
    return (await this.roster.candidates(site, [])).map((c) => ({ ...c, openSessions: load.get(c.userId) ?? 0 }));
  }

  /** The agent a new session of this site goes to now, or null (queue). */
  async choose(site: ChatSite): Promise<string | null> {
    const open = await this.d.sessions.openSummaries(site.tenantId, OPEN_LIMIT);
    return pickAgent(await this.candidates(site, loadOf(open)), site.agentCapacity);
  }

  /** The sweep: sessions whose agent left go back to the queue, then every tenant's queued sessions that can get an agent now; answers how many got one. */
  async routeQueued(): Promise<number> {
    // One projected query across tenants (P2-7): only what the sweep decides on.
    const open = await this.d.sessions.sweepSummaries(SWEEP_LIMIT);
    const requeued = await this.requeueLeft(open);
    const byTenant = new Map<string, Routable[]>();
    for (const s of open) {
      const status = requeued.has(`${s.tenantId}\u0000${s.id}`) ? 'queued' : s.status;
      const list = byTenant.get(s.tenantId) ?? [];
      list.push({ ...s, status, agentId: status === 'queued' ? null : s.agentId });
      byTenant.set(s.tenantId, list);
    }
    let routed = 0;
    for (const [tenantId, list] of byTenant) if (list.some((s) => s.status === 'queued')) routed += await this.route(tenantId, list);
    return routed;
  }

  /** One tenant's queued sessions, oldest first (after a status change or a close). */
  async routeTenant(tenantId: string): Promise<number> {
    return this.route(tenantId, await this.d.sessions.openSummaries(tenantId, OPEN_LIMIT));
  }

  private async route(tenantId: string, open: readonly Routable[]): Promise<number> {
    const queued = open.filter((s) => s.status === 'queued');
    if (queued.length === 0) return 0;
    const sites = new Map((await this.d.sites.list(tenantId)).map((s) => [s.id, s]));
    const load = loadOf(open);
    const candidatesBySite = new Map<string, Candidate[]>();
    let routed = 0;
    for (const session of queued) {
      const site = sites.get(session.siteId);
      if (!site) continue;
      let candidates = candidatesBySite.get(site.id);
      if (!candidates) {
        candidates = await this.candidates(site, load);
        candidatesBySite.set(site.id, candidates);
      }
      const agentId = pickAgent(candidates.map((c) => ({ ...c, openSessions: load.get(c.userId) ?? 0 })), site.agentCapacity);
      if (!agentId) continue;
      try {
        if (await this.assign(tenantId, session.id, agentId)) {
          routed++;
          load.set(agentId, (load.get(agentId) ?? 0) + 1);
          const at = this.d.clock().toISOString();
          for (const c of candidates) if (c.userId === agentId) c.lastAssignedAt = at;
        }
      } catch (error) {
        this.d.failed('route', error, { tenantId, sessionId: session.id });
      }
    }
    return routed;
  }

  /** Gives a queued session to an agent; false when it is no longer queued (another instance routed it). */
  private async assign(tenantId: string, sessionId: string, agentId: string): Promise<boolean> {
    const agent = await this.d.directory.getUser(tenantId, agentId);
    const changed = await this.log.change(tenantId, sessionId, (current) => {
      if (current.status !== 'queued') return null;
      return {
        session: { ...current, status: 'active', agentId, waitingSince: null, listenerIds: current.listenerIds.filter((id) => id !== agentId) },
        drafts: [noteDraft('agentJoined', { name: agent?.displayName ?? agentId }, agentId)],
      };
    });
    if (!changed) return false;
    const after = changed.after.value;
    await this.effects.step('assigned', after, () => this.roster.assigned(after.tenantId, agentId, this.d.clock().toISOString()));
    await this.effects.publish(after, changed.entries, { state: true, agents: [agentId] });
    return true;
  }

  /** P1-5: active sessions whose agent left (and no transfer pending) go back to the queue; answers their keys (`tenant\0id`). */
  private async requeueLeft(open: readonly SweepSummary[]): Promise<Set<string>> {
    const done = new Set<string>();
    const now = this.d.clock();
    const active = open.filter((s) => s.status === 'active' && s.agentId !== null && s.transferId === null);
    for (const tenantId of new Set(active.map((s) => s.tenantId))) {
      let docs: Map<string, Awaited<ReturnType<SessionServiceDeps['statuses']['get']>>>;
      try {
        docs = new Map((await this.d.statuses.list(tenantId)).map((doc) => [doc.userId, doc]));
      } catch (error) {
        this.d.failed('requeue', error, { tenantId });
        continue;
      }
      for (const s of active.filter((x) => x.tenantId === tenantId)) {
        const agentId = s.agentId;
        if (!agentId || !hasLeft(docs.get(agentId) ?? null, now)) continue;
        try {
          if (await this.requeue(tenantId, s.id, agentId)) done.add(`${tenantId}\u0000${s.id}`);
        } catch (error) {
          this.d.failed('requeue', error, { tenantId, sessionId: s.id });
        }
      }
    }
    return done;
  }

  /** One conditional write: still active with this agent and no transfer pending, else nothing. */
  private async requeue(tenantId: string, sessionId: string, agentId: string): Promise<boolean> {
    const agent = await this.d.directory.getUser(tenantId, agentId);
    const at = this.d.clock().toISOString();
    const changed = await this.log.change(tenantId, sessionId, (current) => {
      // J6: a parked session waits for its delegator (picked up or closed), never requeued.
      if (current.status !== 'active' || current.agentId !== agentId || current.transfer || current.parked) return null;
      const listenerIds = current.listenerIds.includes(agentId) ? current.listenerIds : [...current.listenerIds, agentId];
      return {
        session: { ...released(current), status: 'queued', agentId: null, waitingSince: at, listenerIds },
        drafts: [noteDraft('agentLeft', { name: agent?.displayName ?? agentId }, null)],
      };
    });
    if (!changed) return false;
    await this.effects.publish(changed.after.value, changed.entries, { state: true, agents: [agentId] });
    return true;
  }
}
