/** In-memory session, agent status and chat site repositories (domain tests, contract suite). */
import type { AgentStatusRepository, ChatSiteRepository, SessionRepository, SessionSummary, SweepSummary } from '../../domain/sessions/ports';
import type { AgentStatusDoc, ChatSession, ChatSite, SessionEntry } from '../../domain/sessions/session';
import { MemoryTable } from './memory-table';

const key = (...parts: string[]) => parts.join('\u0000');

/** As the Cosmos projection: no entries, client ids nor decided transfers. */
function summaryOf(session: ChatSession): SessionSummary {
  const { recent: _recent, clientIds: _clientIds, transfers: _transfers, ...summary } = structuredClone(session);
  return summary;
}

export class MemorySessionRepository implements SessionRepository {
  private readonly table = new MemoryTable<ChatSession>();
  private readonly entries = new Map<string, Map<number, SessionEntry>>();

  async get(tenantId: string, sessionId: string) { return this.table.get(key(tenantId, sessionId)); }
  async create(session: ChatSession) { return this.table.create(key(session.tenantId, session.id), session); }
  async replace(session: ChatSession, etag: string) { return this.table.replace(key(session.tenantId, session.id), session, etag); }

  private open(tenantId: string): ChatSession[] {
    return this.table.values().map((v) => v.value).filter((s) => s.tenantId === tenantId && s.status !== 'closed').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async listOpen(tenantId: string, limit: number) { return this.open(tenantId).slice(0, limit); }

  async listForAgent(tenantId: string, userId: string) {
    return this.open(tenantId).filter((s) => s.agentId === userId || s.listenerIds.includes(userId) || s.transfer?.toUserId === userId).slice(0, 200).map(summaryOf);
  }

  async openSummaries(tenantId: string, limit: number) { return this.open(tenantId).slice(0, limit).map(summaryOf); }

  async sweepSummaries(limit: number): Promise<SweepSummary[]> {
    return this.table.values().map((v) => v.value).filter((s) => s.status !== 'closed').sort((a, b) => a.createdAt.localeCompare(b.createdAt)).slice(0, limit)
      .map((s) => ({ tenantId: s.tenantId, id: s.id, siteId: s.siteId, status: s.status === 'queued' ? 'queued' : 'active', agentId: s.agentId, createdAt: s.createdAt, transferId: s.transfer?.id ?? null }));
  }

  async dueTransfers(now: string, limit: number) {
    return this.table.values().map((v) => v.value)
      .filter((s) => s.status === 'active' && s.transfer?.status === 'pending' && s.transfer.expiresAt <= now)
      .slice(0, limit).map((s) => ({ tenantId: s.tenantId, id: s.id, transferId: s.transfer?.id ?? '' }));
  }

  async tenantsWithOpen(limit: number) {
    return [...new Set(this.table.values().filter((v) => v.value.status !== 'closed').map((v) => v.value.tenantId))].sort().slice(0, limit);
  }

  async archive(tenantId: string, sessionId: string, entries: SessionEntry[]) {
    const k = key(tenantId, sessionId);
    const stored = this.entries.get(k) ?? new Map<number, SessionEntry>();
    for (const entry of entries) if (!stored.has(entry.seq)) stored.set(entry.seq, structuredClone(entry));
    this.entries.set(k, stored);
  }

  async archived(tenantId: string, sessionId: string, afterSeq: number, limit: number) {
    const stored = this.entries.get(key(tenantId, sessionId)) ?? new Map<number, SessionEntry>();
    return [...stored.values()].filter((e) => e.seq > afterSeq).sort((a, b) => a.seq - b.seq).slice(0, limit).map((e) => structuredClone(e));
  }
}

export class MemoryAgentStatusRepository implements AgentStatusRepository {
  private readonly table = new MemoryTable<AgentStatusDoc>();
  async get(tenantId: string, userId: string) { return this.table.get(key(tenantId, userId))?.value ?? null; }
  async put(doc: AgentStatusDoc) { this.table.set(key(doc.tenantId, doc.userId), doc); }
  async list(tenantId: string) { return this.table.values().map((v) => v.value).filter((d) => d.tenantId === tenantId).sort((a, b) => a.userId.localeCompare(b.userId)); }
}

export class MemoryChatSiteRepository implements ChatSiteRepository {
  private readonly table = new MemoryTable<ChatSite>();
  async get(tenantId: string, siteId: string) { return this.table.get(key(tenantId, siteId))?.value ?? null; }
  async list(tenantId: string) { return this.table.values().map((v) => v.value).filter((s) => s.tenantId === tenantId).sort((a, b) => a.id.localeCompare(b.id)); }
  async put(site: ChatSite) { this.table.set(key(site.tenantId, site.id), site); }
}
