/** Request and response schemas of the customer chat API (I1–I7), and the presenters that fill them. */
import { z } from 'zod';
import type { User } from '../domain/access/access';
import type { SessionSummary } from '../domain/sessions/ports';
import { AGENT_STATUSES, ChatSiteSchema, MAX_SESSION_TEXT, SessionEntrySchema, type SessionEntry, type Transfer } from '../domain/sessions/session';
import { showSite } from '../domain/sessions/chat-site-service';
import type { ChatSite } from '../domain/sessions/session';
import { Id } from './schemas';

export const AgentStatusSchema = z.enum(AGENT_STATUSES);
export const StatusBody = z.object({ status: AgentStatusSchema }).strict();
export const StatusReply = z.object({ status: AgentStatusSchema });
export const AgentsQuery = z.object({ status: AgentStatusSchema.optional() });
export const AgentsReply = z.object({ items: z.array(z.object({ userId: z.string(), displayName: z.string(), status: AgentStatusSchema, openSessions: z.number().int() })) });

/**
 * `delegated` (J2): the open sessions of my active delegators (handled by them, or by someone for them, or parked for them);
 * `delegator`: only that delegator's (403 when they are not a delegator of mine; only with `view=delegated`).
 */
export const SessionListQuery = z.object({
  view: z.enum(['mine', 'live', 'delegated']).default('mine'),
  delegator: z.string().min(1).max(100).optional(),
});
export const EntriesQuery = z.object({ after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0) });
/** `before`: the entries before this seq (older pages); absent: the newest. */
export const SessionViewQuery = z.object({ before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional() });
/** I5: the agent the manager saw handling the session (null: nobody, queued); someone else has it now → 409 naming them. */
/** J2: `onBehalfOf`: the delegator a delegate takes the session for (absent: decided by rights). */
export const TakeoverBody = z.union([z.undefined(), z.object({ expectedAgentId: z.string().min(1).max(100).nullable().optional(), onBehalfOf: z.string().min(1).max(100).optional() }).strict()]);
/** J6: the delegator the session is parked for. */
export const ParkBody = z.object({ forUserId: z.string().min(1).max(100) }).strict();
export const SessionParams = z.object({ id: Id });
export const TransferParams = z.object({ id: Id, transferId: Id });
/** A client's own id for a message: a resend with the same id is the same message. */
export const ClientId = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/);
export const MessageBody = z.object({ text: z.string().max(MAX_SESSION_TEXT * 2), clientId: ClientId.optional() }).strict();
export const TransferBody = z.object({ toUserId: z.string().min(1).max(100) }).strict();
export const CaseBody = z.union([z.undefined(), z.object({ title: z.string().trim().min(1).max(200).nullable().optional() }).strict()]);
export const CaseReply = z.object({ recordId: z.string(), number: z.string() });

const Person = z.object({ id: z.string(), displayName: z.string() });

export const EntrySchema = SessionEntrySchema;
export const EntriesReply = z.object({ items: z.array(EntrySchema) });

export const TransferSchema = z.object({
  id: z.string(), fromUserId: z.string(), toUserId: z.string(), byUserId: z.string(),
  status: z.enum(['pending', 'accepted', 'declined', 'cancelled', 'expired']),
  createdAt: z.string(), expiresAt: z.string(), decidedAt: z.string().nullable(), decidedBy: z.string().nullable(),
});

export const SessionSchema = z.object({
  id: z.string(),
  siteId: z.string(),
  status: z.enum(['queued', 'active', 'closed']),
  visitor: z.object({ name: z.string().nullable(), email: z.string().nullable(), verified: z.boolean(), locale: z.enum(['en', 'da', 'sv']) }),
  agent: Person.nullable(),
  listeners: z.array(Person),
  transfer: TransferSchema.nullable(),
  createdAt: z.string(),
  waitingSince: z.string().nullable(),
  closedAt: z.string().nullable(),
  lastSeq: z.number().int(),
  lastActivityAt: z.string(),
  personId: z.string().nullable(),
  recordId: z.string().nullable(),
  /** J2: the delegator the handling agent handles it for, or null. */
  actingFor: Person.nullable(),
  /** J6: parked by a delegate for a delegator to pick up, or null. */
  parked: z.object({ forUser: Person, byUser: Person, at: z.string() }).nullable(),
});
export const SessionListReply = z.object({ items: z.array(SessionSchema) });
export const SessionViewReply = z.object({ session: SessionSchema, role: z.enum(['agent', 'listener', 'viewer', 'transferTarget']), entries: z.array(EntrySchema), more: z.boolean() });

export const ChatSiteBody = ChatSiteSchema.omit({ id: true, tenantId: true, identitySecret: true }).extend({
  identitySecret: z.string().min(32).max(200).nullable().optional(),
}).strict();
export const ChatSiteView = ChatSiteSchema.omit({ identitySecret: true }).extend({ hasIdentitySecret: z.boolean() });
export const ChatSiteList = z.object({ items: z.array(ChatSiteView) });
export const ChatSiteParams = z.object({ id: ChatSiteSchema.shape.id });

export function presentTransfer(t: Transfer): z.infer<typeof TransferSchema> {
  return { id: t.id, fromUserId: t.fromUserId, toUserId: t.toUserId, byUserId: t.byUserId, status: t.status, createdAt: t.createdAt, expiresAt: t.expiresAt, decidedAt: t.decidedAt, decidedBy: t.decidedBy };
}

export function presentEntry(e: SessionEntry): z.infer<typeof EntrySchema> {
  return { seq: e.seq, at: e.at, kind: e.kind, authorId: e.authorId, authorName: e.authorName, text: e.text, clientId: e.clientId, note: e.note, ...(e.onBehalfOfId ? { onBehalfOfId: e.onBehalfOfId } : {}) };
}

/** The user ids a list of sessions mentions (for one directory read). */
export function usersOf(sessions: readonly SessionSummary[]): string[] {
  return [...new Set(sessions.flatMap((s) => [
    ...(s.agentId ? [s.agentId] : []), ...s.listenerIds, ...(s.actingFor ? [s.actingFor] : []), ...(s.parked ? [s.parked.forUserId, s.parked.byUserId] : []),
  ]))];
}

export function presentSession(s: SessionSummary, users: ReadonlyMap<string, User>): z.infer<typeof SessionSchema> {
  const person = (id: string) => ({ id, displayName: users.get(id)?.displayName ?? id });
  return {
    id: s.id, siteId: s.siteId, status: s.status,
    visitor: { name: s.visitor.name, email: s.visitor.email, verified: s.visitor.verified, locale: s.visitor.locale },
    agent: s.agentId ? person(s.agentId) : null, listeners: s.listenerIds.map(person), transfer: s.transfer ? presentTransfer(s.transfer) : null,
    createdAt: s.createdAt, waitingSince: s.waitingSince, closedAt: s.closedAt, lastSeq: s.lastSeq, lastActivityAt: s.lastActivityAt,
    personId: s.personId, recordId: s.recordId,
    actingFor: s.actingFor ? person(s.actingFor) : null,
    parked: s.parked ? { forUser: person(s.parked.forUserId), byUser: person(s.parked.byUserId), at: s.parked.at } : null,
  };
}

export function presentSite(site: ChatSite): z.infer<typeof ChatSiteView> {
  return showSite(site);
}
