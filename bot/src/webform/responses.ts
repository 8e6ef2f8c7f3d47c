/**
 * How the form answers: an HTML page (its own Content-Security-Policy: scripts and styles from
 * Casebridge only, nothing inline) or, for `Accept: application/json`, JSON and
 * application/problem+json with the same localized texts.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Response } from 'restify';

/** The form pages' policy: only our own files, forms posted back to us, never framed. */
export const FORM_PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True when the caller asked for JSON rather than a page. */
export function wantsJson(headers: IncomingHttpHeaders): boolean {
  const accept = headers.accept ?? '';
  return /application\/(?:json|problem\+json)/i.test(accept) && !/text\/html/i.test(accept);
}

function send(res: Response, status: number, contentType: string, body: string, headers: Record<string, string | number>): void {
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

export function sendHtml(res: Response, status: number, html: string, headers: Record<string, string | number> = {}): void {
  send(res, status, 'text/html; charset=utf-8', html, { 'content-security-policy': FORM_PAGE_POLICY, ...headers });
}

export function sendJson(res: Response, status: number, body: unknown, headers: Record<string, string | number> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

/** RFC 9457 problem details; `errors` lists field problems. */
export function sendProblemJson(
  res: Response,
  status: number,
  detail: string,
  extra: { code: string; errors?: { field: string; message: string }[] },
  headers: Record<string, string | number> = {},
): void {
  send(res, status, 'application/problem+json; charset=utf-8', JSON.stringify({ type: 'about:blank', status, title: detail, detail, ...extra }), headers);
}

/** A static asset (cached briefly: the page and its assets ship together). */
export function sendAsset(res: Response, contentType: string, body: string): void {
  send(res, 200, contentType, body, { 'cache-control': 'public, max-age=300' });
}
