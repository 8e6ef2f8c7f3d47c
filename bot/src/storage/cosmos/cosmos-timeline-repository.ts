/** Timeline entries in the `timeline` container, partitioned by [tenantId, recordId]: a record's timeline is one partition. */
import type { Container, SqlParameter } from '@azure/cosmos';
import type { Page, PageRequest } from '../../domain/shared/types';
import type { TimelineEntry, TimelineKind, TimelineRepository } from '../../domain/timeline/timeline';
import { cosmosStatus } from './cosmos-errors';
import { pointRead, queryPage, withoutSystemProperties } from './cosmos-helpers';

export class CosmosTimelineRepository implements TimelineRepository {
  constructor(private readonly container: Container) {}

  async append(entry: TimelineEntry): Promise<void> {
    try {
      // Ids are unique per tenant: prefix with the record.
      await this.container.items.create({ ...entry, id: `${entry.recordId}:${entry.id}`, entryId: entry.id });
    } catch (error) {
      if (cosmosStatus(error) !== 409) throw error;
    }
  }

  /** J4: one entry of the record, by its id (a point read); null when it is not on that record. */
  async get(tenantId: string, recordId: string, entryId: string): Promise<TimelineEntry | null> {
    const found = await pointRead<TimelineEntry & { entryId: string }>(this.container, `${recordId}:${entryId}`, [tenantId, recordId]);
    if (!found || found.value.tenantId !== tenantId || found.value.recordId !== recordId) return null;
    const { entryId: id, ...entry } = withoutSystemProperties(found.value);
    return { ...entry, id };
  }

  async list(tenantId: string, recordId: string, page: PageRequest, kinds?: readonly TimelineKind[]): Promise<Page<TimelineEntry>> {
    const parameters: SqlParameter[] = [{ name: '@recordId', value: recordId }];
    let filter = '';
    if (kinds && kinds.length > 0) {
      parameters.push({ name: '@kinds', value: [...kinds] });
      filter = ' AND ARRAY_CONTAINS(@kinds, c.kind)';
    }
    const result = await queryPage<TimelineEntry & { entryId: string }>(
      this.container,
      `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.recordId = @recordId${filter} ORDER BY c.at DESC`,
      parameters,
      [tenantId, recordId],
      page,
    );
    return { items: result.items.map((e) => ({ ...e, id: e.entryId })), continuation: result.continuation };
  }
}
