/**
 * The write path of a session: every change is a read and one ETag replace of the session document,
 * re-run on a fresh read when another writer got there first. Entries are numbered `lastSeq + 1`
 * inside that one write (gap-free, in order); entries pushed out of `recent` are archived before the
 * write that pushes them out, so a reader never finds a hole.
 */
import { NotFoundError, PreconditionFailedError } from '../shared/errors';
import type { Clock, Versioned } from '../shared/types';
import type { SessionRepository } from './ports';
import { CLIENT_IDS, RECENT_ENTRIES, type ChatSession, type SessionEntry, type SessionNote } from './session';

/** An entry before it has its number and time. */
export type EntryDraft = Omit<SessionEntry, 'seq' | 'at'>;

/** A system note (`sessions.note.<key>`) naming the people in `params`; `onBehalfOfId` (J2): the delegator the actor acted for. */
export function noteDraft(key: SessionNote, params: Record<string, string>, actorId: string | null, onBehalfOfId?: string | null): EntryDraft {
  return { kind: 'system', authorId: actorId, authorName: null, text: '', clientId: null, note: { key, params }, ...(onBehalfOfId ? { onBehalfOfId } : {}) };
}

/** The session after adding `drafts` at `at`: numbered, the newest RECENT_ENTRIES kept inline, client ids remembered. */
export function withEntries(session: ChatSession, drafts: readonly EntryDraft[], at: string): { session: ChatSession; entries: SessionEntry[]; evicted: SessionEntry[] } {
  const entries = drafts.map((d, i): SessionEntry => ({ ...d, seq: session.lastSeq + 1 + i, at }));
  const recent = [...session.recent, ...entries];
  const evicted = recent.slice(0, Math.max(0, recent.length - RECENT_ENTRIES));
  const clientIds = [...session.clientIds, ...entries.filter((e) => e.clientId !== null).map((e) => ({ id: clientKey(e.kind, e.clientId ?? ''), seq: e.seq }))].slice(-CLIENT_IDS);
  const next: ChatSession = { ...session, lastSeq: session.lastSeq + entries.length, recent: recent.slice(evicted.length), clientIds };
  return { session: next, entries, evicted };
}

/** A client id as the session remembers it: per kind of writer, so a visitor's id never matches an agent's. */
export function clientKey(kind: SessionEntry['kind'], clientId: string): string {
  return `${kind}:${clientId}`;
}

/** The seq a client message id of this kind of writer became, if this session has seen it. */
export function seqOfClientId(session: ChatSession, kind: SessionEntry['kind'], clientId: string): number | null {
  const key = clientKey(kind, clientId);
  return session.clientIds.find((c) => c.id === key)?.seq ?? null;
}

/** What a change function answers: the new state and the entries to add; null: nothing to write. */
export interface Change {
  session: ChatSession;
  drafts: EntryDraft[];
}

export interface Changed {
  before: ChatSession;
  after: Versioned<ChatSession>;
  entries: SessionEntry[];
}

const ATTEMPTS = 30;
const PAGE = 500;

export class SessionLog {
  /** The changes of this instance queued per session (only to spare ETag retries: the ETag decides). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly repo: SessionRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Applies `change` to the current session and writes it with its ETag; on a lost race, reads
   * again and asks `change` again, so a rule is always judged on what is stored now (a change may
   * throw to refuse). Null from `change`: nothing to do. `seen`: a version just read, tried first. Changes of one session on this instance
   * run one after the other, so a burst does not spend itself on retries; other instances still
   * race, and the ETag decides.
   */
  async change(tenantId: string, sessionId: string, change: (current: ChatSession) => Promise<Change | null> | Change | null, seen?: Versioned<ChatSession>): Promise<Changed | null> {
    const key = `${tenantId}\u0000${sessionId}`;
    const before = this.queues.get(key) ?? Promise.resolve();
    const run = before.then(() => this.write(tenantId, sessionId, change, seen), () => this.write(tenantId, sessionId, change, seen));
    const settled = run.then(() => undefined, () => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return run;
  }

  private async write(tenantId: string, sessionId: string, change: (current: ChatSession) => Promise<Change | null> | Change | null, seen?: Versioned<ChatSession>): Promise<Changed | null> {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // The first try may start from the version the caller just read (one read fewer); a stale one loses the ETag race and reads again.
      const current = attempt === 0 && seen ? seen : await this.repo.get(tenantId, sessionId);
      if (!current) throw new NotFoundError();
      const wanted = await change(current.value);
      if (!wanted) return null;
      const { session, entries, evicted } = withEntries(wanted.session, wanted.drafts, this.clock().toISOString());
      if (evicted.length > 0) await this.repo.archive(tenantId, sessionId, evicted);
      try {
        const after = await this.repo.replace(session, current.etag);
        return { before: current.value, after, entries };
      } catch (error) {
        if (!(error instanceof PreconditionFailedError)) throw error;
        // Many writers on one hot session: a short random pause spreads the retries.
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 5 * (attempt + 1))));
      }
    }
    throw new PreconditionFailedError();
  }

  /** The newest `limit` entries before seq `before` (absent: the newest of all), in order; `more`: older ones exist. */
  async page(session: ChatSession, before: number | undefined, limit: number): Promise<{ entries: SessionEntry[]; more: boolean }> {
    const end = Math.min(before ?? session.lastSeq + 1, session.lastSeq + 1);
    const from = Math.max(0, end - 1 - limit);
    const entries = await this.entriesAfter(session, from, end);
    return { entries, more: from > 0 };
  }

  /** Every entry with seq > afterSeq (and < `below`, when given), in order: from the archive where older than the inline ones, then inline. */
  async entriesAfter(session: ChatSession, afterSeq: number, below = Number.MAX_SAFE_INTEGER): Promise<SessionEntry[]> {
    const firstInline = Math.min(session.recent[0]?.seq ?? session.lastSeq + 1, below);
    const archived: SessionEntry[] = [];
    let from = afterSeq;
    while (from + 1 < firstInline) {
      const page = await this.repo.archived(session.tenantId, session.id, from, Math.min(PAGE, firstInline - 1 - from));
      if (page.length === 0) break;
      archived.push(...page.filter((e) => e.seq < firstInline));
      from = page[page.length - 1]?.seq ?? firstInline;
    }
    return [...archived, ...session.recent.filter((e) => e.seq > afterSeq && e.seq < below)];
  }

  /** One entry by its seq (a resent client id answers the entry it became). */
  async entry(session: ChatSession, seq: number): Promise<SessionEntry | null> {
    const inline = session.recent.find((e) => e.seq === seq);
    if (inline) return inline;
    const [archived] = await this.repo.archived(session.tenantId, session.id, seq - 1, 1);
    return archived?.seq === seq ? archived : null;
  }
}
