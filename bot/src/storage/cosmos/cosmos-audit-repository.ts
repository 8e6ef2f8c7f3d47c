/** Audit entries in the `audit` container, partitioned by [tenantId, subject]. */
import type { Container } from '@azure/cosmos';
import type { AuditEntry, AuditRepository } from '../../domain/settings/settings-repository';
import type { Page, PageRequest } from '../../domain/shared/types';
import { cosmosStatus } from './cosmos-errors';
import { pointRead, queryPage } from './cosmos-helpers';

export class CosmosAuditRepository implements AuditRepository {
  constructor(private readonly container: Container) {}

  async put(entries: readonly AuditEntry[]): Promise<number> {
    let created = 0;
    for (const entry of entries) {
      try {
        await this.container.items.create(entry);
        created++;
      } catch (error) {
        if (cosmosStatus(error) !== 409) throw error;
      }
    }
    return created;
  }

  async has(tenantId: string, subject: string, id: string): Promise<boolean> {
    return (await pointRead<AuditEntry>(this.container, id, [tenantId, subject])) !== null;
  }

  list(tenantId: string, subject: string, page: PageRequest): Promise<Page<AuditEntry>> {
    return queryPage<AuditEntry>(this.container, 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.subject = @subject ORDER BY c.at DESC', [{ name: '@subject', value: subject }], [tenantId, subject], page);
  }
}
