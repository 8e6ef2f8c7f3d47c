/**
 * One received request, stored durably before it is acknowledged to the sender (SMTP 250, HTTP
 * 2xx), then processed by the intake pipeline. A start finishes items a crash left pending.
 */

export type IntakeSource = 'smtp' | 'graph' | 'webhook' | 'webform' | 'chat';

/** What the pipeline decided (H1's order). */
export type IntakeOutcome =
  | { kind: 'duplicate'; conversationId: string; recordId: string | null }
  | { kind: 'report'; conversationId: string | null; recordId: string | null; failedRecipients: string[] }
  | { kind: 'automatic'; conversationId: string; recordId: string | null }
  | { kind: 'followUp'; conversationId: string; recordId: string | null; reopened: boolean }
  | { kind: 'linkedCase'; conversationId: string; recordId: string; previousRecordId: string }
  | { kind: 'newCase'; conversationId: string; recordId: string }
  | { kind: 'rejected'; reason: string };

export interface IntakeItem {
  id: string;
  tenantId: string;
  recordType: string;
  source: IntakeSource;
  /** Name in the `rawmail` blob container: raw MIME, or the web form's JSON. */
  blobName: string;
  /** The support address it came to (lower-cased). */
  mailbox: string;
  /** SMTP envelope sender, when there was one ('' for the null sender). */
  mailFrom: string | null;
  receivedAt: string;
  state: 'pending' | 'done';
  attempts: number;
  lastError: string | null;
  outcome: IntakeOutcome | null;
  updatedAt: string;
}

export interface IntakeRepository {
  /** Idempotent on the id: the new item's ETag, or null when it existed already. */
  create(item: IntakeItem): Promise<string | null>;
  get(tenantId: string, id: string): Promise<{ value: IntakeItem; etag: string } | null>;
  /** Throws PreconditionFailedError when `etag` is stale; returns the new ETag. */
  replace(item: IntakeItem, etag: string): Promise<string>;
  /** Pending items of every tenant last touched before `before`, oldest first. */
  pending(before: string, limit: number): Promise<IntakeItem[]>;
}
