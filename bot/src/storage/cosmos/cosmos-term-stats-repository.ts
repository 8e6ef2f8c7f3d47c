/**
 * G2's term statistics and a build's progress in the `directory` container under the kind
 * `termstats` ([tenantId, 'termstats']): ids `termstats:<type>` and `termsweep:<type>` (unique per
 * tenant across kinds, as the other directory items). Each is a point operation.
 */
import type { Container } from '@azure/cosmos';
import type { TermStats, TermStatsRepository, TermSweep } from '../../domain/contacts/term-stats';
import type { Versioned } from '../../domain/shared/types';
import { createItem, deleteItem, pointRead, replaceItem, withoutSystemProperties } from './cosmos-helpers';

const KIND = 'termstats';
const statsId = (type: string) => `termstats:${type}`;
const sweepId = (type: string) => `termsweep:${type}`;

type StatsItem = TermStats & { id: string; kind: typeof KIND };
type SweepItem = TermSweep & { id: string; kind: typeof KIND };

function strip<T extends { id: string; kind: string }>(item: T): Omit<T, 'id' | 'kind'> {
  const { id: _id, kind: _kind, ...rest } = withoutSystemProperties(item);
  return rest;
}

export class CosmosTermStatsRepository implements TermStatsRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, type: string): Promise<TermStats | null> {
    const found = await pointRead<StatsItem>(this.container, statsId(type), [tenantId, KIND]);
    return found ? strip(found.value) : null;
  }

  async publish(stats: TermStats): Promise<void> {
    await this.container.items.upsert<StatsItem>({ ...stats, id: statsId(stats.type), kind: KIND });
  }

  async getSweep(tenantId: string, type: string): Promise<Versioned<TermSweep> | null> {
    const found = await pointRead<SweepItem>(this.container, sweepId(type), [tenantId, KIND]);
    return found ? { value: strip(found.value), etag: found.etag } : null;
  }

  async createSweep(sweep: TermSweep): Promise<Versioned<TermSweep>> {
    const made = await createItem<SweepItem>(this.container, { ...sweep, id: sweepId(sweep.type), kind: KIND });
    return { value: strip(made.value), etag: made.etag };
  }

  async replaceSweep(sweep: TermSweep, etag: string): Promise<Versioned<TermSweep>> {
    const made = await replaceItem<SweepItem>(this.container, { ...sweep, id: sweepId(sweep.type), kind: KIND }, [sweep.tenantId, KIND], etag);
    return { value: strip(made.value), etag: made.etag };
  }

  deleteSweep(tenantId: string, type: string, etag: string): Promise<void> {
    return deleteItem(this.container, sweepId(type), [tenantId, KIND], etag);
  }
}
