/**
 * Read-modify-write over MailboxStateRepository: creates the state on first use, retries a
 * replace that lost an ETag race, and takes/releases leases so one instance at a time does a
 * piece of work (renewing the subscription, advancing the delta link).
 */
import { ConflictError, PreconditionFailedError } from '../../domain/shared/errors';
import type { Clock, Versioned } from '../../domain/shared/types';
import { emptyMailboxState, type MailboxState, type MailboxStateRepository } from './mailbox-state';

export type LeaseName = keyof MailboxState['leases'];

const MAX_ATTEMPTS = 5;

export class MailboxStateStore {
  constructor(
    private readonly repo: MailboxStateRepository,
    readonly mailbox: string,
    private readonly clock: Clock,
    /** This instance's lease holder id. */
    readonly holder: string,
  ) {}

  /** The current state (created empty when missing). */
  async load(): Promise<Versioned<MailboxState>> {
    const found = await this.repo.get(this.mailbox);
    if (found) return found;
    try {
      return await this.repo.create(emptyMailboxState(this.mailbox));
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const again = await this.repo.get(this.mailbox);
      if (!again) throw error;
      return again;
    }
  }

  /** Applies `change` to the latest state; `change` returning null leaves it as it is. */
  async update(change: (state: MailboxState) => MailboxState | null): Promise<MailboxState> {
    for (let attempt = 0; ; attempt++) {
      const current = await this.load();
      const next = change(structuredClone(current.value));
      if (next === null) return current.value;
      try {
        return (await this.repo.replace(next, current.etag)).value;
      } catch (error) {
        if (!(error instanceof PreconditionFailedError) || attempt + 1 >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** Takes the lease for `ttlMs` unless another holder has an unexpired one; true when taken. */
  async acquire(name: LeaseName, ttlMs: number): Promise<boolean> {
    const now = this.clock().getTime();
    let taken = false;
    await this.update((state) => {
      const lease = state.leases[name];
      if (lease && lease.holder !== this.holder && Date.parse(lease.until) > now) return null;
      taken = true;
      state.leases[name] = { holder: this.holder, until: new Date(now + ttlMs).toISOString() };
      return state;
    });
    return taken;
  }

  /** Releases the lease if this instance holds it, applying `change` in the same write. */
  async release(name: LeaseName, change: (state: MailboxState) => void = () => undefined): Promise<MailboxState> {
    return this.update((state) => {
      change(state);
      if (state.leases[name]?.holder === this.holder) state.leases[name] = undefined;
      return state;
    });
  }
}
