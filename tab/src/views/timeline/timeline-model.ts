/**
 * The timeline's pure parts: merging a fresh first page into what is shown without losing the
 * pages loaded with "Load more" (E2, E3), the sentence of an entry (E1), and relative times.
 */
import { RECORD_STATUSES, type Page, type RecordStatus, type TimelineEntry } from '../../api/types';
import type { Translate } from '../../i18n/catalogs';
import { chatLabel } from '../chats/chat-model';

/** What the timeline shows: entries newest first, and where "Load more" goes on. */
export interface TimelineItems {
  items: TimelineEntry[];
  continuation: string | null;
  /** Pages shown: 1 after a (re)load, more after "Load more". */
  pages: number;
}

function time(entry: TimelineEntry): number {
  const value = Date.parse(entry.at);
  return Number.isNaN(value) ? 0 : value;
}

/** Newest first; entries of the same moment keep their order (Array.prototype.sort is stable). */
export function newestFirst(items: TimelineEntry[]): TimelineEntry[] {
  return [...items].sort((a, b) => time(b) - time(a));
}

export function firstPage(page: Page<TimelineEntry>): TimelineItems {
  return { items: newestFirst(page.items), continuation: page.continuation, pages: 1 };
}

/** Adds an older page ("Load more"); an entry already shown is not shown twice. */
export function appendPage(current: TimelineItems, page: Page<TimelineEntry>): TimelineItems {
  const shown = new Set(current.items.map((entry) => entry.id));
  const older = page.items.filter((entry) => !shown.has(entry.id));
  return { items: newestFirst([...current.items, ...older]), continuation: page.continuation, pages: current.pages + 1 };
}

/**
 * Merges a fresh first page (a live update or Refresh): it replaces what it covers — new entries
 * arrive, each chat's last-message entry is replaced — and older entries loaded with "Load more"
 * stay, with their continuation. Entries within the fresh page's time span that it no longer
 * lists are gone. `lastMessage` entries only ever come on the first page.
 */
export function mergeFirstPage(current: TimelineItems, page: Page<TimelineEntry>): TimelineItems {
  if (current.pages <= 1 || page.continuation === null) return firstPage(page);
  const fresh = new Set(page.items.map((entry) => entry.id));
  const dated = page.items.filter((entry) => entry.kind !== 'lastMessage').map(time);
  const oldest = dated.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...dated);
  const older = current.items.filter((entry) => entry.kind !== 'lastMessage' && !fresh.has(entry.id) && time(entry) <= oldest);
  return { items: newestFirst([...page.items, ...older]), continuation: current.continuation, pages: current.pages };
}

/** For each chat, the id of its newest shown entry: the one that offers Join or shows the lock. */
export function newestPerChat(items: TimelineEntry[]): Set<string> {
  const chats = new Set<string>();
  const ids = new Set<string>();
  for (const entry of items) {
    if (entry.chatId === null || chats.has(entry.chatId)) continue;
    chats.add(entry.chatId);
    ids.add(entry.id);
  }
  return ids;
}

function statusLabel(t: Translate, status: string | null | undefined): string {
  if (status === null || status === undefined) return t('record.emptyValue');
  return (RECORD_STATUSES as readonly string[]).includes(status) ? t(`status.${status as RecordStatus}`) : status;
}

/**
 * The entry as a sentence: "Mads Nielsen connected the chat “X”" (E1). `names` knows the people
 * the tab has seen (a recordAssigned entry names the new owner by id only); `linkedNumber` is the
 * number of a caseLinked or caseSplit entry's other record, once known; `formatDate` words a
 * postponement's date (ISO as is without it).
 */
export function entrySentence(
  t: Translate,
  entry: TimelineEntry,
  names: ReadonlyMap<string, string>,
  chatName?: string,
  linkedNumber?: string,
  formatDate: (iso: string) => string = (iso) => iso,
): string {
  const actor = entry.actor?.displayName ?? t('timeline.someone');
  const values = { actor, chat: chatName ?? chatLabel(t, entry.chatName) };
  switch (entry.kind) {
    case 'chatConnected':
    case 'chatDisconnected':
    case 'memberJoined':
    case 'lastMessage':
    case 'recordCreated':
    case 'recordClosed':
    case 'recordAccepted':
      return t(`timeline.entry.${entry.kind}`, values);
    case 'recordReopened':
      // H3: a postponement that ended reopens the case by itself (its entry carries the date).
      return entry.until !== null ? t('timeline.entry.postponeEnded', { date: formatDate(entry.until) }) : t('timeline.entry.recordReopened', values);
    case 'recordTransferred': {
      const owner = entry.userIds[0] === undefined ? undefined : names.get(entry.userIds[0]);
      return owner === undefined ? t('timeline.entry.recordTransferred.unknown', values) : t('timeline.entry.recordTransferred', { ...values, owner });
    }
    case 'recordPostponed':
      return t('timeline.entry.recordPostponed', { ...values, date: entry.until === null ? t('record.emptyValue') : formatDate(entry.until) });
    case 'caseSplit':
      return t(isSplitOrigin(entry) ? 'timeline.entry.caseSplit.from' : 'timeline.entry.caseSplit', { ...values, number: linkedNumber ?? t('timeline.linkedRecord') });
    case 'messageForwarded':
    case 'messageEdited':
      return t(`timeline.entry.${entry.kind}`, { ...values, subject: entry.message?.subject ?? '' });
    case 'participantsAdded': {
      const count = entry.userIds.length;
      return count === 1
        ? t('timeline.entry.participantsAdded.one', values)
        : t('timeline.entry.participantsAdded.other', { ...values, count });
    }
    case 'recordAssigned': {
      const ownerId = entry.userIds[0];
      if (entry.team !== null) {
        const named = ownerId === undefined ? undefined : names.get(ownerId);
        return named === undefined
          ? t('timeline.entry.recordAssigned.team', { ...values, team: entry.team.name })
          : t('timeline.entry.recordAssigned.teamOwner', { ...values, owner: named, team: entry.team.name });
      }
      if (ownerId !== undefined && ownerId === entry.actor?.id) return t('timeline.entry.recordAssigned.self', values);
      const owner = ownerId === undefined ? undefined : names.get(ownerId);
      return owner === undefined ? t('timeline.entry.recordAssigned.unknown', values) : t('timeline.entry.recordAssigned', { ...values, owner });
    }
    case 'messageReceived': {
      const person = entry.message?.person?.name ?? entry.actor?.displayName ?? t('timeline.someone');
      const channel = entry.message?.channel ?? 'email';
      return t(`timeline.entry.messageReceived.${channel}`, { person, subject: entry.message?.subject ?? '' });
    }
    case 'replySent':
      return t('timeline.entry.replySent', { ...values, subject: entry.message?.subject ?? '' });
    case 'noteAdded':
      return t('timeline.entry.noteAdded', values);
    case 'caseLinked':
      return t('timeline.entry.caseLinked', { ...values, number: linkedNumber ?? t('timeline.linkedRecord') });
    case 'chatSession':
      return sessionSentence(t, entry.note, values);
    case 'recordParked': {
      // J6: parked for the delegator named in userIds.
      const owner = entry.userIds[0] === undefined ? undefined : names.get(entry.userIds[0]);
      return owner === undefined ? t('timeline.entry.recordParked.unknown', values) : t('timeline.entry.recordParked', { ...values, owner });
    }
    case 'recordPickedUp':
      return t('timeline.entry.recordPickedUp', values);
    case 'statusChanged':
      return t('timeline.entry.statusChanged', { ...values, from: statusLabel(t, entry.fromStatus), to: statusLabel(t, entry.toStatus) });
    default:
      // A kind this tab does not know yet.
      return t('timeline.entry.other', values);
  }
}

/** A caseSplit entry on the new case (made from the other's messages) rather than on the case split. */
export function isSplitOrigin(entry: TimelineEntry): boolean {
  return entry.kind === 'caseSplit' && entry.id.startsWith('splitFrom:');
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
  ['week', 7 * 24 * 60 * 60],
  ['month', 30 * 24 * 60 * 60],
  ['year', 365 * 24 * 60 * 60],
];

/** "5 minutes ago", "yesterday"; under 45 seconds "just now". */
export function relativeTime(t: Translate, locale: string, iso: string, now: number): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const seconds = (at - now) / 1000;
  if (Math.abs(seconds) < 45) return t('timeline.justNow');
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  let unit: [Intl.RelativeTimeFormatUnit, number] = ['minute', 60];
  for (const candidate of UNITS) if (Math.abs(seconds) >= candidate[1]) unit = candidate;
  return format.format(Math.round(seconds / unit[1]), unit[0]);
}

const DELEGATION_EVENTS = ['takenFor', 'parked', 'pickedUp'] as const;
const SESSION_EVENTS = ['started', 'transferred', 'accepted', 'declined', 'cancelled', 'expired', 'takenOver', 'closed', 'caseMade'] as const;

/** A customer chat session's event on the case (I2); `note` names the event. */
function sessionSentence(t: Translate, note: string | null, values: { actor: string; chat: string }): string {
  // J2, J6: a chat taken for a delegator, parked for them, picked up by them (the sessionDelegation area's words).
  const delegated = DELEGATION_EVENTS.find((e) => e === note);
  if (delegated) return t(`sessionDelegation.timeline.${delegated}`, values);
  const event = SESSION_EVENTS.find((e) => e === note);
  return event ? t(`timeline.entry.chatSession.${event}`, values) : t('timeline.entry.other', values);
}
