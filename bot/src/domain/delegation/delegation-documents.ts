/**
 * J1's conditional writes on one user's delegations document: read, change, create or replace
 * with the ETag, and on a lost race read again. Each limit is decided by the one document it
 * counts, so two additions at once can never both pass it.
 */
import { ConflictError, DomainError, PreconditionFailedError } from '../shared/errors';
import { emptyDelegations, type UserDelegations } from './delegation';
import type { DelegationRepository } from './ports';

/** Lost races before giving up (20 concurrent writers on one document settle well within this). */
export const MAX_ATTEMPTS = 60;

/** Raised when a document kept changing under us for MAX_ATTEMPTS tries (409, "try again"). */
export class DelegationBusyError extends ConflictError {
  constructor() {
    super('error.delegation.busy');
  }
}

/** Removing someone who is not one's delegate (404; an id of another tenant answers the same). */
export class NotADelegateError extends DomainError {
  readonly code = 'not-found';
  constructor() {
    super('error.delegation.notDelegate');
  }
}

/**
 * Applies `change` to the user's document (an empty one when missing) until a write wins. `change`
 * answers the new document, or null for "nothing to write"; it may throw (a limit), which ends it.
 * Answers the document as it was when `change` last ran, and whether it wrote.
 */
export async function updateDelegations(
  repository: DelegationRepository,
  tenantId: string,
  userId: string,
  change: (doc: UserDelegations) => UserDelegations | null,
): Promise<{ before: UserDelegations; written: boolean }> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const stored = await repository.get(tenantId, userId);
    const before = stored?.value ?? emptyDelegations(tenantId, userId);
    const next = change(structuredClone(before));
    if (next === null) return { before, written: false };
    try {
      if (stored) await repository.replace(next, stored.etag);
      else await repository.create(next);
      return { before, written: true };
    } catch (error) {
      if (!(error instanceof PreconditionFailedError) && !(error instanceof ConflictError)) throw error;
      // Someone else wrote first: back off a little (less likely to collide again), then re-read.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 5 * (attempt + 1))));
    }
  }
  throw new DelegationBusyError();
}
