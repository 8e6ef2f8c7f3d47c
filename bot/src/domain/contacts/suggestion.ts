/**
 * Shared contract for suggested contacts (SPEC G1–G3).
 * G1 rules and the suggestions API build `Suggestion`s; G2's engine implements `SimilarCases`.
 */
import type { Caller } from '../access/access';
import type { ServiceRecord } from '../records/record';

/** Why someone is suggested. */
export type SuggestionReasonKind = 'owner' | 'team' | 'activity' | 'sameCustomer' | 'similarCase';

/** One reason a person is suggested as a contact for a record. */
export type SuggestionReason =
  | { kind: 'owner' }
  | { kind: 'team'; teamId: string; teamName: string }
  | { kind: 'activity'; what: 'joined' | 'wroteInChat' | 'changedRecord'; at: string }
  | { kind: 'sameCustomer'; recordId: string; number: string; via: 'person' | 'company' }
  | { kind: 'similarCase'; recordId: string; number: string; title: string; score: number };

/** A suggested contact with all the reasons that led to them. */
export interface Suggestion {
  userId: string;
  displayName: string;
  reasons: SuggestionReason[];
}

/** One closed case similar to the current one, with the people who resolved it. */
export interface SimilarCaseHit {
  recordId: string;
  number: string;
  title: string;
  score: number;
  closedAt: string;
  resolverIds: string[];
}

/** G2's engine (engineer B): the closed cases most like this one that `caller` may read, best first. */
export interface SimilarCases {
  find(caller: Caller, record: ServiceRecord, limit: number): Promise<SimilarCaseHit[]>;
}
