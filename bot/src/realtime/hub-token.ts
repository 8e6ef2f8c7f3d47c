/**
 * Client access tokens of the Web PubSub client protocol, as Azure issues and checks them: an
 * HS256 JWT signed with the hub's access key, `aud` the client URL
 * (`http(s)://host/client/hubs/{hub}`), an expiry, and the roles in `role`. The embedded hub checks
 * them exactly so; the connection string of a local first instance lets a second sign its own.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jwtVerify } from 'jose';
import { z } from 'zod';

const Claims = z.object({
  role: z.union([z.string(), z.array(z.string())]).optional(),
  'webpubsub.group': z.union([z.string(), z.array(z.string())]).optional(),
  sub: z.string().optional(),
});

export interface HubTokenClaims {
  userId: string | null;
  roles: string[];
  /** Groups the connection joins as it connects. */
  groups: string[];
}

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The client URLs (http and https) a token for this host and hub must name as `aud`. */
export function hubAudiences(host: string, hub: string): string[] {
  return [`http://${host}/client/hubs/${hub}`, `https://${host}/client/hubs/${hub}`];
}

/** Verifies a client access token; throws when it is not valid for this hub (signature, audience, expiry). */
export async function verifyHubToken(token: string, accessKey: string, audiences: string[]): Promise<HubTokenClaims> {
  const { payload } = await jwtVerify(token, new TextEncoder().encode(accessKey), {
    algorithms: ['HS256'],
    audience: audiences,
    requiredClaims: ['exp'],
    clockTolerance: 5,
  });
  const claims = Claims.parse(payload);
  return { userId: claims.sub ?? null, roles: list(claims.role), groups: list(claims['webpubsub.group']) };
}

/** Whether the roles allow `role` on `group` (`role` itself, or `role.group`). */
export function allows(roles: readonly string[], role: string, group: string): boolean {
  return roles.includes(role) || roles.includes(`${role}.${group}`);
}

/** The connection string a second local instance is given (WEB_PUBSUB_CONNECTION_STRING). */
export function hubConnectionString(endpoint: string, accessKey: string): string {
  return `Endpoint=${endpoint.replace(/\/+$/, '')};AccessKey=${accessKey};Version=1.0;`;
}

/** The file in the data directory that keeps the embedded hub's access key. */
export const HUB_KEY_FILE = 'realtime-hub-key.txt';

/** Reads a random key from `<dataDir>/<file>`, creating it (mode 0600) the first time. */
export async function loadOrCreateKey(dataDir: string, file: string): Promise<string> {
  const full = path.join(dataDir, file);
  try {
    const existing = (await readFile(full, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not there yet
  }
  const key = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  try {
    // 'wx': only if there is none yet; two processes starting at once must end up with one key.
    await writeFile(full, key, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')) throw error;
  }
  // Another process wrote it first (or an old, short one is there): use what is there, if it is a key.
  for (let attempt = 0; attempt < 20; attempt++) {
    const existing = (await readFile(full, 'utf8')).trim();
    if (existing.length >= 32) return existing;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // A file too short to be a key (written by hand): replace it.
  await writeFile(full, key, { mode: 0o600 });
  return key;
}
