/**
 * What follows a stored change of a session, each step best effort (a failure is reported through
 * `failed`, never undone): the events for connected readers, the audit entry (subject
 * `session:{id}`) and, once the session has a case, the entry on that case's timeline.
 */
import type { AuditEntry } from '../settings/settings-repository';
import type { SessionEvent } from './ports';
import type { ChatSession, SessionEntry } from './session';
import type { SessionServiceDeps } from './session-deps';

/** The session events the audit and the case timeline record. */
export type SessionAuditEvent = 'started' | 'transferred' | 'accepted' | 'declined' | 'cancelled' | 'expired' | 'takenOver' | 'closed' | 'caseMade'
  // J2, J6: taken by a delegate for a delegator, parked for them, picked up by them.
  | 'takenFor' | 'parked' | 'pickedUp';

export function sessionAuditSubject(sessionId: string): string {
  return `session:${sessionId}`;
}

export class SessionEffects {
  constructor(private readonly d: SessionServiceDeps) {}

  /** Entries, the new state, and each agent whose list changed: in this order, so a reader has the entries before the state that mentions them. */
  async publish(session: ChatSession, entries: readonly SessionEntry[], options: { state: boolean; agents?: ReadonlyArray<string | null> | undefined }): Promise<void> {
    const events: SessionEvent[] = entries.map((entry) => ({ type: 'entry', tenantId: session.tenantId, sessionId: session.id, entry }));
    if (options.state) {
      events.push({ type: 'state', tenantId: session.tenantId, sessionId: session.id, status: session.status, agentId: session.agentId, transferId: session.transfer?.id ?? null });
    }
    for (const userId of new Set(options.agents ?? [])) if (userId) events.push({ type: 'agent', tenantId: session.tenantId, userId });
    for (const event of events) await this.send(event);
  }

  async send(event: SessionEvent): Promise<void> {
    try {
      await this.d.events.publish(event);
    } catch (error) {
      this.d.failed('publish', error, { tenantId: event.tenantId, ...('sessionId' in event ? { sessionId: event.sessionId } : {}) });
    }
  }

  /** The audit entry (idempotent by `key`) and, when the session has a case, its timeline entry. */
  /** `onBehalfOfId` (J2): the delegator the actor acted for (on the timeline entry; the audit keeps it in `newValue`). */
  async record(session: ChatSession, event: SessionAuditEvent, input: { actorId: string; at: string; key: string; userIds: Array<string | null>; oldValue?: unknown; newValue?: unknown; onBehalfOfId?: string | undefined }): Promise<void> {
    const subject = sessionAuditSubject(session.id);
    const row: AuditEntry = {
      id: `${subject}:${event}:${input.key}`, tenantId: session.tenantId, subject, revision: session.lastSeq, at: input.at,
      actorId: input.actorId, path: event, oldValue: input.oldValue ?? null, newValue: input.newValue ?? null,
    };
    await this.step('audit', session, () => this.d.audit.put([row]).then(() => undefined));
    const recordId = session.recordId;
    if (!recordId) return;
    const userIds = [...new Set(input.userIds.filter((id): id is string => id !== null))];
    await this.step('timeline', session, () => this.d.timeline.append({
      id: `session:${session.id}:${event}:${input.key}`, tenantId: session.tenantId, recordId, kind: 'chatSession', at: input.at,
      actorId: input.actorId, chatId: null, chatName: null, note: event, userIds,
      ...(input.onBehalfOfId ? { onBehalfOfId: input.onBehalfOfId } : {}),
    }));
  }

  /**
   * J6: a change that ended a park (picked up, taken over, transferred and accepted, closed): every
   * posted "Pick up" card is redrawn (it reads the session: no longer waiting). Best effort.
   */
  async parkEnded(before: Pick<ChatSession, 'parked'>, after: ChatSession, at: string): Promise<void> {
    const park = before.parked;
    const notices = this.d.parkNotices;
    if (!park || after.parked?.at === park.at || !notices) return;
    const event = { tenantId: after.tenantId, forUserId: park.forUserId, byUserId: park.byUserId, item: { kind: 'session' as const, id: after.id }, at: park.at, pickedUpAt: at };
    await this.step('park.pickedUp', after, () => notices.pickedUp(event));
  }

  /** Runs one best-effort step. */
  async step(name: string, session: Pick<ChatSession, 'tenantId' | 'id'>, run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.d.failed(name, error, { tenantId: session.tenantId, sessionId: session.id });
    }
  }
}
