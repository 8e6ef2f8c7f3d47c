/**
 * The chat's signed tokens, HS256 with `config.chat.tokenSecret` (jose): the visitor token a
 * customer's browser keeps for its session ({tid, site, sid, vid, exp}) and the agent's
 * 60-second socket ticket ({tid, oid, jti, exp}; single-use: ticket-claims.ts records the jti). Each has its own audience, so one is never taken
 * for the other.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { VisitorRef } from '../domain/sessions/ports';

const VISITOR_AUDIENCE = 'casebridge:chat-visitor';
const TICKET_AUDIENCE = 'casebridge:realtime-ticket';
/** How long an agent's socket ticket is good for. */
export const TICKET_SECONDS = 60;

const VisitorClaims = z.object({ tid: z.string().min(1), site: z.string().min(1), sid: z.string().min(1), vid: z.string().min(1), exp: z.number() });
const TicketClaims = z.object({ tid: z.string().min(1), oid: z.string().min(1), jti: z.string().min(1).max(64), exp: z.number() });

export class ChatTokens {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly tokenHours: number, private readonly now: () => Date = () => new Date()) {
    this.key = new TextEncoder().encode(secret);
  }

  private seconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }

  async visitorToken(visitor: VisitorRef): Promise<string> {
    return new SignJWT({ tid: visitor.tenantId, site: visitor.siteId, sid: visitor.sessionId, vid: visitor.visitorId })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(VISITOR_AUDIENCE)
      .setExpirationTime(this.seconds() + this.tokenHours * 3600)
      .sign(this.key);
  }

  /** The visitor a token names; null when it is forged, expired or not a visitor token. */
  async verifyVisitor(token: string): Promise<VisitorRef | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], audience: VISITOR_AUDIENCE, requiredClaims: ['exp'], currentDate: this.now() });
      const claims = VisitorClaims.parse(payload);
      return { tenantId: claims.tid, siteId: claims.site, sessionId: claims.sid, visitorId: claims.vid };
    } catch {
      return null;
    }
  }

  async ticket(tenantId: string, userId: string): Promise<{ ticket: string; expiresAt: string }> {
    const exp = this.seconds() + TICKET_SECONDS;
    const ticket = await new SignJWT({ tid: tenantId, oid: userId })
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(TICKET_AUDIENCE)
      .setJti(randomUUID())
      .setExpirationTime(exp)
      .sign(this.key);
    return { ticket, expiresAt: new Date(exp * 1000).toISOString() };
  }

  /** The agent a ticket names, and the ticket's id (it is good for one socket); null when it is forged, expired or not a ticket. */
  async verifyTicket(ticket: string): Promise<{ tenantId: string; userId: string; jti: string } | null> {
    try {
      const { payload } = await jwtVerify(ticket, this.key, { algorithms: ['HS256'], audience: TICKET_AUDIENCE, requiredClaims: ['exp'], currentDate: this.now() });
      const claims = TicketClaims.parse(payload);
      return { tenantId: claims.tid, userId: claims.oid, jti: claims.jti };
    } catch {
      return null;
    }
  }
}

/** The site's signed identity: hex HMAC-SHA256 of `${userId}:${email}` with the site's secret, compared in constant time. */
export function identityIsSigned(secret: string | null, identity: { userId: string; email: string; signature: string }): boolean {
  if (!secret) return false;
  const expected = createHmac('sha256', secret).update(`${identity.userId}:${identity.email}`).digest();
  const given = Buffer.from(identity.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The signature a site computes for its signed-in user (its server does this; tests and the demo page use it). */
export function signIdentity(secret: string, userId: string, email: string): string {
  return createHmac('sha256', secret).update(`${userId}:${email}`).digest('hex');
}
