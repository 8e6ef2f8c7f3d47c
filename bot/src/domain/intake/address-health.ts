/**
 * Addresses whose mail bounced (H1): no acknowledgement goes there for FAILING_FOR_DAYS after the
 * last bounce (that a customer can send from an address says nothing about receiving there; a
 * bounce loop with a broken mailbox is what this stops). Agents see it on the sent message.
 */

export const FAILING_FOR_DAYS = 30;

export interface AddressHealthRepository {
  markFailing(tenantId: string, address: string, at: string, reason: string): Promise<void>;
  /** Forgets a failing mark (an agent fixed the address; a later issue's action). */
  clear(tenantId: string, address: string): Promise<void>;
  /** True when the address bounced at or after `since`. */
  isFailing(tenantId: string, address: string, since: string): Promise<boolean>;
}

/** The start of the window in which a bounce still counts. */
export function failingSince(now: Date): string {
  return new Date(now.getTime() - FAILING_FOR_DAYS * 24 * 60 * 60 * 1000).toISOString();
}
