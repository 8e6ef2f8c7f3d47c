/**
 * Validates the bearer tokens the tab sends, as production does: signature against a JWKS,
 * issuer, audience, expiry, and the `tid` and `oid` claims. In Azure the keys are Entra ID's; in
 * local mode they are the local issuer's, through the very same code.
 */
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/** Who a valid token says the caller is. */
export interface TokenIdentity {
  tenantId: string;
  userId: string;
}

/** Any token problem: missing, malformed, forged, expired, wrong audience or issuer. */
export class UnauthorizedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnauthorizedError';
  }
}

export interface TokenValidatorOptions {
  keys: JWTVerifyGetKey;
  /** Accepted `aud` values (Teams SSO tokens carry the app's client id or its `api://` URI). */
  audiences: string[];
  /** The issuers accepted for a token of tenant `tid`. */
  issuersFor: (tenantId: string) => string[];
  /** When set, only this tenant's tokens are accepted (a single-tenant deployment). */
  allowedTenantId?: string | undefined;
}

const GUID_LIKE = /^[0-9a-zA-Z-]{1,64}$/;

export class TokenValidator {
  constructor(private readonly options: TokenValidatorOptions) {}

  /** Returns the identity in a valid token, or throws UnauthorizedError. */
  async validate(token: string): Promise<TokenIdentity> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.options.keys, {
        audience: this.options.audiences,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'iat', 'iss', 'aud', 'tid', 'oid'],
        clockTolerance: 60,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw new UnauthorizedError(error.code);
      throw new UnauthorizedError('token could not be verified');
    }
    const { tid, oid, iss } = payload;
    if (typeof tid !== 'string' || typeof oid !== 'string' || !GUID_LIKE.test(tid) || !GUID_LIKE.test(oid)) {
      throw new UnauthorizedError('tid and oid claims must be identifiers');
    }
    if (typeof iss !== 'string' || !this.options.issuersFor(tid).includes(iss)) throw new UnauthorizedError('unexpected issuer');
    if (this.options.allowedTenantId && tid !== this.options.allowedTenantId) throw new UnauthorizedError('tenant not allowed');
    return { tenantId: tid, userId: oid };
  }
}

/** The validator for Microsoft Entra ID tokens (Teams SSO), keys fetched and cached by jose. */
export function entraTokenValidator(sso: { clientId: string; tenantId: string; authorityHost: string }, publicUrl: string): TokenValidator {
  const host = new URL(publicUrl).host;
  const singleTenant = !['common', 'organizations'].includes(sso.tenantId);
  return new TokenValidator({
    keys: createRemoteJWKSet(new URL(`${sso.authorityHost}/common/discovery/v2.0/keys`)),
    audiences: [sso.clientId, `api://${host}/${sso.clientId}`],
    issuersFor: (tid) => [`${sso.authorityHost}/${tid}/v2.0`, `https://sts.windows.net/${tid}/`],
    allowedTenantId: singleTenant ? sso.tenantId : undefined,
  });
}
