/** People, teams and roles as the access model (A3) sees them. */
import type { Locale } from '../shared/types';

/** How far a privilege reaches: the caller's own records, their teams' records, or the whole tenant. */
export type Depth = 'own' | 'team' | 'tenant';

/** What a role can grant per record type. */
export type Privilege = 'read' | 'write' | 'assign' | 'disconnectChat' | 'listen';

export const PRIVILEGES: readonly Privilege[] = ['read', 'write', 'assign', 'disconnectChat', 'listen'];

const DEPTH_RANK: Record<Depth, number> = { own: 1, team: 2, tenant: 3 };

/** A role: privileges per record type id, or `*` for every type. */
export interface Role {
  id: string;
  tenantId: string;
  name: string;
  /** Administrators change settings and record types. */
  isAdmin: boolean;
  privileges: Record<string, Partial<Record<Privilege, Depth>>>;
}

/** A Microsoft Entra ID user of one tenant; `id` is the user's object id (`oid`). */
export interface User {
  id: string;
  tenantId: string;
  displayName: string;
  email: string;
  teamIds: string[];
  roleIds: string[];
  locale?: string | undefined;
}

/** A team that can own records. */
export interface Team {
  id: string;
  tenantId: string;
  name: string;
  /** The language of the chats of this team's records (chat-language.ts); absent: the tenant's. */
  language?: Locale | undefined;
}

/** A tenant (an Entra ID directory using Casebridge). */
export interface Tenant {
  id: string;
  name: string;
  /** The default language of chats whose record's team has none (chat-language.ts); absent: English. */
  language?: Locale | undefined;
}

/** The signed-in user with their roles: every domain call starts from one. */
export interface Caller {
  tenantId: string;
  user: User;
  roles: Role[];
  /**
   * J2: set when a delegate acts for `user` (the delegator). Privileges are then the delegator's
   * (`user`, `roles`: the delegate's own rights never widen what the delegator holds); field
   * security is both's (canReadField); history records the delegate as the actor and `user` as the
   * person acted for (actorOf, onBehalfOfIdOf). Only domain/delegation's resolver builds one.
   */
  delegate?: Caller | undefined;
}

/** J2: who really acts: the delegate when acting for someone, else the caller. */
export function actorOf(caller: Caller): User {
  return caller.delegate?.user ?? caller.user;
}

/** J2: the person acted for (the delegator), or null when the caller acts for themself. */
export function onBehalfOfIdOf(caller: Caller): string | null {
  return caller.delegate ? caller.user.id : null;
}

/** What an access check needs to know of a record. */
export interface OwnedItem {
  tenantId: string;
  type: string;
  ownerId: string | null;
  owningTeamId: string | null;
}

/** The deeper of two depths (null means no privilege). */
export function deeper(a: Depth | null, b: Depth | null | undefined): Depth | null {
  if (!b) return a;
  if (!a) return b;
  return DEPTH_RANK[b] > DEPTH_RANK[a] ? b : a;
}

/** The depth at which the caller holds a privilege on a record type, across all their roles. */
export function privilegeDepth(caller: Caller, recordType: string, privilege: Privilege): Depth | null {
  let depth: Depth | null = null;
  for (const role of caller.roles) {
    depth = deeper(depth, role.privileges[recordType]?.[privilege]);
    depth = deeper(depth, role.privileges['*']?.[privilege]);
  }
  return depth;
}

/** True when a privilege held at `depth` reaches `item` for this caller. */
export function depthReaches(caller: Caller, item: OwnedItem, depth: Depth | null): boolean {
  if (depth === null || item.tenantId !== caller.tenantId) return false;
  switch (depth) {
    case 'tenant':
      return true;
    case 'team':
      return (
        item.ownerId === caller.user.id ||
        (item.owningTeamId !== null && caller.user.teamIds.includes(item.owningTeamId))
      );
    case 'own':
      return item.ownerId === caller.user.id;
  }
}

/** The A3 question: does the caller's `privilege` reach this record? */
export function hasPrivilege(caller: Caller, item: OwnedItem, privilege: Privilege): boolean {
  return depthReaches(caller, item, privilegeDepth(caller, item.type, privilege));
}

/** True for callers with an administrator role. */
export function isAdmin(caller: Caller): boolean {
  return caller.roles.some((r) => r.isAdmin);
}

/** Field-level security: a field restricted to some roles is readable only by those roles. */
export function canReadField(caller: Caller, restrictedTo: readonly string[] | undefined): boolean {
  if (!restrictedTo || restrictedTo.length === 0) return true;
  // J2: a delegate acting for someone reads a restricted field only if both may.
  if (caller.delegate && !canReadField(caller.delegate, restrictedTo)) return false;
  return caller.roles.some((r) => restrictedTo.includes(r.id));
}

/** Per record type, how far the caller's read reaches; used to push access into list queries. */
export interface ReadScope {
  type: string;
  depth: Depth;
}

/** The read scopes of a caller over the given record types (types they cannot read are left out). */
export function readScopes(caller: Caller, types: readonly string[]): ReadScope[] {
  const scopes: ReadScope[] = [];
  for (const type of types) {
    const depth = privilegeDepth(caller, type, 'read');
    if (depth) scopes.push({ type, depth });
  }
  return scopes;
}
