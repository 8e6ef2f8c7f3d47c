/** The record's timeline (E1): what happened around a record, newest first. */
import type { Page, PageRequest } from '../shared/types';

export type TimelineKind =
  | 'chatConnected'
  | 'chatDisconnected'
  | 'participantsAdded'
  | 'memberJoined'
  | 'recordCreated'
  | 'recordAssigned'
  | 'statusChanged'
  | 'recordClosed'
  | 'recordReopened'
  | 'messageReceived'
  | 'replySent'
  | 'noteAdded'
  | 'caseLinked'
  // H3 agent actions
  | 'recordAccepted'
  | 'recordTransferred'
  | 'recordPostponed'
  | 'messageForwarded'
  | 'messageEdited'
  | 'caseSplit'
  // I2: a customer chat session's events (`note`: what happened, `userIds`: the agents involved)
  | 'chatSession'
  // J6: a delegate parked the case for a delegator (`userIds`: [delegator]); the delegator picked it up
  | 'recordParked'
  | 'recordPickedUp';

export interface TimelineEntry {
  /** Deterministic where the event has an identity, so writing it twice is harmless. */
  id: string;
  tenantId: string;
  recordId: string;
  kind: TimelineKind;
  at: string;
  actorId: string;
  /** J2: the delegator the actor acted for (absent: the actor acted for themself). */
  onBehalfOfId?: string | undefined;
  chatId: string | null;
  chatName: string | null;
  /** Kind-specific facts, e.g. the added user ids, or the new owner. */
  userIds?: string[] | undefined;
  /** Record events: the status before and after. */
  fromStatus?: string | undefined;
  toStatus?: string | undefined;
  /** Message events (H1): the conversation and message, its channel and subject. */
  conversationId?: string | undefined;
  messageId?: string | undefined;
  channel?: string | undefined;
  subject?: string | undefined;
  /** Who wrote a received message (a customer, not a user). */
  person?: { id: string; name: string } | undefined;
  /** caseLinked, caseSplit: the other record. */
  linkedRecordId?: string | undefined;
  /** recordTransferred: the internal note to the new owner; recordPostponed: until when (ISO). */
  note?: string | undefined;
  until?: string | undefined;
  /** recordAssigned: the team it was assigned to (when assigned to a team). */
  teamId?: string | undefined;
}

export interface TimelineRepository {
  /** Writes an entry; an existing id is left as it is. */
  append(entry: TimelineEntry): Promise<void>;
  /** Newest first, optionally only some kinds. */
  list(tenantId: string, recordId: string, page: PageRequest, kinds?: readonly TimelineKind[]): Promise<Page<TimelineEntry>>;
}
