/**
 * Creating a connected chat is several steps in two systems (Graph: create chat, install app;
 * Casebridge: store connection, post intro, write timeline). The operation record, keyed by the
 * caller's Idempotency-Key, remembers which steps are done, so a retry or a restart continues
 * instead of creating a second chat or leaving one created but not connected.
 */
import type { Versioned } from '../shared/types';

export interface CreateChatOperation {
  /** `createChat:{userId}:{idempotencyKey}`. */
  id: string;
  tenantId: string;
  userId: string;
  recordId: string;
  recordType: string;
  input: { memberIds: string[]; name: string | null };
  /** `abandoned`: interrupted before its Teams steps and left for a day; a retry still resumes it. */
  status: 'running' | 'done' | 'abandoned';
  chatId: string | null;
  /**
   * Set (ETag-checked) just before asking Teams to create the chat: a second request with the same
   * key sees it and is told to retry instead of creating a second chat. One older than
   * CREATE_LEASE_MS was left by a request that died (or whose Graph call timed out), and may be
   * taken over.
   */
  creatingSince?: string | null | undefined;
  appInstalled: boolean;
  connected: boolean;
  introQueued: boolean;
  timelineWritten: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface OperationRepository {
  get(tenantId: string, id: string): Promise<Versioned<CreateChatOperation> | null>;
  /** Throws ConflictError when the id exists. */
  create(operation: CreateChatOperation): Promise<Versioned<CreateChatOperation>>;
  /** Throws PreconditionFailedError when `etag` is stale. */
  replace(operation: CreateChatOperation, etag: string): Promise<Versioned<CreateChatOperation>>;
  /** Unfinished operations not touched since `before` (ISO time), across tenants, for the start-up sweep. */
  listStale(before: string, limit: number): Promise<CreateChatOperation[]>;
}

/** How long one request may hold the "creating the chat" step before another may take it over. */
export const CREATE_LEASE_MS = 3 * 60_000; // longer than the Graph client's retries of one call (about 70 s)

/** The operation id for a user's idempotency key. */
export function operationId(userId: string, idempotencyKey: string): string {
  return `createChat:${userId}:${idempotencyKey}`;
}
