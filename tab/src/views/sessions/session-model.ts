/** Pure helpers of the chat views: merging entries, what a session is to me, durations, note text. */
import { SESSION_NOTES, type AgentStatus, type ChatSession, type SessionEntry, type SessionNote } from '../../api/sessions-endpoints';
import type { Translate } from '../../i18n/catalogs';
import type { MessageKey } from '../../i18n/en';

/** Entries in seq order without duplicates (an entry may arrive by the socket and by a read). */
export function mergeEntries(current: readonly SessionEntry[], incoming: readonly SessionEntry[]): SessionEntry[] {
  if (incoming.length === 0) return [...current];
  const bySeq = new Map<number, SessionEntry>();
  for (const entry of current) bySeq.set(entry.seq, entry);
  for (const entry of incoming) bySeq.set(entry.seq, entry);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The highest seq held, 0 for none. */
export function lastSeqOf(entries: readonly SessionEntry[]): number {
  return entries.length === 0 ? 0 : (entries[entries.length - 1]?.seq ?? 0);
}

/** Whether the entries held have a gap (a missed event): then read what is missing. */
export function hasGap(entries: readonly SessionEntry[]): boolean {
  return contiguousEnd(entries) !== lastSeqOf(entries);
}

/** The last seq of the unbroken run from the first entry held (read after it to fill a gap). */
export function contiguousEnd(entries: readonly SessionEntry[]): number {
  let end = entries[0]?.seq ?? 0;
  for (const entry of entries.slice(1)) {
    if (entry.seq !== end + 1) break;
    end = entry.seq;
  }
  return end;
}

/** What a session in my list is to me. */
export type MyPart = 'handling' | 'listening' | 'offered' | 'other';

export function partOf(session: ChatSession, userId: string): MyPart {
  if (session.transfer?.status === 'pending' && session.transfer.toUserId === userId) return 'offered';
  if (session.agent?.id === userId) return 'handling';
  if (session.listeners.some((listener) => listener.id === userId)) return 'listening';
  return 'other';
}

/** The dashboard's status of an open session. */
export type LiveState = 'queued' | 'active' | 'transfer';

export function liveStateOf(session: ChatSession): LiveState {
  if (session.transfer?.status === 'pending') return 'transfer';
  return session.status === 'queued' ? 'queued' : 'active';
}

/**
 * How long the customer has waited for an agent: since `waitingSince`, which the service sets while
 * the session is queued (and clears when an agent gets it). Null when nobody is waiting.
 */
export function waitingMs(session: ChatSession, now: number): number | null {
  if (session.status === 'closed' || session.waitingSince === null) return null;
  const since = Date.parse(session.waitingSince);
  return Number.isNaN(since) ? null : Math.max(0, now - since);
}

export function formatDuration(ms: number, t: Translate): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return t('sessions.duration.seconds', { n: seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('sessions.duration.minutes', { n: minutes });
  return t('sessions.duration.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

export const STATUS_KEY: Record<AgentStatus, MessageKey> = {
  present: 'sessions.status.present',
  away: 'sessions.status.away',
  busy: 'sessions.status.busy',
  offline: 'sessions.status.offline',
};

/** The visitor's name, or "Visitor". */
export function visitorName(session: ChatSession, t: Translate): string {
  return session.visitor.name ?? t('sessions.visitor');
}

function isKnownNote(key: string): key is SessionNote {
  return (SESSION_NOTES as readonly string[]).includes(key);
}

/**
 * A system note in the reader's language. The note's params are names (never keys); a placeholder
 * the note did not fill is dropped rather than shown as `{name}`. A note this tab does not know yet
 * (a newer service) shows the text the service wrote.
 */
export function noteText(entry: SessionEntry, t: Translate): string {
  if (entry.note === null || !isKnownNote(entry.note.key)) return entry.text;
  const params = { ...entry.note.params };
  if (params.name === undefined && entry.authorName !== null) params.name = entry.authorName;
  const noteKey = entry.note.key;
  // J2, J6: the delegation notes have their words in their own area.
  const key = noteKey === 'takenFor' || noteKey === 'parked' || noteKey === 'pickedUp' ? (`sessionDelegation.note.${noteKey}` as const) : (`sessions.note.${noteKey}` as const);
  return t(key, params).replace(/\{\w+\}/g, '…');
}

/** A new client message id: the service accepts 8–64 letters, digits, `_` and `-`. */
export function newClientId(): string {
  return `tab-${crypto.randomUUID()}`;
}

/** The privileges of `GET /api/me`: per record type, per privilege, a depth or null. */
type PrivilegeMap = Record<string, Partial<Record<string, string | null | undefined>> | undefined>;

/** I6: whether the caller may listen to chats of some record type (the live dashboard). */
export function mayListen(privileges: PrivilegeMap): boolean {
  return Object.values(privileges).some((p) => p?.listen != null);
}

/** I5: whether the caller may manage chats of some record type (take over, transfer any): `listen` and `assign`. */
export function mayManage(privileges: PrivilegeMap): boolean {
  return Object.values(privileges).some((p) => p?.listen != null && p.assign != null);
}

/** Whether the caller may write some record type: only then can they be an agent of a chat site (status, my chats). */
export function mayHandle(privileges: PrivilegeMap): boolean {
  return Object.values(privileges).some((p) => p?.write != null);
}
