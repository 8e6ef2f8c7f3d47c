/**
 * Agent socket tickets are good for one socket: the first use records the ticket's `jti` in the
 * shared `ratelimits` container (a create, so of two instances seeing the same ticket at once only
 * one succeeds; Cosmos TTL removes the record once the ticket could no longer be valid anyway).
 */
import type { Container } from '@azure/cosmos';
import { cosmosStatus } from '../storage/cosmos/cosmos-errors';
import { TICKET_SECONDS } from './tokens';

/** How long a used ticket's id is kept: longer than a ticket lives (plus clock tolerance). */
export const TICKET_CLAIM_TTL_SECONDS = 120;

/** Records a ticket's id: true the first time, false when it was used before; throws when it cannot be recorded. */
export type ClaimTicket = (jti: string) => Promise<boolean>;

/** Claims in the `ratelimits` container (partition key /id, items with their own ttl). */
export function cosmosTicketClaims(container: Container): ClaimTicket {
  return async (jti) => {
    try {
      await container.items.create({ id: `ticket~${jti}`, ttl: Math.max(TICKET_CLAIM_TTL_SECONDS, TICKET_SECONDS * 2) }, { abortSignal: AbortSignal.timeout(5000) });
      return true;
    } catch (error) {
      if (cosmosStatus(error) === 409) return false;
      throw error;
    }
  };
}

/** Claims in this process's memory (unit tests). */
export function memoryTicketClaims(): ClaimTicket {
  const used = new Map<string, number>();
  return async (jti) => {
    const now = Date.now();
    for (const [id, at] of used) if (now - at > TICKET_CLAIM_TTL_SECONDS * 1000) used.delete(id);
    if (used.has(jti)) return false;
    used.set(jti, now);
    return true;
  };
}
