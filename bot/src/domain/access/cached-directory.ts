/**
 * A read-through cache in front of any DirectoryRepository. Users, teams, roles and tenants are
 * read on every request (the caller, a record's owner and team) and change rarely, so each
 * instance keeps them for `ttlMs`: a change made through another instance shows within that time,
 * one made through this instance at once. Lists are not cached, but a team's members (G1's
 * suggestions read them on every call) are, as users are.
 */
import { TtlCache } from '../shared/ttl-cache';
import type { Role, Team, Tenant, User } from './access';
import type { DirectoryRepository } from './directory-repository';

/** How long directory entries are kept. */
export const DIRECTORY_CACHE_MS = 30_000;

const key = (tenantId: string, id: string) => `${tenantId}\u0000${id}`;

export class CachedDirectory implements DirectoryRepository {
  private readonly users: TtlCache<User | null>;
  private readonly teams: TtlCache<Team | null>;
  private readonly roles: TtlCache<Role[]>;
  private readonly tenants: TtlCache<Tenant | null>;
  private readonly members: TtlCache<User[]>;

  constructor(
    private readonly inner: DirectoryRepository,
    ttlMs: number = DIRECTORY_CACHE_MS,
  ) {
    this.users = new TtlCache(ttlMs);
    this.teams = new TtlCache(ttlMs);
    this.roles = new TtlCache(ttlMs);
    this.tenants = new TtlCache(ttlMs);
    this.members = new TtlCache(ttlMs);
  }

  getTenant(tenantId: string): Promise<Tenant | null> {
    return this.tenants.get(tenantId, () => this.inner.getTenant(tenantId));
  }

  async putTenant(tenant: Tenant): Promise<void> {
    await this.inner.putTenant(tenant);
    this.tenants.delete(tenant.id);
  }

  getUser(tenantId: string, userId: string): Promise<User | null> {
    return this.users.get(key(tenantId, userId), () => this.inner.getUser(tenantId, userId));
  }

  async getUsers(tenantId: string, userIds: readonly string[]): Promise<User[]> {
    const found = await Promise.all(userIds.map((id) => this.getUser(tenantId, id)));
    return found.filter((u): u is User => u !== null);
  }

  listUsers(tenantId: string): Promise<User[]> {
    return this.inner.listUsers(tenantId);
  }

  searchUsers(tenantId: string, words: readonly string[], limit: number): Promise<User[]> {
    return this.inner.searchUsers(tenantId, words, limit);
  }

  teamMembers(tenantId: string, teamId: string, limit: number): Promise<User[]> {
    return this.members.get(`${key(tenantId, teamId)}\u0000${limit}`, () => this.inner.teamMembers(tenantId, teamId, limit));
  }

  async putUser(user: User): Promise<void> {
    await this.inner.putUser(user);
    this.users.delete(key(user.tenantId, user.id));
    // The user may have joined or left any team: membership lists are read again (a rare write).
    this.members.clear();
  }

  async getTeams(tenantId: string, teamIds: readonly string[]): Promise<Team[]> {
    const found = await Promise.all(
      teamIds.map((id) => this.teams.get(key(tenantId, id), async () => (await this.inner.getTeams(tenantId, [id]))[0] ?? null)),
    );
    return found.filter((t): t is Team => t !== null);
  }

  listTeams(tenantId: string): Promise<Team[]> {
    return this.inner.listTeams(tenantId);
  }

  async putTeam(team: Team): Promise<void> {
    await this.inner.putTeam(team);
    this.teams.delete(key(team.tenantId, team.id));
  }

  listRoles(tenantId: string): Promise<Role[]> {
    return this.roles.get(tenantId, () => this.inner.listRoles(tenantId));
  }

  async putRole(role: Role): Promise<void> {
    await this.inner.putRole(role);
    this.roles.delete(role.tenantId);
  }

  listAllUsers(): Promise<User[]> {
    return this.inner.listAllUsers();
  }
}
