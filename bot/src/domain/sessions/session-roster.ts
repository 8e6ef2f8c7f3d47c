/**
 * Who the agents are and how they are (I1, I2): effective status (heartbeat rule, Teams presence as
 * the default where configured), open sessions per agent, and the routing candidates of a site.
 */
import type { Caller, Role, User } from '../access/access';
import type { AgentStatus, AgentStatusDoc, ChatSession, ChatSite } from './session';
import { effectiveStatus } from './session';
import { callerOf, canHandle, type Candidate } from './session-policies';
import type { SessionServiceDeps } from './session-deps';

/** Open sessions one tenant's routing and listings look at, at most. */
export const OPEN_LIMIT = 1000;

export interface AgentState {
  user: User;
  caller: Caller;
  status: AgentStatus;
  doc: AgentStatusDoc | null;
}

export class SessionRoster {
  constructor(private readonly d: SessionServiceDeps) {}

  /** Users of the tenant with their roles. */
  async people(tenantId: string): Promise<{ users: User[]; roles: Role[] }> {
    const [users, roles] = await Promise.all([this.d.directory.listUsers(tenantId), this.d.directory.listRoles(tenantId)]);
    return { users, roles };
  }

  /** One colleague as a Caller (null when unknown in the tenant). */
  async callerFor(tenantId: string, userId: string): Promise<Caller | null> {
    const [user, roles] = await Promise.all([this.d.directory.getUser(tenantId, userId), this.d.directory.listRoles(tenantId)]);
    return user ? callerOf(user, roles) : null;
  }

  /** The effective status of each of these users (offline without a heartbeat for a minute). */
  async statuses(tenantId: string, userIds: readonly string[]): Promise<Map<string, { status: AgentStatus; doc: AgentStatusDoc | null }>> {
    const now = this.d.clock();
    const docs = new Map((await this.d.statuses.list(tenantId)).map((d) => [d.userId, d]));
    // Teams presence is the default of agents who never chose a status (I1); the heartbeat rule still
    // holds, so only those whose app is open are asked (an answer about anyone else would be ignored).
    const fromTeams = this.d.presence
      ? userIds.filter((id) => { const doc = docs.get(id); return doc !== undefined && doc.source === 'default' && effectiveStatus(doc, now) !== 'offline'; })
      : [];
    let presence = new Map<string, AgentStatus>();
    if (this.d.presence && fromTeams.length > 0) {
      try {
        presence = await this.d.presence.of(tenantId, fromTeams);
      } catch (error) {
        this.d.failed('teamsPresence', error, { tenantId });
      }
    }
    const result = new Map<string, { status: AgentStatus; doc: AgentStatusDoc | null }>();
    for (const id of userIds) {
      const doc = docs.get(id) ?? null;
      const teams = presence.get(id);
      // Teams presence stands in for a status the agent never chose; the heartbeat rule still applies.
      const status = teams !== undefined && doc?.source === 'default' ? effectiveStatus({ ...doc, status: teams }, now) : effectiveStatus(doc, now);
      result.set(id, { status, doc });
    }
    return result;
  }

  async statusOf(tenantId: string, userId: string): Promise<AgentStatus> {
    return (await this.statuses(tenantId, [userId])).get(userId)?.status ?? 'offline';
  }

  /** The tenant's agents (agents of any of its sites) with their status. */
  async agents(tenantId: string): Promise<AgentState[]> {
    const [{ users, roles }, sites] = await Promise.all([this.people(tenantId), this.d.sites.list(tenantId)]);
    const agents = users.map((user) => ({ user, caller: callerOf(user, roles) })).filter((a) => sites.some((site) => canHandle(a.caller, site)));
    const statuses = await this.statuses(tenantId, agents.map((a) => a.user.id));
    return agents.map((a) => ({ ...a, status: statuses.get(a.user.id)?.status ?? 'offline', doc: statuses.get(a.user.id)?.doc ?? null }));
  }

  /** Open sessions each agent handles. */
  static load(open: readonly ChatSession[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of open) if (s.agentId && s.status === 'active') counts.set(s.agentId, (counts.get(s.agentId) ?? 0) + 1);
    return counts;
  }

  /** I2: present agents of the site's team and their load. */
  async candidates(site: ChatSite, open: readonly ChatSession[]): Promise<Candidate[]> {
    const load = SessionRoster.load(open);
    const agents = await this.agents(site.tenantId);
    return agents
      .filter((a) => a.status === 'present' && canHandle(a.caller, site))
      .map((a) => ({ userId: a.user.id, openSessions: load.get(a.user.id) ?? 0, lastAssignedAt: a.doc?.lastAssignedAt ?? null }));
  }

  /** Remembers when the agent last got a session (best effort: routing's tie-break only). */
  async assigned(tenantId: string, userId: string, at: string): Promise<void> {
    const doc = await this.d.statuses.get(tenantId, userId);
    if (doc) await this.d.statuses.put({ ...doc, lastAssignedAt: at });
  }
}
