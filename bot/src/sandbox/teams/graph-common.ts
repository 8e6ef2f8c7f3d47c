/**
 * Shared by the sandbox's Graph endpoints: who is calling (a dev token, as Graph takes a bearer
 * token), which chats they may see (their tenant's, and only those they are in), and the
 * `@odata.bind` references Graph bodies use for users and apps.
 */
import type { Request } from 'restify';
import { z } from 'zod';
import type { NewMember } from './chats';
import type { Actor, SandboxCore } from './core';
import { badRequest, notFound, SandboxError } from './http';
import { ALL_HISTORY, type Chat } from './model';

export const GRAPH_PREFIX = '/sandbox/graph/v1.0';

export type ValidateToken = (token: string) => Promise<{ tenantId: string; userId: string }>;

export const graphBase = (core: SandboxCore): string => `${core.baseUrl()}${GRAPH_PREFIX}`;
export const contextUrl = (core: SandboxCore, fragment: string): string => `${graphBase(core)}/$metadata#${fragment}`;

/**
 * The caller of a Graph request. A token whose `oid` is the bot's id stands for the app itself
 * (application permissions, as an app-only token would): its actor has no user.
 */
export async function callerOf(req: Request, validate: ValidateToken, botId: string): Promise<Actor> {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new SandboxError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  let identity: { tenantId: string; userId: string };
  try {
    identity = await validate(match[1]);
  } catch {
    throw new SandboxError(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
  }
  return { tenantId: identity.tenantId, userId: identity.userId === botId ? null : identity.userId };
}

export function requireUser(actor: Actor): string {
  if (actor.userId === null) throw badRequest('/me request is only valid with delegated authentication flow.');
  return actor.userId;
}

/**
 * A chat the caller may see: in their tenant and with them as a member (the app: installed in it).
 * Anything else is indistinguishable from a chat that does not exist.
 */
export function chatFor(core: SandboxCore, actor: Actor, chatId: string, options: { appMustBeInstalled: boolean } = { appMustBeInstalled: true }): Chat {
  const chat = core.store.chat(chatId);
  const visible =
    chat !== undefined &&
    chat.kind !== 'personal' &&
    chat.tenantId === actor.tenantId &&
    (actor.userId === null ? !options.appMustBeInstalled || chat.installedApps.length > 0 : chat.members.some((m) => m.userId === actor.userId));
  if (!visible) throw notFound(`Chat not found: ${chatId}`);
  return chat;
}

const BIND = /\/(?:v1\.0|beta)\/users(?:\('([^']+)'\)|\/([^/?#()']+))\/?$/;

/** `https://graph.microsoft.com/v1.0/users('<id or UPN>')` or `.../users/<id or UPN>` → the user's id. */
export async function resolveUserBind(core: SandboxCore, tenantId: string, bind: string): Promise<string> {
  let path: string;
  try {
    path = decodeURIComponent(new URL(bind).pathname);
  } catch {
    throw badRequest(`Invalid user@odata.bind: ${bind}`);
  }
  const match = BIND.exec(path);
  const key = match?.[1] ?? match?.[2];
  if (!key) throw badRequest(`Invalid user@odata.bind: ${bind}`);
  if (!key.includes('@')) return key;
  const user = (await core.directory.listUsers(tenantId)).find((u) => u.email.toLowerCase() === key.toLowerCase());
  if (!user) throw new SandboxError(404, 'NotFound', `User not found: ${key}`);
  return user.id;
}

const APP_BIND = /\/appCatalogs\/teamsApps(?:\('([^']+)'\)|\/([^/?#()']+))\/?$/;

/** `.../appCatalogs/teamsApps/<catalog app id>` → the id. */
export function resolveAppBind(bind: string): string {
  let path = '';
  try {
    path = decodeURIComponent(new URL(bind).pathname);
  } catch {
    throw badRequest(`Invalid teamsApp@odata.bind: ${bind}`);
  }
  const match = APP_BIND.exec(path);
  const id = match?.[1] ?? match?.[2];
  if (!id) throw badRequest(`Invalid teamsApp@odata.bind: ${bind}`);
  return id;
}

/** An aadUserConversationMember in a request body. */
export const MemberBody = z
  .object({
    '@odata.type': z.literal('#microsoft.graph.aadUserConversationMember'),
    'user@odata.bind': z.string().min(1),
    roles: z.array(z.enum(['owner', 'guest'])).optional(),
    visibleHistoryStartDateTime: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type MemberBody = z.infer<typeof MemberBody>;

/** Graph's "whole history" is 0001-01-01; any other time is kept as an ISO instant. */
function historyStart(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const at = Date.parse(value);
  return at <= Date.parse(ALL_HISTORY) ? ALL_HISTORY : new Date(at).toISOString();
}

export async function toNewMember(core: SandboxCore, tenantId: string, body: MemberBody): Promise<NewMember> {
  return {
    userId: await resolveUserBind(core, tenantId, body['user@odata.bind']),
    roles: body.roles ?? [],
    visibleHistoryStartDateTime: historyStart(body.visibleHistoryStartDateTime),
  };
}
