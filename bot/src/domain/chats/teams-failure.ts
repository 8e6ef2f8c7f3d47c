/** How sure a failed Teams call is to have changed nothing: the difference between "retry at once" and "finish it later". */
import type { TeamsCallError, TeamsFailureKind } from './teams-port';

/**
 * Per kind of failure: true when the call certainly changed nothing. Teams (or Entra) refused it,
 * asked for it later (429) or it was never sent (no token). A server error, a timeout, a lost
 * connection or an unreadable answer may hide a call that went through. A Record, so a new kind
 * must be placed here.
 */
const CERTAINLY_REFUSED: Record<TeamsFailureKind, boolean> = {
  invalid: true,
  refused: true,
  notFound: true,
  conflict: true,
  rejected: true,
  throttled: true,
  noToken: true,
  unavailable: false,
  timeout: false,
  unreachable: false,
  malformed: false,
};

/** Whether a failed Teams call certainly changed nothing (decided by its kind, never its status). */
export const isRefusal = (error: TeamsCallError): boolean => CERTAINLY_REFUSED[error.kind];
