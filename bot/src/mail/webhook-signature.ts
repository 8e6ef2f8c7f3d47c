/**
 * The signed raw-MIME webhook's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "t.mailbox." + body)>`.
 * The mailbox (which decides the tenant) is signed with the body, so a captured request cannot be
 * replayed to another mailbox.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-casebridge-signature';
/** How far the signature's time may be from ours, either way. */
export const REPLAY_WINDOW_SECONDS = 300;

export interface SignatureHeader {
  timestamp: number;
  signatures: string[];
}

/** Parses the header; null when it is missing or malformed. */
export function parseSignatureHeader(value: string | string[] | undefined): SignatureHeader | null {
  if (typeof value !== 'string') return null;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of value.split(',')) {
    const [key, ...rest] = part.trim().split('=');
    const item = rest.join('=').trim();
    if (key === 't' && /^\d{1,12}$/.test(item)) timestamp = Number(item);
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(item)) signatures.push(item.toLowerCase());
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/** True when the timestamp is within the replay window of `nowSeconds`. */
export function isFresh(header: SignatureHeader, nowSeconds: number): boolean {
  return Math.abs(nowSeconds - header.timestamp) <= REPLAY_WINDOW_SECONDS;
}

/** The v1 signature of a body for a mailbox at a time (what senders compute; the mailbox lower-cased). */
export function signBody(secret: string, timestamp: number, mailbox: string, body: Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.${mailbox.trim().toLowerCase()}.`).update(body).digest('hex');
}

/** The header value a sender sends for `body` to `mailbox` (tests and tools). */
export function signatureHeaderFor(secret: string, mailbox: string, body: Buffer, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${signBody(secret, timestamp, mailbox, body)}`;
}

/** Compares every v1 against ours in constant time. */
export function verifySignature(secret: string, header: SignatureHeader, mailbox: string, body: Buffer): boolean {
  const expected = Buffer.from(signBody(secret, header.timestamp, mailbox, body), 'hex');
  let ok = false;
  for (const signature of header.signatures) {
    const given = Buffer.from(signature, 'hex');
    if (given.length === expected.length && timingSafeEqual(given, expected)) ok = true;
  }
  return ok;
}
