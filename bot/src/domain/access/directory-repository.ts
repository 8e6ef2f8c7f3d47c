/** Storage contract for tenants, users, teams and roles. */
import type { Role, Team, Tenant, User } from './access';

export interface DirectoryRepository {
  getTenant(tenantId: string): Promise<Tenant | null>;
  putTenant(tenant: Tenant): Promise<void>;
  getUser(tenantId: string, userId: string): Promise<User | null>;
  getUsers(tenantId: string, userIds: readonly string[]): Promise<User[]>;
  listUsers(tenantId: string): Promise<User[]>;
  /** Users whose name or e-mail contains every word, by name, at most `limit`. */
  searchUsers(tenantId: string, words: readonly string[], limit: number): Promise<User[]>;
  /** The members of a team, by name, at most `limit` (one query: never the whole tenant). */
  teamMembers(tenantId: string, teamId: string, limit: number): Promise<User[]>;
  putUser(user: User): Promise<void>;
  getTeams(tenantId: string, teamIds: readonly string[]): Promise<Team[]>;
  listTeams(tenantId: string): Promise<Team[]>;
  putTeam(team: Team): Promise<void>;
  listRoles(tenantId: string): Promise<Role[]>;
  putRole(role: Role): Promise<void>;
  /** All tenants' users; only the local dev sign-in lists them. */
  listAllUsers(): Promise<User[]>;
}
