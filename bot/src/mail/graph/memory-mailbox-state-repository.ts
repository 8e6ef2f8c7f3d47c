/** MailboxState in memory (tests, single-process runs): same ETag semantics as Cosmos. */
import { randomUUID } from 'node:crypto';
import { ConflictError, PreconditionFailedError } from '../../domain/shared/errors';
import type { Versioned } from '../../domain/shared/types';
import type { MailboxState, MailboxStateRepository } from './mailbox-state';

export class MemoryMailboxStateRepository implements MailboxStateRepository {
  private readonly items = new Map<string, Versioned<MailboxState>>();

  get(mailbox: string): Promise<Versioned<MailboxState> | null> {
    const found = this.items.get(mailbox.toLowerCase());
    return Promise.resolve(found ? structuredClone(found) : null);
  }

  create(state: MailboxState): Promise<Versioned<MailboxState>> {
    if (this.items.has(state.mailbox)) return Promise.reject(new ConflictError('error.conflict'));
    return Promise.resolve(this.store(state));
  }

  replace(state: MailboxState, etag: string): Promise<Versioned<MailboxState>> {
    if (this.items.get(state.mailbox)?.etag !== etag) return Promise.reject(new PreconditionFailedError());
    return Promise.resolve(this.store(state));
  }

  private store(state: MailboxState): Versioned<MailboxState> {
    const stored = { value: structuredClone(state), etag: randomUUID() };
    this.items.set(state.mailbox, stored);
    return structuredClone(stored);
  }
}
