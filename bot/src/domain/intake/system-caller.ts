/**
 * The caller intake acts as: Casebridge itself, with tenant-wide rights on the record type it
 * files requests into. Never given to anything a user can call.
 */
import type { Caller } from '../access/access';

/** The actor id intake writes as (timeline, createdBy). */
export const SYSTEM_ACTOR_ID = 'casebridge';

export function systemCaller(tenantId: string, recordType: string): Caller {
  return {
    tenantId,
    user: { id: SYSTEM_ACTOR_ID, tenantId, displayName: 'Casebridge', email: '', teamIds: [], roleIds: [] },
    roles: [{ id: 'system', tenantId, name: 'Casebridge', isAdmin: false, privileges: { [recordType]: { read: 'tenant', write: 'tenant', assign: 'tenant' } } }],
  };
}
