/**
 * The audit trail of agent actions on a record (H3): who did what, when, the value before and
 * after. Entries live in the `audit` container under the subject `record:{id}`, next to the
 * settings audit (B8), and are written after the action's change is saved.
 */
import type { AuditEntry, AuditRepository } from '../settings/settings-repository';

/** The subject under which a record's action audit is kept. */
export function recordAuditSubject(recordId: string): string {
  return `record:${recordId}`;
}

/** One audited action. `key` makes the entry's id: the same action retried writes nothing new. */
export interface RecordAction {
  tenantId: string;
  recordId: string;
  /** The action, e.g. `assign`, `accept`, `reply`, `message.flag`. */
  action: string;
  actorId: string;
  at: string;
  /** Unique per action on this record, e.g. the record's new updatedAt or the new message's id. */
  key: string;
  oldValue: unknown;
  newValue: unknown;
}

/** Writes the audit entry of an action (idempotent by `key`). */
export async function auditRecordAction(audit: AuditRepository, entry: RecordAction): Promise<void> {
  const subject = recordAuditSubject(entry.recordId);
  const row: AuditEntry = {
    id: `${subject}:${entry.action}:${entry.key}`,
    tenantId: entry.tenantId,
    subject,
    revision: Date.parse(entry.at) || 0,
    at: entry.at,
    actorId: entry.actorId,
    path: entry.action,
    oldValue: entry.oldValue,
    newValue: entry.newValue,
  };
  await audit.put([row]);
}
