/**
 * J2's history line per reader, as the service's onBehalfView (bot/src/domain/delegation/
 * delegation.ts) decides it: "Replied by you for Mads" (the reader acted), "Answered by Sofie on
 * your behalf" (the reader was acted for), "Closed by Sofie for Mads" (anyone else) — one phrase
 * per kind of entry a delegate can make, in the reader's language.
 */
import type { Translate } from '../../i18n/catalogs';
import type { MessageKey } from '../../i18n/en';
import type { TimelineEntry } from '../../api/types';

/** How one reader sees an act for someone (the service's OnBehalfView). */
export type OnBehalfView = 'youFor' | 'forYou' | 'byFor';

/** The same rule as the service's onBehalfView: the actor first, then the person acted for. */
export function onBehalfView(readerId: string, actorId: string, onBehalfOfId: string): OnBehalfView {
  if (readerId === actorId) return 'youFor';
  if (readerId === onBehalfOfId) return 'forYou';
  return 'byFor';
}

type Act = 'reply' | 'accept' | 'close' | 'park' | 'pickUp' | ChatAct | 'other';
type ChatAct = 'session' | 'chatPark' | 'chatPickUp' | 'chatClose' | 'chatTransfer' | 'chatAccept' | 'chatCase' | 'chatMessage' | 'chat';

/**
 * A chat entry's phrase by its `note` (the session event, see the service's SessionAuditEvent):
 * each event a delegate can do for someone has its own words; an event without them (or a note this
 * tab does not know yet) gets the neutral chat phrase, never another event's words.
 */
const CHAT_ACTS: ReadonlyMap<string, ChatAct> = new Map<string, ChatAct>([
  ['takenFor', 'session'],
  ['takenOver', 'session'],
  ['parked', 'chatPark'],
  ['pickedUp', 'chatPickUp'],
  ['closed', 'chatClose'],
  ['transferred', 'chatTransfer'],
  ['accepted', 'chatAccept'],
  ['caseMade', 'chatCase'],
  ['message', 'chatMessage'],
]);

/** Which phrase an entry's kind takes (a status change to closed is a close; a chat entry by its note). */
function actOf(entry: Pick<TimelineEntry, 'kind' | 'toStatus' | 'note'>): Act {
  switch (entry.kind) {
    case 'replySent':
      return 'reply';
    case 'recordAccepted':
      return 'accept';
    case 'recordClosed':
      return 'close';
    case 'statusChanged':
      return entry.toStatus === 'closed' ? 'close' : 'other';
    case 'recordParked':
      return 'park';
    case 'recordPickedUp':
      return 'pickUp';
    case 'chatSession':
      return CHAT_ACTS.get(entry.note ?? '') ?? 'chat';
    default:
      return 'other';
  }
}

/** The J2 line of an entry for this reader, or null when its actor acted for themself. */
export function onBehalfPhrase(t: Translate, entry: Pick<TimelineEntry, 'kind' | 'toStatus' | 'note' | 'actor' | 'onBehalfOf'>, readerId: string): string | null {
  const { actor, onBehalfOf } = entry;
  if (!actor || !onBehalfOf) return null;
  const key: MessageKey = `onBehalf.${actOf(entry)}.${onBehalfView(readerId, actor.id, onBehalfOf.id)}`;
  return t(key, { actor: actor.displayName, for: onBehalfOf.displayName });
}
