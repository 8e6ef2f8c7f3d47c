/**
 * Customer chat sessions (`chatsessions`, [tenantId, id]: every change is a point read and an ETag
 * replace of one document) and their archived entries (`chatmessages`, [tenantId, sessionId], one
 * item per entry with the id `e{seq}`, so archiving an entry twice is harmless).
 */
import type { Container } from '@azure/cosmos';
import type { SessionRepository, SessionSummary, SweepSummary } from '../../domain/sessions/ports';
import type { ChatSession, SessionEntry } from '../../domain/sessions/session';
import { ConflictError } from '../../domain/shared/errors';
import type { Versioned } from '../../domain/shared/types';
import { createItem, pointRead, queryAcrossTenants, queryAll, replaceItem, withoutSystemProperties } from './cosmos-helpers';

type ArchivedItem = SessionEntry & { id: string; tenantId: string; sessionId: string };

const entryId = (seq: number) => `e${seq}`;

/** A session without its entries, client ids and decided transfers (P2-8: the lists and routing read this much only). */
const SUMMARY = 'c.id, c.tenantId, c.siteId, c.teamId, c.status, c.visitor, c.agentId, c.listenerIds, c.createdAt, c.waitingSince, c.closedAt, c.lastSeq, c.transfer, c.personId, c.recordId, c.caseSeq, c.lastActivityAt, c.actingFor, c.parked';
/** Open: queued or active (an equality list the index serves, unlike `!= 'closed'`). */
const OPEN = "c.status IN ('queued', 'active')";
/** The sessions one agent's list shows, at most. */
const AGENT_LIST_LIMIT = 200;

function toSummary(item: SessionSummary): SessionSummary {
  const summary = withoutSystemProperties(item);
  // A projection leaves out what the document lacks; the type says null.
  return { ...summary, transfer: summary.transfer ?? null };
}

function toEntry(item: ArchivedItem): SessionEntry {
  const { id: _id, tenantId: _tenantId, sessionId: _sessionId, ...entry } = withoutSystemProperties(item);
  return entry;
}

export class CosmosSessionRepository implements SessionRepository {
  constructor(
    private readonly sessions: Container,
    private readonly messages: Container,
  ) {}

  async get(tenantId: string, sessionId: string): Promise<Versioned<ChatSession> | null> {
    const found = await pointRead<ChatSession>(this.sessions, sessionId, [tenantId, sessionId]);
    return found ? { value: withoutSystemProperties(found.value), etag: found.etag } : null;
  }

  async create(session: ChatSession): Promise<Versioned<ChatSession>> {
    const created = await createItem(this.sessions, session);
    return { value: withoutSystemProperties(created.value), etag: created.etag };
  }

  async replace(session: ChatSession, etag: string): Promise<Versioned<ChatSession>> {
    const replaced = await replaceItem(this.sessions, session, [session.tenantId, session.id], etag);
    return { value: withoutSystemProperties(replaced.value), etag: replaced.etag };
  }

  async listOpen(tenantId: string, limit: number): Promise<ChatSession[]> {
    const items = await queryAll<ChatSession>(
      this.sessions,
      `SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND ${OPEN} ORDER BY c.createdAt ASC`,
      [{ name: '@limit', value: limit }],
      [tenantId],
    );
    return items.map(withoutSystemProperties);
  }

  async listForAgent(tenantId: string, userId: string): Promise<SessionSummary[]> {
    const items = await queryAll<SessionSummary>(
      this.sessions,
      `SELECT TOP @limit ${SUMMARY} FROM c WHERE c.tenantId = @tenantId AND ${OPEN} AND (c.agentId = @user OR ARRAY_CONTAINS(c.listenerIds, @user) OR (IS_DEFINED(c.transfer.toUserId) AND c.transfer.toUserId = @user))`,
      [{ name: '@user', value: userId }, { name: '@limit', value: AGENT_LIST_LIMIT }],
      [tenantId],
    );
    return items.map(toSummary).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async openSummaries(tenantId: string, limit: number): Promise<SessionSummary[]> {
    const items = await queryAll<SessionSummary>(
      this.sessions,
      `SELECT TOP @limit ${SUMMARY} FROM c WHERE c.tenantId = @tenantId AND ${OPEN} ORDER BY c.createdAt ASC`,
      [{ name: '@limit', value: limit }],
      [tenantId],
    );
    return items.map(toSummary);
  }

  async sweepSummaries(limit: number): Promise<SweepSummary[]> {
    const rows = await queryAcrossTenants<Omit<SweepSummary, 'transferId'> & { transferId?: string }>(
      this.sessions,
      `SELECT TOP @limit c.tenantId, c.id, c.siteId, c.status, c.agentId, c.createdAt, c.transfer.id AS transferId FROM c WHERE ${OPEN}`,
      [{ name: '@limit', value: limit }],
    );
    return rows.map((r) => ({ tenantId: r.tenantId, id: r.id, siteId: r.siteId, status: r.status, agentId: r.agentId ?? null, createdAt: r.createdAt, transferId: r.transferId ?? null }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async dueTransfers(now: string, limit: number): Promise<Array<{ tenantId: string; id: string; transferId: string }>> {
    return queryAcrossTenants<{ tenantId: string; id: string; transferId: string }>(
      this.sessions,
      "SELECT TOP @limit c.tenantId, c.id, c.transfer.id AS transferId FROM c WHERE c.status = 'active' AND c.transfer.status = 'pending' AND c.transfer.expiresAt <= @now",
      [{ name: '@limit', value: limit }, { name: '@now', value: now }],
    );
  }

  async tenantsWithOpen(limit: number): Promise<string[]> {
    // No DISTINCT on every Cosmos-compatible store: the few open sessions' tenants are deduplicated here.
    const rows = await queryAcrossTenants<{ tenantId: string }>(this.sessions, `SELECT c.tenantId FROM c WHERE ${OPEN}`);
    return [...new Set(rows.map((r) => r.tenantId))].sort().slice(0, limit);
  }

  async archive(tenantId: string, sessionId: string, entries: SessionEntry[]): Promise<void> {
    for (const entry of entries) {
      try {
        await createItem<ArchivedItem>(this.messages, { ...entry, id: entryId(entry.seq), tenantId, sessionId });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error;
      }
    }
  }

  async archived(tenantId: string, sessionId: string, afterSeq: number, limit: number): Promise<SessionEntry[]> {
    const items = await queryAll<ArchivedItem>(
      this.messages,
      'SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.sessionId = @session AND c.seq > @after ORDER BY c.seq ASC',
      [{ name: '@limit', value: limit }, { name: '@session', value: sessionId }, { name: '@after', value: afterSeq }],
      [tenantId, sessionId],
    );
    return items.map(toEntry).sort((a, b) => a.seq - b.seq);
  }
}
