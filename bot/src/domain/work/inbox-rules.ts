/**
 * Pure rules of a notification inbox: when it is due, adding an event, claiming the due events as
 * a batch (each claim a new batch id), marking its card sent, and finishing it. The store applies
 * them with the inbox's ETag (notification-queue.ts).
 */
import type { ClaimedBatch, NotificationInbox } from './notification-repository';
import type { WorkEvent } from './work-events';

/** An inbox never holds more than this many undelivered events (a storm keeps the newest). */
export const MAX_PENDING_EVENTS = 50;
/** A batch that failed this many times is dropped: a notification is never worth a retry storm. */
export const MAX_DELIVERY_ATTEMPTS = 3;
/** Delivered batches kept per user (their cards' buttons work); older ones are deleted. */
export const KEEP_BATCHES = 20;

const plus = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

/** When a sweep must look again: a live claim's end, else the pending window's end, else never. */
export function dueAtOf(inbox: Pick<NotificationInbox, 'pending' | 'pendingSince' | 'sending'>, batchMs: number): string | null {
  if (inbox.sending) return inbox.sending.claimedUntil;
  if (inbox.pending.length > 0 && inbox.pendingSince) return plus(inbox.pendingSince, batchMs);
  return null;
}

export function emptyInbox(tenantId: string, userId: string, now: string): NotificationInbox {
  return { tenantId, userId, pending: [], pendingSince: null, sending: null, dueAt: null, updatedAt: now, recentBatchIds: [] };
}

/** The inbox with `event` added (an event already pending or being sent, e.g. a retried notify, is not added twice). */
export function withEvent(inbox: NotificationInbox, event: WorkEvent, now: string, batchMs: number): NotificationInbox {
  const key = eventKey(event);
  if (inbox.pending.some((e) => eventKey(e) === key) || inbox.sending?.events.some((e) => eventKey(e) === key)) return inbox;
  const pending = [...inbox.pending, event].slice(-MAX_PENDING_EVENTS);
  const next = { ...inbox, pending, pendingSince: inbox.pendingSince ?? now, updatedAt: now };
  return { ...next, dueAt: dueAtOf(next, batchMs) };
}

/** What makes two events the same notification. */
export function eventKey(event: WorkEvent): string {
  return event.kind === 'customerReplied' ? `${event.kind}:${event.recordId}:${event.messageId}` : `${event.kind}:${event.recordId}:${event.at}`;
}

/** The ids kept after `added` joined the delivered ones, and those pushed out (to delete). */
function remembered(inbox: NotificationInbox, added: string[]): { recentBatchIds: string[]; evicted: string[] } {
  const all = [...(inbox.recentBatchIds ?? []), ...added.filter((id) => !(inbox.recentBatchIds ?? []).includes(id))];
  const cut = Math.max(0, all.length - KEEP_BATCHES);
  return { recentBatchIds: all.slice(cut), evicted: all.slice(0, cut) };
}

/** A claim: the inbox to write, stale events given up on, and batch items no longer needed. */
export interface Claim {
  inbox: NotificationInbox;
  dropped: WorkEvent[];
  evicted: string[];
}

/**
 * The inbox with its due events claimed by `instanceId` as batch `batchId`, or null when there is
 * nothing to do now: a live claim of another delivery, or a window not yet over. An expired claim:
 * when its card went out it counts as delivered; when it failed MAX_DELIVERY_ATTEMPTS times its
 * events are dropped (never what arrived since); otherwise its events are claimed again, with what
 * arrived since, as a new batch. `sending` is null when nothing is left to send now.
 */
export function claimed(inbox: NotificationInbox, input: { now: string; instanceId: string; batchId: string; leaseMs: number; batchMs: number }): Claim | null {
  const { now } = input;
  const stale = inbox.sending;
  if (stale && Date.parse(stale.claimedUntil) > Date.parse(now)) return null;
  const windowOver = inbox.pendingSince !== null && Date.parse(inbox.pendingSince) + input.batchMs <= Date.parse(now);
  if (!stale && !(inbox.pending.length > 0 && windowOver)) return null;
  let carried: WorkEvent[] = [];
  let attempts = 0;
  let dropped: WorkEvent[] = [];
  const delivered: string[] = [];
  const unused: string[] = [];
  if (stale?.cardSent) delivered.push(stale.batchId);
  else if (stale && stale.attempts >= MAX_DELIVERY_ATTEMPTS) { dropped = stale.events; unused.push(stale.batchId); }
  else if (stale) { carried = stale.events; attempts = stale.attempts; unused.push(stale.batchId); }
  const takePending = inbox.pending.length > 0 && (windowOver || carried.length > 0);
  const events = [...carried, ...(takePending ? inbox.pending : [])].slice(-MAX_PENDING_EVENTS);
  const sending: ClaimedBatch | null = events.length === 0 ? null : {
    batchId: input.batchId, events, claimedBy: input.instanceId, claimedUntil: plus(now, input.leaseMs), attempts: attempts + 1, cardSent: false,
  };
  const { recentBatchIds, evicted } = remembered(inbox, delivered);
  const next: NotificationInbox = {
    ...inbox, pending: takePending ? [] : inbox.pending, pendingSince: takePending ? null : inbox.pendingSince, sending, recentBatchIds, updatedAt: now,
  };
  return { inbox: { ...next, dueAt: dueAtOf(next, input.batchMs) }, dropped, evicted: [...unused, ...evicted] };
}

/** Which claim a delivery holds: the batch and the instance (a takeover's claim is not ours). */
export interface ClaimRef {
  batchId: string;
  claimedBy: string;
}

const holds = (inbox: NotificationInbox, ref: ClaimRef): boolean => inbox.sending?.batchId === ref.batchId && inbox.sending.claimedBy === ref.claimedBy;

/** The inbox with the claim's card marked sent and its lease renewed; unchanged when the claim is not ours any more. */
export function cardSent(inbox: NotificationInbox, ref: ClaimRef, now: string, leaseMs: number, batchMs: number): NotificationInbox {
  if (!holds(inbox, ref) || !inbox.sending) return inbox;
  const next = { ...inbox, sending: { ...inbox.sending, cardSent: true, claimedUntil: plus(now, leaseMs) }, updatedAt: now };
  return { ...next, dueAt: dueAtOf(next, batchMs) };
}

/** The inbox after our claim was delivered: only what arrived since is left; unchanged when the claim is not ours. */
export function finished(inbox: NotificationInbox, ref: ClaimRef, now: string, batchMs: number): { inbox: NotificationInbox; evicted: string[] } {
  if (!holds(inbox, ref)) return { inbox, evicted: [] };
  const { recentBatchIds, evicted } = remembered(inbox, [ref.batchId]);
  const next = { ...inbox, sending: null, recentBatchIds, updatedAt: now };
  return { inbox: { ...next, dueAt: dueAtOf(next, batchMs) }, evicted };
}
