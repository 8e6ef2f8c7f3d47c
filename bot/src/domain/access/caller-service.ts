/** Turns a validated token's (tenant, user) into a Caller, or refuses users not set up here. */
import { NotProvisionedError } from '../shared/errors';
import type { Caller } from './access';
import type { DirectoryRepository } from './directory-repository';

export class CallerService {
  constructor(private readonly directory: DirectoryRepository) {}

  /** Resolves the caller. Throws NotProvisionedError when the user is unknown in the tenant. */
  async resolve(tenantId: string, userId: string): Promise<Caller> {
    const [user, roles] = await Promise.all([
      this.directory.getUser(tenantId, userId),
      this.directory.listRoles(tenantId),
    ]);
    if (!user) throw new NotProvisionedError();
    return { tenantId, user, roles: roles.filter((r) => user.roleIds.includes(r.id)) };
  }

  /** The caller, or null when the person is not a Casebridge user of the tenant (cards, Teams invokes). */
  async find(tenantId: string, userId: string | undefined): Promise<Caller | null> {
    if (!userId) return null;
    try {
      return await this.resolve(tenantId, userId);
    } catch (error) {
      if (error instanceof NotProvisionedError) return null;
      throw error;
    }
  }
}
