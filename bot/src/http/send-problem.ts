/** The one way a problem+json answer is written (API, bot endpoint, rate limits, static files). */
import type { Response } from 'restify';
import type { Problem } from './problem';

/**
 * Writes a problem+json response. A refusal sent before the request's body was read closes the
 * connection, rather than letting Node drain whatever body the client keeps sending.
 */
export function sendProblem(res: Response, problem: Problem): void {
  if (!res.req.complete) res.setHeader('connection', 'close');
  const { retryAfter, ...document } = problem;
  const body = JSON.stringify(document);
  res.writeHead(problem.status, { 'content-type': 'application/problem+json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...(retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) }) });
  res.end(body);
}
