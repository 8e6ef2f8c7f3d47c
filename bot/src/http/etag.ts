/**
 * HTTP entity tags for stored versions. The store's own tag (quoted in Azure, bare in the local
 * server) is wrapped opaquely, so clients see one well-formed strong ETag either way.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { HttpProblem } from './problem';

export function toHttpEtag(storeEtag: string): string {
  return `"${Buffer.from(storeEtag, 'utf8').toString('base64url')}"`;
}

/** The store's tag from an `If-Match` header; 428 when it is missing, 412 when it is not ours. */
export function ifMatch(headers: IncomingHttpHeaders): string {
  const header = headers['if-match'];
  if (!header) throw new HttpProblem(428, 'error.preconditionRequired');
  const match = /^(?:W\/)?"([A-Za-z0-9_-]{1,400})"$/.exec(header.trim());
  if (!match?.[1]) throw new HttpProblem(412, 'error.preconditionFailed');
  const storeEtag = Buffer.from(match[1], 'base64url').toString('utf8');
  // A tag we did not issue can only be stale; never hand the store something it cannot parse.
  if (!/^"?[A-Za-z0-9-]{1,100}"?$/.test(storeEtag)) throw new HttpProblem(412, 'error.preconditionFailed');
  return storeEtag;
}
