/**
 * Security headers on every response, and the Content-Security-Policy of the tab's pages.
 *
 * The tab is framed by Teams and the Microsoft 365 hosts that run Teams apps, and by nothing
 * else. Its scripts, styles and data come from Casebridge itself; the sign-in popup talks to the
 * Entra ID authority. Fluent UI writes its styles at run time, hence `style-src 'unsafe-inline'`
 * (scripts never are inline).
 */
import type { Request, Response } from 'restify';
import { routedPath } from './paths';

const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.skype.com',
  'https://outlook.office.com',
  // Outlook on the web and Microsoft 365 run the tab from their office365.com hosts too.
  'https://*.office365.com',
];

/** teamsfx's sign-in popup always talks to the public cloud's authority, whatever the setting. */
const PUBLIC_AUTHORITY = 'https://login.microsoftonline.com';

/** The policy of the tab's HTML pages. `authorityHost` is the Entra ID sign-in host (AAD_APP_OAUTH_AUTHORITY_HOST). */
export function tabContentSecurityPolicy(authorityHost: string): string {
  const authority = [...new Set([new URL(authorityHost).origin, PUBLIC_AUTHORITY])].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self' ${authority}`,
    `frame-src 'self' ${authority}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${authority}`,
    `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

/** API answers are data, never a page: nothing may run, load or frame them. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A restify `pre` handler that sets the headers every response carries. */
export function securityHeaders(options: { mode: 'local' | 'azure' }) {
  return (req: Request, res: Response, next: () => void): void => {
    const path = routedPath(req.url);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
    // Browsers only honour HSTS over https, which App Service terminates in azure mode.
    if (options.mode === 'azure') res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
    if (path.startsWith('/api/')) res.setHeader('content-security-policy', API_POLICY);
    next();
  };
}
