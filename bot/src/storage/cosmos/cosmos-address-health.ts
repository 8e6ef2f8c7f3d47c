/**
 * Failing addresses (H1 bounces) in the `mailindex` container, beside the Message-IDs: one item per
 * tenant and address (id `addr:` + a hash, never a Message-ID hash), so every check is a point read.
 */
import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { AddressHealthRepository } from '../../domain/intake/address-health';
import { deleteItem, pointRead } from './cosmos-helpers';

interface HealthDoc {
  id: string;
  tenantId: string;
  address: string;
  failingSince: string;
  reason: string;
}

function healthId(address: string): string {
  return `addr:${createHash('sha256').update(address.toLowerCase()).digest('base64url')}`;
}

export class CosmosAddressHealthRepository implements AddressHealthRepository {
  constructor(private readonly container: Container) {}

  async markFailing(tenantId: string, address: string, at: string, reason: string): Promise<void> {
    const id = healthId(address);
    await this.container.items.upsert<HealthDoc>({ id, tenantId, address: address.toLowerCase(), failingSince: at, reason });
  }

  async clear(tenantId: string, address: string): Promise<void> {
    const id = healthId(address);
    // A point read first: the common case (a healthy address) costs one read, no failed delete.
    if (await pointRead<HealthDoc>(this.container, id, [tenantId, id])) await deleteItem(this.container, id, [tenantId, id]);
  }

  async isFailing(tenantId: string, address: string, since: string): Promise<boolean> {
    const id = healthId(address);
    const found = await pointRead<HealthDoc>(this.container, id, [tenantId, id]);
    return found !== null && found.value.failingSince >= since;
  }
}
