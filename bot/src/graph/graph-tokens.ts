/**
 * Microsoft Graph access tokens for the user a call is made for. In Azure the user's Teams SSO token
 * is exchanged on-behalf-of (OBO) with MSAL, which caches the Graph token until it nears expiry; in
 * local mode the sandbox's Graph endpoint gets the user's own dev token, so it can tell who calls.
 *
 * Tokens never appear in an error message or a log line from here: failures carry MSAL's error
 * code only, never its message (which can echo request details).
 */
import {
  AuthError,
  ConfidentialClientApplication,
  InteractionRequiredAuthError,
  type AuthenticationResult,
  type ClientCredentialRequest,
  type OnBehalfOfRequest,
} from '@azure/msal-node';
import { TeamsCallError, type ActingUser } from '../domain/chats/teams-port';

/** Gives the bearer token for Graph calls made on behalf of one user, or as the app itself. */
export interface GraphTokenProvider {
  /** A Graph access token for `as`; throws `TeamsCallError` when none can be had. */
  forUser(as: ActingUser): Promise<string>;
  /** An app-only Graph token in the tenant (RSC permissions apply); throws `TeamsCallError` when none can be had. */
  forApp(tenantId: string): Promise<string>;
}

/** Graph's static scope: whatever delegated permissions the app registration has been granted. */
export const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/** The one MSAL call the OBO provider makes (a seam for tests; MSAL's client satisfies it). */
export interface OboClient {
  acquireTokenOnBehalfOf(request: OnBehalfOfRequest): Promise<AuthenticationResult | null>;
  acquireTokenByClientCredential(request: ClientCredentialRequest): Promise<AuthenticationResult | null>;
}

export interface OnBehalfOfOptions {
  /** The API's Entra app (the tab's SSO app: the SSO token's audience). */
  clientId: string;
  clientSecret: string;
  /** Default `https://login.microsoftonline.com`; the user's tenant id is appended per request. */
  authorityHost?: string;
  /** Default `[GRAPH_DEFAULT_SCOPE]`. */
  scopes?: string[];
  /** Replaces MSAL's client (tests). */
  client?: OboClient;
}

/** Entra tenant ids are GUIDs; checking keeps anything else out of the authority URL. */
const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Production: exchanges the user's SSO token for a Graph token with MSAL's
 * `acquireTokenOnBehalfOf`, against the user's own tenant (`{authorityHost}/{tid}`), so a
 * multi-tenant app gets a token its customers' tenants issued.
 */
export class OnBehalfOfTokenProvider implements GraphTokenProvider {
  private readonly client: OboClient;
  private readonly authorityHost: string;
  private readonly scopes: string[];

  constructor(options: OnBehalfOfOptions) {
    this.authorityHost = (options.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/+$/, '');
    this.scopes = options.scopes ?? [GRAPH_DEFAULT_SCOPE];
    this.client =
      options.client ??
      new ConfidentialClientApplication({
        auth: { clientId: options.clientId, clientSecret: options.clientSecret, authority: `${this.authorityHost}/organizations` },
      });
  }

  async forUser(as: ActingUser): Promise<string> {
    if (!TENANT_ID.test(as.tenantId)) throw new TeamsCallError(401, 'invalidTenant', 'The caller\'s tenant id is not an Entra tenant id');
    let result: AuthenticationResult | null;
    try {
      result = await this.client.acquireTokenOnBehalfOf({
        oboAssertion: as.ssoToken,
        scopes: this.scopes,
        authority: `${this.authorityHost}/${as.tenantId}`,
      });
    } catch (error) {
      throw oboFailure(error);
    }
    if (!result?.accessToken) throw new TeamsCallError(503, 'graphTokenUnavailable', 'Entra ID returned no Graph token');
    return result.accessToken;
  }

  forApp(tenantId: string): Promise<string> {
    return appToken(this.client, this.authorityHost, this.scopes, tenantId);
  }
}

/**
 * Production, app-only: the client-credentials grant in the given tenant (the app's RSC
 * permissions in a chat apply to this token). MSAL caches it until it nears expiry.
 */
export async function appToken(client: OboClient, authorityHost: string, scopes: string[], tenantId: string): Promise<string> {
  if (!TENANT_ID.test(tenantId)) throw new TeamsCallError(401, 'invalidTenant', 'The tenant id is not an Entra tenant id');
  let result: AuthenticationResult | null;
  try {
    result = await client.acquireTokenByClientCredential({ scopes, authority: `${authorityHost}/${tenantId}` });
  } catch (error) {
    throw oboFailure(error);
  }
  if (!result?.accessToken) throw new TeamsCallError(503, 'graphTokenUnavailable', 'Entra ID returned no Graph token');
  return result.accessToken;
}

/** Translates an MSAL failure into the port's error, keeping MSAL's code and dropping its text. */
function oboFailure(error: unknown): TeamsCallError {
  if (error instanceof InteractionRequiredAuthError) {
    // consent_required, or a Conditional Access / MFA challenge: the tab has to involve the user.
    const detail = error.subError || error.errorCode;
    return new TeamsCallError(403, 'graphConsentRequired', `Entra ID needs the user's interaction or consent for Graph (${detail})`);
  }
  if (error instanceof AuthError) {
    if (error.errorCode === 'invalid_grant') {
      return new TeamsCallError(401, 'ssoTokenRejected', 'Entra ID rejected the SSO token for the on-behalf-of exchange (invalid_grant)');
    }
    return new TeamsCallError(503, 'graphTokenUnavailable', `Could not get a Graph token from Entra ID (${error.errorCode})`);
  }
  return new TeamsCallError(503, 'graphTokenUnavailable', 'Could not get a Graph token from Entra ID');
}

/**
 * Local mode only: the user's own (dev-issuer) token, unchanged. The sandbox's Graph endpoint
 * validates it like the API does and so knows which demo user is calling.
 */
export class StaticTokenProvider implements GraphTokenProvider {
  /** `appToken` mints the token the sandbox takes as the app itself (local mode's dev issuer). */
  constructor(private readonly appTokenFor?: (tenantId: string) => Promise<string>) {}

  forUser(as: ActingUser): Promise<string> {
    return Promise.resolve(as.ssoToken);
  }

  forApp(tenantId: string): Promise<string> {
    if (!this.appTokenFor) return Promise.reject(new TeamsCallError(503, 'graphTokenUnavailable', 'No app token source is configured'));
    return this.appTokenFor(tenantId);
  }
}
