/**
 * F5: what a person may do to a record from a card in a Teams chat — assign it to themselves,
 * change its status, close it — and doing it. The rights are the record service's own (A3, field
 * security); a card only ever says which record and which version it was drawn from.
 */
import { canReadField, hasPrivilege, type Caller } from '../access/access';
import { RECORD_STATUSES, type RecordStatus, type ServiceRecord } from './record';
import type { RecordChanges } from './record-service';
import type { RecordType } from './record-type';

/** The actions a card offers one person. */
export interface AllowedCardActions {
  assignToMe: boolean;
  /** The statuses the record may be moved to (the current one left out); empty: no status change. */
  statuses: RecordStatus[];
  close: boolean;
}

export const NO_CARD_ACTIONS: AllowedCardActions = { assignToMe: false, statuses: [], close: false };

/** The same rules RecordService.update enforces, asked before drawing the buttons. */
export function allowedCardActions(caller: Caller, record: ServiceRecord, type: RecordType): AllowedCardActions {
  if (!hasPrivilege(caller, record, 'write')) return NO_CARD_ACTIONS;
  return {
    assignToMe: record.ownerId !== caller.user.id && hasPrivilege(caller, record, 'assign') && canReadField(caller, type.fieldRestrictions['owner']),
    statuses: RECORD_STATUSES.filter((s) => s !== record.status),
    close: record.status !== 'closed',
  };
}

/** The change each card verb makes, for the acting person. */
export const CARD_CHANGES = {
  assignToMe: (caller: Caller): RecordChanges => ({ ownerId: caller.user.id }),
  setStatus: (_caller: Caller, status: RecordStatus): RecordChanges => ({ status }),
  close: (): RecordChanges => ({ status: 'closed' }),
} as const;
