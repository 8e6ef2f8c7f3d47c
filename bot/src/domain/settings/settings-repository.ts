/** Storage contracts for settings documents and the audit trail. */
import type { Page, PageRequest, Versioned } from '../shared/types';
import type { SettingsDocument } from './settings';

export interface SettingsRepository {
  get(tenantId: string, recordType: string): Promise<Versioned<SettingsDocument> | null>;
  /** Throws ConflictError when it exists already. */
  create(doc: SettingsDocument): Promise<Versioned<SettingsDocument>>;
  /** Throws PreconditionFailedError when `etag` is stale. */
  replace(doc: SettingsDocument, etag: string): Promise<Versioned<SettingsDocument>>;
}

/** One audited change (B8): who, when, which setting, old and new value. */
export interface AuditEntry {
  /** Deterministic (`{subject}:{revision}:{index}`), so writing an entry twice is harmless. */
  id: string;
  tenantId: string;
  /** What changed, e.g. `settings:case`. */
  subject: string;
  revision: number;
  at: string;
  actorId: string;
  path: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface AuditRepository {
  /** Writes entries; an entry with an existing id is left as it is. Returns how many were new. */
  put(entries: readonly AuditEntry[]): Promise<number>;
  has(tenantId: string, subject: string, id: string): Promise<boolean>;
  /** Newest first. */
  list(tenantId: string, subject: string, page: PageRequest): Promise<Page<AuditEntry>>;
}
