/**
 * Where the bot may send replies: an activity's `serviceUrl` is the address botbuilder POSTs to.
 * With a Bot Framework token it must be the one the token was issued for (its `serviceurl`
 * claim); without authentication (local mode) only the local connectors Casebridge knows.
 */
import { isLoopbackHost } from '../config';

/** The claim of a Bot Framework channel token that names the serviceUrl it was issued for. */
export const SERVICE_URL_CLAIM = 'serviceurl';

/** The Microsoft 365 Agents Playground's connector at its default port (`npm run playground`). */
export const AGENTS_PLAYGROUND_SERVICE_URL = 'http://localhost:56150/_connector';

/**
 * A serviceUrl in a comparable form (scheme, host, port, path without trailing slashes), or null
 * when it is not a plain http(s) URL: credentials, a query or a fragment make it no serviceUrl.
 */
export function normalizeServiceUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return null;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/** Whether a URL points at this machine's loopback interface. */
export function isLoopbackUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return isLoopbackHost(url.hostname);
}

/**
 * Local mode (no authentication): the serviceUrl must be one of `allowed` (the Teams sandbox's
 * connector, the Agents Playground's, and the loopback URLs configured for tests).
 */
export function isAllowedLocalServiceUrl(serviceUrl: string, allowed: readonly string[]): boolean {
  const wanted = normalizeServiceUrl(serviceUrl);
  if (wanted === null || !isLoopbackUrl(serviceUrl)) return false;
  return allowed.some((url) => normalizeServiceUrl(url) === wanted);
}

/** Azure mode: the token's `serviceurl` claim must be exactly the activity's serviceUrl. */
export function serviceUrlMatchesClaim(serviceUrl: string, claim: string | null | undefined): boolean {
  return typeof claim === 'string' && claim.length > 0 && claim === serviceUrl;
}
