/**
 * The postpone sweep's query (H3) on the `records` container: waiting records whose postponement
 * has passed, across tenants (the sweep serves every tenant), bounded by TOP. Few records are ever
 * postponed and due at once, so this stays a small result; the domain re-checks each one.
 */
import type { Container } from '@azure/cosmos';
import type { PostponedRecords } from '../../domain/actions/postpone-sweep';
import type { ServiceRecord } from '../../domain/records/record';
import type { Versioned } from '../../domain/shared/types';
import { queryAcrossTenants, withoutSystemProperties } from './cosmos-helpers';

export class CosmosPostponedRecords implements PostponedRecords {
  constructor(private readonly container: Container) {}

  async due(now: string, limit: number): Promise<Array<Versioned<ServiceRecord>>> {
    const safeLimit = Math.max(1, Math.min(500, Math.floor(limit)));
    const docs = await queryAcrossTenants<ServiceRecord & { _etag: string }>(
      this.container,
      "SELECT TOP @limit * FROM c WHERE c.status = 'waiting' AND c.postponedUntil <= @now",
      [{ name: '@limit', value: safeLimit }, { name: '@now', value: now }],
    );
    return docs.map((d) => ({ value: withoutSystemProperties(d), etag: d._etag }));
  }
}
