/** The local-mode dev token, kept in sessionStorage so a reload stays signed in (per browser tab). */
import type { DevToken } from '../api/types';

const KEY = 'casebridge.devToken';

export interface StoredToken extends DevToken {
  userId: string;
}

function isStoredToken(value: unknown): value is StoredToken {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'token' in value && typeof value.token === 'string' &&
    'expiresAt' in value && typeof value.expiresAt === 'string' &&
    'userId' in value && typeof value.userId === 'string'
  );
}

/** The stored token, or null when there is none or it has expired. */
export function readDevToken(storage: Storage, now: number = Date.now()): StoredToken | null {
  const raw = storage.getItem(KEY);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!isStoredToken(parsed)) return null;
    const expires = Date.parse(parsed.expiresAt);
    return Number.isNaN(expires) || expires > now ? parsed : null;
  } catch {
    return null;
  }
}

export function writeDevToken(storage: Storage, token: StoredToken): void {
  storage.setItem(KEY, JSON.stringify(token));
}

export function clearDevToken(storage: Storage): void {
  storage.removeItem(KEY);
}
