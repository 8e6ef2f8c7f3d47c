/** How sure a failed Teams call is to have changed nothing: the difference between "retry at once" and "finish it later". */
import type { TeamsCallError } from './teams-port';

/**
 * Whether a failed Teams call certainly changed nothing: Teams (or Entra) answered with an error.
 * A timeout, a lost connection or an unreadable answer may hide a call that went through.
 */
export const isRefusal = (error: TeamsCallError): boolean =>
  !['timeout', 'graphUnreachable', 'badGraphResponse'].includes(error.code) && error.status !== 408 && error.status !== 504;
