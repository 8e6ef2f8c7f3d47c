/**
 * MailboxState in the existing `directory` container (partition key [tenantId, kind]), kind
 * `mailbox`, one item per mailbox in the app's own tenant: a point read per notification batch,
 * ETag-guarded replaces for leases and updates. No new container.
 */
import type { Container } from '@azure/cosmos';
import type { Versioned } from '../../domain/shared/types';
import { createItem, pointRead, replaceItem } from '../../storage/cosmos/cosmos-helpers';
import type { MailboxState, MailboxStateRepository } from './mailbox-state';

type MailboxItem = MailboxState & { id: string; tenantId: string; kind: 'mailbox' };

const itemId = (mailbox: string) => `mailbox:${mailbox.toLowerCase()}`;

function toState(item: MailboxItem): MailboxState {
  return { mailbox: item.mailbox, subscription: item.subscription, deltaLink: item.deltaLink, lastDeltaAt: item.lastDeltaAt, leases: item.leases };
}

export class CosmosMailboxStateRepository implements MailboxStateRepository {
  /** `tenantId`: the app's own tenant (where the shared mailbox lives). */
  constructor(private readonly container: Container, private readonly tenantId: string) {}

  async get(mailbox: string): Promise<Versioned<MailboxState> | null> {
    const found = await pointRead<MailboxItem>(this.container, itemId(mailbox), [this.tenantId, 'mailbox']);
    return found ? { value: toState(found.value), etag: found.etag } : null;
  }

  async create(state: MailboxState): Promise<Versioned<MailboxState>> {
    const created = await createItem<MailboxItem>(this.container, this.item(state));
    return { value: toState(created.value), etag: created.etag };
  }

  async replace(state: MailboxState, etag: string): Promise<Versioned<MailboxState>> {
    const replaced = await replaceItem<MailboxItem>(this.container, this.item(state), [this.tenantId, 'mailbox'], etag);
    return { value: toState(replaced.value), etag: replaced.etag };
  }

  private item(state: MailboxState): MailboxItem {
    return { ...state, id: itemId(state.mailbox), tenantId: this.tenantId, kind: 'mailbox' };
  }
}
