/**
 * F5 with more than one instance: who may redraw a record's cards in a chat, so that a card is
 * never replaced by a drawing of an older version of its record than the one it shows. Teams
 * cannot update a message conditionally, and two updates in flight may land in either order, so
 * the sends themselves are serialized: per record and chat, one run at a time holds a lease
 * (CardRedraw in the chat state), taken and given back with ETag-checked writes. Each card entry
 * also remembers the record version it shows (PostedCard.version); a drawing older than that is
 * never sent. Pure decisions here; bot/src/teams/card-redraws.ts writes them and sends.
 *
 * A run: read the record (version v) → read the chat state → claim (write) → send the cards that
 * show no newer version than v → finish (write: each card's version, and the lease given back —
 * or kept for another round when someone asked meanwhile). The interleavings, X and Y being runs
 * on any instances, X having read v1 and Y v2 (v1 < v2, written in that order):
 *
 * 1. X claims first. Y's claim finds X's lease and only marks it (again, atLeast v2); Y sends
 *    nothing. X sends v1 (not older than the card shows), and its finish finds the mark: it keeps
 *    the lease, reads the record again (at least v2) and sends v2. Cards: v0 → v1 → v2.
 * 2. Y claims first and finishes before X claims: the cards show v2 > v1, X's claim finds nothing
 *    to do and writes nothing. If X claims while Y still holds the lease, X marks it (atLeast
 *    stays v2) and Y draws v2 once more: the same version, not an older one.
 * 3. X and Y claim from the same read: one write wins the ETag check, the other decides again on
 *    the fresh state, which is case 1 or 2.
 * 4. A new card is posted (withCards) while X holds the lease: the entry carries the version it
 *    was drawn from; X's finish only touches the entries it drew. A card posted from a version
 *    older than the record's by the time it is remembered is redrawn: whoever remembers cards reads
 *    the record again afterwards (CardRedraws.remembered, for record cards and intro cards alike).
 * 5. The holder dies, or cannot give the lease back (its chat state is written for every message,
 *    so in a busy chat every retry may lose the ETag race): its lease counts as lost after
 *    REDRAW_LEASE_MS and the next run takes it over. A mark left on it would be lost with it, so a
 *    run that finds the lease held, or fails to give it back, redraws again once the lease has run
 *    out (a timer in its process, lost only should that process end too; finding the cards
 *    current by then, it draws nothing).
 * 6. The holder is slow: it starts a send only while at least SEND_MARGIN_MS of its lease is left
 *    (and renews it with every round), so no other run holds the lease while one of its updates
 *    is on the way to Teams — assuming an update reaches Teams within SEND_MARGIN_MS and the
 *    instances' clocks agree within a few seconds. Should its finish find the lease taken over
 *    anyway, the versions it drew are not trusted: it claims again, so the newest is drawn last.
 * 7. A replica behind (Session consistency across instances) answers an older record than a mark
 *    asked for: the holder reads again briefly; a drawing older than a card shows is never sent.
 *
 * Cost per redraw of one chat, uncontended: one point read of the chat state and two replaces
 * (claim, finish); a run that finds the lease taken: one read and at most one replace, and its
 * re-check once the lease has run out (a read of the record and of the chat state, usually all).
 */
import type { CardRedraw, ChatState } from './chat-repository';
import type { Decision } from './chat-state';

/** How long a claim holds without being renewed: longer than any one round of a chat's sends. */
export const REDRAW_LEASE_MS = 2 * 60_000;

/** A send starts only while this much of the lease is left: the time one update may take to reach Teams. */
export const SEND_MARGIN_MS = 30_000;

/** The version of a record a card shows: its updatedAt in epoch ms (strictly increasing per record). */
export function recordVersion(record: { updatedAt: string }): number {
  const ms = Date.parse(record.updatedAt);
  return Number.isFinite(ms) ? ms : 0;
}

/** The lease is this run's (mine), another run's that will draw again (queued), or not needed. */
export type ClaimOutcome = 'mine' | 'queued' | 'nothing';

/** Done: lease given back. Again: still held, draw once more, at least `atLeast`. Lost: taken over. */
export type FinishOutcome = { kind: 'done' } | { kind: 'again'; atLeast: number; untilMs: number } | { kind: 'lost' };

/** How to finish: draw again only when another run asked, also when this run did not get through, or never. */
export type NextRound = 'ifAsked' | 'always' | 'never';

const live = (state: ChatState, nowMs: number): CardRedraw[] => (state.redraws ?? []).filter((r) => r.untilMs > nowMs);

/**
 * Run `run` wants to draw the record's cards in this chat from record version `version`. Nothing
 * to do when the chat has no card of the record or every one shows a newer version; queued (the
 * holder is marked to draw again, at least this version) while another run's lease is live.
 */
export function claimRedraw(state: ChatState, recordId: string, run: string, version: number, nowMs: number): Decision<ClaimOutcome> {
  const cards = (state.cards ?? []).filter((c) => c.recordId === recordId);
  if (cards.length === 0 || cards.every((c) => (c.version ?? 0) > version)) return { state: null, outcome: 'nothing' };
  const redraws = live(state, nowMs);
  const held = redraws.find((r) => r.recordId === recordId);
  if (held) {
    if (held.again && held.atLeast >= version) return { state: null, outcome: 'queued' }; // asked already: no write
    const marked = { ...held, again: true, atLeast: Math.max(held.atLeast, version) };
    return { state: { ...state, redraws: redraws.map((r) => (r === held ? marked : r)) }, outcome: 'queued' };
  }
  const lease: CardRedraw = { recordId, by: run, untilMs: nowMs + REDRAW_LEASE_MS, again: false, atLeast: version };
  return { state: { ...state, redraws: [...redraws, lease] }, outcome: 'mine' };
}

/**
 * Run `run` sent `drawn` (activity id → the record version it drew there). While its lease is
 * still its own (even if past its time: the ETag check proves nobody took it), the cards remember
 * those versions and the lease is given back — or renewed for another round (see NextRound).
 */
export function finishRedraw(state: ChatState, recordId: string, run: string, drawn: ReadonlyMap<string, number>, nowMs: number, next: NextRound): Decision<FinishOutcome> {
  const mine = (state.redraws ?? []).find((r) => r.recordId === recordId && r.by === run);
  if (!mine) return { state: null, outcome: { kind: 'lost' } };
  const cards = (state.cards ?? []).map((c) => {
    const version = c.recordId === recordId ? drawn.get(c.activityId) : undefined;
    return version === undefined ? c : { ...c, version };
  });
  const others = live(state, nowMs).filter((r) => r.recordId !== recordId);
  if (next === 'always' || (next === 'ifAsked' && mine.again)) {
    const renewed: CardRedraw = { ...mine, untilMs: nowMs + REDRAW_LEASE_MS, again: false };
    return { state: { ...state, cards, redraws: [...others, renewed] }, outcome: { kind: 'again', atLeast: mine.atLeast, untilMs: renewed.untilMs } };
  }
  return { state: { ...state, cards, redraws: others }, outcome: { kind: 'done' } };
}
