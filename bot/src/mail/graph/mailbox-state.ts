/**
 * What every instance shares about the Graph mailbox: the current subscription (id, expiry and the
 * SHA-256 of its clientState — the secret itself lives only in Graph and in the notifications, so a
 * reader of the store cannot forge one), the Inbox delta link, and short leases so only one
 * instance renews the subscription or advances the delta link at a time. Replaced with ETags.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Versioned } from '../../domain/shared/types';

/** A short claim on a piece of work: `holder` until `until` (ISO). */
export interface Lease {
  holder: string;
  until: string;
}

export interface MailboxSubscription {
  id: string;
  /** ISO time Graph says the subscription expires. */
  expiresAt: string;
  /** Hex SHA-256 of the clientState given to Graph. */
  clientStateHash: string;
}

export interface MailboxState {
  /** Lower-cased mailbox address. */
  mailbox: string;
  subscription: MailboxSubscription | null;
  /** The Inbox's `@odata.deltaLink`, null before the first delta round. */
  deltaLink: string | null;
  /** ISO time of the last completed delta round (the restart point when a delta link expires). */
  lastDeltaAt: string | null;
  leases: { subscription?: Lease | undefined; delta?: Lease | undefined };
}

/** Where MailboxState is kept (Cosmos `directory`, kind `mailbox`; memory in tests). */
export interface MailboxStateRepository {
  get(mailbox: string): Promise<Versioned<MailboxState> | null>;
  /** ConflictError when it exists already. */
  create(state: MailboxState): Promise<Versioned<MailboxState>>;
  /** PreconditionFailedError when `etag` is no longer current. */
  replace(state: MailboxState, etag: string): Promise<Versioned<MailboxState>>;
}

/** An empty state for a mailbox. */
export function emptyMailboxState(mailbox: string): MailboxState {
  return { mailbox: mailbox.toLowerCase(), subscription: null, deltaLink: null, lastDeltaAt: null, leases: {} };
}

/** Hex SHA-256 of a clientState. */
export function hashClientState(clientState: string): string {
  return createHash('sha256').update(clientState, 'utf8').digest('hex');
}

/** Compares a received clientState against the stored hash in constant time. */
export function clientStateMatches(received: string | null | undefined, storedHash: string | undefined): boolean {
  if (typeof received !== 'string' || storedHash === undefined) return false;
  const a = Buffer.from(hashClientState(received), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
