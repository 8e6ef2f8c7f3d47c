/**
 * J6's rules for parking a case for a delegator and picking it up, as small pure functions (the
 * service in park.ts reads, asks these, and writes with the ETag).
 */
import type { RecordStatus } from '../records/record';
import type { ParkMark } from './delegation';

/** Why a park is refused (null: it may go ahead). Keys of the `park` catalog area. */
export type ParkRefusal = 'park.error.self' | 'park.error.closed' | 'park.error.alreadyParked' | null;

/**
 * A delegate may park an open case for `forUserId` (never for themself); a case parked already —
 * for anyone — stays as it is until it is picked up (one park at a time: one card, one owner-to-be).
 */
export function parkRefusal(input: { callerId: string; forUserId: string; status: RecordStatus; parked: ParkMark | null | undefined }): ParkRefusal {
  if (input.forUserId === input.callerId) return 'park.error.self';
  if (input.status === 'closed') return 'park.error.closed';
  if (input.parked) return 'park.error.alreadyParked';
  return null;
}

/**
 * Whose work a delegate may park for a delegator: the delegator's own case (the acting resolver
 * then checks the delegation and the delegator's rights), or the delegate's own (one they accepted
 * as themself: they hand it to the delegator to take over, which needs only the delegation).
 */
export type ParkPath = 'delegatorsCase' | 'ownCase';

export function parkPath(ownerId: string | null, callerId: string): ParkPath {
  return ownerId === callerId ? 'ownCase' : 'delegatorsCase';
}

/** Why a pick-up is refused (null: it may go ahead). */
export type PickUpRefusal = 'park.error.notParked' | 'park.error.notForYou' | null;

/** Only the person a case is parked for picks it up; a case not parked has nothing to pick up. */
export function pickUpRefusal(parked: ParkMark | null | undefined, callerId: string): PickUpRefusal {
  if (!parked) return 'park.error.notParked';
  if (parked.forUserId !== callerId) return 'park.error.notForYou';
  return null;
}

/** A picked-up case is worked on: a new one becomes active, any other status stays. */
export function statusOnPickUp(status: RecordStatus): RecordStatus {
  return status === 'new' ? 'active' : status;
}

/**
 * Whether a parked case has moved on since it was parked: closed, or owned by someone other than
 * the delegator it is parked for or the delegate who parked it (given to someone else). Such a case
 * is not picked up: the pick-up would take it from whoever has it now.
 */
export function movedOn(record: { status: RecordStatus; ownerId: string | null }, parked: ParkMark): boolean {
  if (record.status === 'closed') return true;
  return record.ownerId !== parked.forUserId && record.ownerId !== parked.byUserId;
}

/** Whether `parked` is this caller's own park for `forUserId` (a retried park finishes it instead of being refused). */
export function isOwnPark(parked: ParkMark | null | undefined, callerId: string, forUserId: string): boolean {
  return !!parked && parked.byUserId === callerId && parked.forUserId === forUserId;
}
