/**
 * G1's rules as small pure functions: each rule turns what is known of a record into candidates
 * (a person and one reason); `rankSuggestions` applies the exclusions, merges a person's reasons
 * and orders the people (owner, activity newest first, similar case by score, same customer, team:
 * membership of the owning team is the weakest signal, so a big team never crowds out the others).
 */
import type { TimelineEntry, TimelineKind } from '../timeline/timeline';
import type { SimilarCaseHit, Suggestion, SuggestionReason, SuggestionReasonKind } from './suggestion';

/** At most this many people are suggested. */
export const MAX_SUGGESTIONS = 10;

/** One person suggested for one reason, before merging. */
export interface Candidate {
  userId: string;
  reason: SuggestionReason;
}

/** The owner rule: the record's owner, if any. */
export function ownerRule(ownerId: string | null): Candidate[] {
  return ownerId ? [{ userId: ownerId, reason: { kind: 'owner' } }] : [];
}

/** The team rule: the owning team's members. */
export function teamRule(team: { id: string; name: string } | null, memberIds: readonly string[]): Candidate[] {
  if (!team) return [];
  return memberIds.map((userId) => ({ userId, reason: { kind: 'team', teamId: team.id, teamName: team.name } }));
}

/** Timeline kinds that mean someone joined one of the record's chats. */
const JOINED: ReadonlySet<TimelineKind> = new Set(['memberJoined', 'participantsAdded', 'chatConnected']);
/** Timeline kinds that mean someone changed the record (or wrote on it as an agent). */
const CHANGED: ReadonlySet<TimelineKind> = new Set([
  'recordCreated', 'recordAssigned', 'statusChanged', 'recordClosed', 'recordReopened', 'replySent', 'noteAdded',
  'caseLinked', 'recordAccepted', 'recordTransferred', 'recordPostponed', 'messageForwarded', 'messageEdited', 'caseSplit',
]);

/** A message seen in a connected chat: who wrote it and when. */
export interface ChatMessageSeen {
  fromUserId: string | null;
  at: string;
}

/**
 * The activity rule: people who joined a connected chat (`participantsAdded`: the people added),
 * wrote in one, or changed the record. One reason per person and kind of activity: the newest.
 */
export function activityRule(entries: readonly TimelineEntry[], messages: readonly ChatMessageSeen[]): Candidate[] {
  const newest = new Map<string, Candidate & { reason: { kind: 'activity' } }>();
  const add = (userId: string, what: 'joined' | 'wroteInChat' | 'changedRecord', at: string) => {
    const key = `${userId}\u0000${what}`;
    const seen = newest.get(key);
    if (!seen || seen.reason.at < at) newest.set(key, { userId, reason: { kind: 'activity', what, at } });
  };
  for (const e of entries) {
    if (JOINED.has(e.kind)) {
      if (e.kind === 'participantsAdded') for (const id of e.userIds ?? []) add(id, 'joined', e.at);
      else add(e.actorId, 'joined', e.at);
    } else if (CHANGED.has(e.kind)) add(e.actorId, 'changedRecord', e.at);
  }
  for (const m of messages) if (m.fromUserId) add(m.fromUserId, 'wroteInChat', m.at);
  return [...newest.values()];
}

/** Another case of the same customer and whose it is. */
export interface CustomerCase {
  recordId: string;
  number: string;
  ownerId: string | null;
  via: 'person' | 'company';
}

/** The same-customer rule: the owners of the customer's (person's, then company's) other cases. */
export function sameCustomerRule(recordId: string, cases: readonly CustomerCase[]): Candidate[] {
  return cases.flatMap((c): Candidate[] =>
    c.recordId !== recordId && c.ownerId ? [{ userId: c.ownerId, reason: { kind: 'sameCustomer', recordId: c.recordId, number: c.number, via: c.via } }] : []);
}

/** The similar-case rule (G2): the resolvers of similar closed cases, with the case and its score. */
export function similarCaseRule(recordId: string, hits: readonly SimilarCaseHit[]): Candidate[] {
  return hits
    .filter((h) => h.recordId !== recordId)
    .flatMap((h) => h.resolverIds.map((userId) => ({
      userId, reason: { kind: 'similarCase' as const, recordId: h.recordId, number: h.number, title: h.title, score: h.score },
    })));
}

/** Who may not be suggested. */
export interface Exclusions {
  /** The caller (and, acting for someone, the delegate too). */
  selfIds: readonly string[];
  /** Members of the chat being filled. */
  chatMemberIds: readonly string[];
}

const KIND_RANK: Record<SuggestionReasonKind, number> = { owner: 0, activity: 1, similarCase: 2, sameCustomer: 3, team: 4 };

/** Orders two reasons: by kind, then activity newest first, similar cases by score (then as found). */
export function compareReasons(a: SuggestionReason, b: SuggestionReason): number {
  const byKind = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (byKind !== 0) return byKind;
  if (a.kind === 'activity' && b.kind === 'activity') return b.at.localeCompare(a.at);
  if (a.kind === 'similarCase' && b.kind === 'similarCase') return b.score - a.score;
  return 0;
}

/** Two reasons are the same when they say the same thing (a case found twice counts once). */
function sameReason(a: SuggestionReason, b: SuggestionReason): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges candidates per person (all reasons kept, best first), drops the excluded, orders the
 * people by their best reason (stable: earlier candidates win ties). `mayRead` is asked in that
 * order, as many at once as places are left, only until `limit` people are found; `names` gives
 * display names.
 */
export async function rankSuggestions(
  candidates: readonly Candidate[],
  exclusions: Exclusions,
  mayRead: (userId: string) => Promise<boolean>,
  names: ReadonlyMap<string, string>,
  limit: number = MAX_SUGGESTIONS,
): Promise<Suggestion[]> {
  const excluded = new Set([...exclusions.selfIds, ...exclusions.chatMemberIds]);
  const byPerson = new Map<string, SuggestionReason[]>();
  for (const c of candidates) {
    if (excluded.has(c.userId)) continue;
    const reasons = byPerson.get(c.userId) ?? [];
    if (!reasons.some((r) => sameReason(r, c.reason))) reasons.push(c.reason);
    byPerson.set(c.userId, reasons);
  }
  const people = [...byPerson.entries()].flatMap(([userId, reasons]) => {
    const [best, ...rest] = [...reasons].sort(compareReasons);
    return best ? [{ userId, best, reasons: [best, ...rest] }] : [];
  });
  people.sort((a, b) => compareReasons(a.best, b.best));
  const out: Suggestion[] = [];
  let next = 0;
  while (out.length < limit && next < people.length) {
    const batch = people.slice(next, next + limit - out.length);
    next += batch.length;
    const readable = await Promise.all(batch.map((p) => mayRead(p.userId)));
    for (const [i, p] of batch.entries()) {
      if (readable[i]) out.push({ userId: p.userId, displayName: names.get(p.userId) ?? p.userId, reasons: p.reasons });
    }
  }
  return out;
}
