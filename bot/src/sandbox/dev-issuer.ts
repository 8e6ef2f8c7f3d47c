/**
 * Local mode's token issuer: signs RS256 tokens shaped like Entra ID's (iss, aud, tid, oid, exp)
 * with a key kept under the data directory, so tokens survive a restart. The API validates them
 * with the same TokenValidator as production; only the key set differs.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import { z } from 'zod';
import { TokenValidator } from '../http/auth/token-validator';

const TOKEN_LIFETIME_S = 8 * 3600;

const RsaPrivateJwk = z.object({ kty: z.literal('RSA'), n: z.string(), e: z.string(), d: z.string(), p: z.string(), q: z.string(), dp: z.string(), dq: z.string(), qi: z.string() });
const KeyFileSchema = z.object({ privateJwk: RsaPrivateJwk, kid: z.string() });

export interface DevIssuer {
  issuer: string;
  audience: string;
  validator: TokenValidator;
  sign(claims: { tenantId: string; userId: string; name: string; email: string }): Promise<{ token: string; expiresAt: string }>;
}

async function loadOrCreateKey(file: string): Promise<{ privateJwk: JWK; kid: string }> {
  try {
    const parsed = KeyFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    return { privateJwk: parsed.privateJwk, kid: parsed.kid };
  } catch {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
    const privateJwk = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint(privateJwk);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify({ privateJwk, kid }), { mode: 0o600 });
    return { privateJwk, kid };
  }
}

export async function createDevIssuer(options: { dataDir: string; publicUrl: string; audience: string }): Promise<DevIssuer> {
  const { privateJwk, kid } = await loadOrCreateKey(path.join(options.dataDir, 'dev-signing-key.json'));
  const { n, e, kty } = privateJwk;
  const publicJwk: JWK = { kty, n, e, kid, alg: 'RS256', use: 'sig' };
  const privateKey = await importJWK({ ...privateJwk, alg: 'RS256' }, 'RS256');
  const issuer = `${options.publicUrl}/dev`;
  const validator = new TokenValidator({
    keys: createLocalJWKSet({ keys: [publicJwk] }),
    audiences: [options.audience],
    issuersFor: () => [issuer],
  });
  return {
    issuer,
    audience: options.audience,
    validator,
    async sign(claims) {
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({ tid: claims.tenantId, oid: claims.userId, name: claims.name, preferred_username: claims.email, ver: '2.0' })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(options.audience)
        .setSubject(claims.userId)
        .setIssuedAt(now)
        .setNotBefore(now - 5)
        .setExpirationTime(now + TOKEN_LIFETIME_S)
        .sign(privateKey);
      return { token, expiresAt: new Date((now + TOKEN_LIFETIME_S) * 1000).toISOString() };
    },
  };
}
