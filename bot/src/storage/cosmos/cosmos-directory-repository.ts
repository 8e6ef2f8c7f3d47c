/** Tenants, users, teams and roles in the `directory` container, partitioned by [tenantId, kind]. */
import type { Container } from '@azure/cosmos';
import type { Role, Team, Tenant, User } from '../../domain/access/access';
import type { DirectoryRepository } from '../../domain/access/directory-repository';
import { pointRead, queryAcrossTenants, queryAll } from './cosmos-helpers';

type Kind = 'tenant' | 'user' | 'team' | 'role';

export class CosmosDirectoryRepository implements DirectoryRepository {
  constructor(private readonly container: Container) {}

  private async put(kind: Kind, item: { id: string; tenantId: string }): Promise<void> {
    await this.container.items.upsert({ ...item, kind });
  }

  private async byIds<T>(tenantId: string, kind: Kind, ids: readonly string[]): Promise<T[]> {
    if (ids.length === 0) return [];
    if (ids.length === 1 && ids[0] !== undefined) {
      const one = await pointRead<T & { id: string }>(this.container, ids[0], [tenantId, kind]);
      return one ? [one.value] : [];
    }
    return queryAll<T>(this.container, 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = @kind AND ARRAY_CONTAINS(@ids, c.id)', [{ name: '@kind', value: kind }, { name: '@ids', value: [...ids] }], [tenantId, kind]);
  }

  private all<T>(tenantId: string, kind: Kind): Promise<T[]> {
    return queryAll<T>(this.container, 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = @kind', [{ name: '@kind', value: kind }], [tenantId, kind]);
  }

  async getTenant(tenantId: string): Promise<Tenant | null> {
    return (await pointRead<Tenant>(this.container, tenantId, [tenantId, 'tenant']))?.value ?? null;
  }

  putTenant(tenant: Tenant): Promise<void> {
    return this.put('tenant', { ...tenant, tenantId: tenant.id });
  }

  async getUser(tenantId: string, userId: string): Promise<User | null> {
    return (await pointRead<User>(this.container, userId, [tenantId, 'user']))?.value ?? null;
  }

  getUsers(tenantId: string, userIds: readonly string[]): Promise<User[]> {
    return this.byIds<User>(tenantId, 'user', userIds);
  }

  listUsers(tenantId: string): Promise<User[]> {
    return this.all<User>(tenantId, 'user');
  }

  searchUsers(tenantId: string, words: readonly string[], limit: number): Promise<User[]> {
    const where = words.map((_w, i) => `(CONTAINS(LOWER(c.displayName), @w${i}) OR CONTAINS(LOWER(c.email), @w${i}))`);
    const query = `SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'user'${where.map((w) => ` AND ${w}`).join('')} ORDER BY c.displayName`;
    return queryAll<User>(this.container, query, [{ name: '@limit', value: limit }, ...words.map((w, i) => ({ name: `@w${i}`, value: w }))], [tenantId, 'user']);
  }

  teamMembers(tenantId: string, teamId: string, limit: number): Promise<User[]> {
    const query = "SELECT TOP @limit * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'user' AND ARRAY_CONTAINS(c.teamIds, @team) ORDER BY c.displayName";
    return queryAll<User>(this.container, query, [{ name: '@limit', value: limit }, { name: '@team', value: teamId }], [tenantId, 'user']);
  }

  putUser(user: User): Promise<void> {
    return this.put('user', user);
  }

  getTeams(tenantId: string, teamIds: readonly string[]): Promise<Team[]> {
    return this.byIds<Team>(tenantId, 'team', teamIds);
  }

  listTeams(tenantId: string): Promise<Team[]> {
    return this.all<Team>(tenantId, 'team');
  }

  putTeam(team: Team): Promise<void> {
    return this.put('team', team);
  }

  listRoles(tenantId: string): Promise<Role[]> {
    return this.all<Role>(tenantId, 'role');
  }

  putRole(role: Role): Promise<void> {
    return this.put('role', role);
  }

  listAllUsers(): Promise<User[]> {
    return queryAcrossTenants<User>(this.container, "SELECT * FROM c WHERE c.kind = 'user'");
  }
}
