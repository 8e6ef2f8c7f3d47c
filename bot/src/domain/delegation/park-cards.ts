/**
 * J6: where the park cards were posted (the delegator's personal chat; a copy per chat), kept so
 * the pick-up — on whichever instance, whenever — updates every copy in place.
 */

/** One posted copy of a park card. */
export interface ParkCardRef {
  userId: string;
  conversationId: string;
  activityId: string;
  serviceUrl: string;
}

/** The posted copies of one park (the item and the park's time identify it). */
export interface ParkCards {
  /** `parkcards:{kind}:{itemId}:{at}`. */
  id: string;
  tenantId: string;
  kind: 'parkCards';
  item: { kind: 'record' | 'session'; id: string };
  at: string;
  cards: ParkCardRef[];
}

/** The id of one park's card document. */
export function parkCardsId(item: ParkCards['item'], at: string): string {
  return `parkcards:${item.kind}:${item.id}:${at}`;
}

export interface ParkCardRepository {
  get(tenantId: string, id: string): Promise<ParkCards | null>;
  /** Writes the document whole (a park's cards are posted once; a retry writes the same). */
  put(doc: ParkCards): Promise<void>;
}
