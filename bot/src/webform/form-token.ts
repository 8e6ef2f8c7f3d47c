/**
 * The signed minimum-fill-time token: the page carries the time it was served and the form it
 * belongs to, signed with HMAC-SHA256, so a POST that comes back too soon (a bot that fills the
 * form in milliseconds), too late, for another form, or with a made-up token is refused without
 * any server-side state.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Why a token was refused; each has its own localized message. */
export type FormTokenProblem = 'forged' | 'too-young' | 'expired';

export interface FormTokenTiming {
  /** Tokens younger than this are refused (a person cannot fill the form faster). */
  minAgeMs: number;
  /** Tokens older than this are refused. */
  maxAgeMs: number;
}

const Payload = z.object({ f: z.string(), t: z.number().int().nonnegative(), n: z.string() }).strict();

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`webform-token\n${body}`).digest();
}

/** Issues a token for `formId` (tenant and record type) at `nowMs`. */
export function issueFormToken(secret: string, formId: string, nowMs: number): string {
  const body = Buffer.from(JSON.stringify({ f: formId, t: nowMs, n: randomBytes(9).toString('base64url') })).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** Checks a token for `formId` at `nowMs`: null when it is good, else why not. */
export function checkFormToken(secret: string, token: string, formId: string, nowMs: number, timing: FormTokenTiming): FormTokenProblem | null {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return 'forged';
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  let parsed: z.infer<typeof Payload>;
  try {
    parsed = Payload.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  } catch {
    return 'forged';
  }
  if (parsed.f !== formId) return 'forged';
  const age = nowMs - parsed.t;
  if (age < timing.minAgeMs) return 'too-young';
  if (age > timing.maxAgeMs) return 'expired';
  return null;
}
