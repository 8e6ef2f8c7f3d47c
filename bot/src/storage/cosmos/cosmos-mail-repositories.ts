/**
 * The e-mail threading index (`mailindex`, [tenantId, id]) and the support-address routes
 * (`mailroutes`, [id]). Both are point operations only: an index entry's id is a hash of the
 * Message-ID (which may hold characters Cosmos ids cannot), a route's id is the lower-cased address.
 */
import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { MailIndexEntry, MailIndexRepository, MailRoute, MailRouteRepository } from '../../domain/conversations/conversation-repository';
import { ConflictError } from '../../domain/shared/errors';
import { createItem, deleteItem, pointRead, withoutSystemProperties } from './cosmos-helpers';

type IndexDoc = MailIndexEntry & { id: string };
type RouteDoc = MailRoute & { id: string };

/** The index item's id for a Message-ID. */
export function mailIndexId(messageId: string): string {
  return createHash('sha256').update(messageId).digest('base64url');
}

/** The route item's id: the lower-cased address with the characters Cosmos ids refuse escaped. */
export function mailRouteId(address: string): string {
  return address.toLowerCase().replace(/[%/\\?#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function fromIndexDoc(doc: IndexDoc): MailIndexEntry {
  const { id: _id, ...entry } = withoutSystemProperties(doc);
  return entry;
}

export class CosmosMailIndexRepository implements MailIndexRepository {
  constructor(private readonly container: Container) {}

  async put(entry: MailIndexEntry): Promise<MailIndexEntry> {
    try {
      return fromIndexDoc((await createItem<IndexDoc>(this.container, { ...entry, id: mailIndexId(entry.messageId) })).value);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const stored = await this.get(entry.tenantId, entry.messageId);
      if (!stored) throw error;
      return stored;
    }
  }

  async get(tenantId: string, messageId: string): Promise<MailIndexEntry | null> {
    const id = mailIndexId(messageId);
    const found = await pointRead<IndexDoc>(this.container, id, [tenantId, id]);
    return found ? fromIndexDoc(found.value) : null;
  }

  async repoint(entry: MailIndexEntry): Promise<void> {
    await this.container.items.upsert<IndexDoc>({ ...entry, id: mailIndexId(entry.messageId) });
  }
}

export class CosmosMailRouteRepository implements MailRouteRepository {
  constructor(private readonly container: Container) {}

  async get(address: string): Promise<MailRoute | null> {
    const id = mailRouteId(address);
    const found = await pointRead<RouteDoc>(this.container, id, [id]);
    if (!found) return null;
    return { address: found.value.address, tenantId: found.value.tenantId, recordType: found.value.recordType };
  }

  /** Claiming is creating: of two tenants racing for one address, exactly one wins. */
  async claim(route: MailRoute): Promise<void> {
    const address = route.address.toLowerCase();
    try {
      await createItem<RouteDoc>(this.container, { id: mailRouteId(address), address, tenantId: route.tenantId, recordType: route.recordType });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      const held = await this.get(address);
      if (!held || held.tenantId !== route.tenantId || held.recordType !== route.recordType) throw error;
    }
  }

  async release(route: MailRoute): Promise<void> {
    const id = mailRouteId(route.address);
    const found = await pointRead<RouteDoc>(this.container, id, [id]);
    if (!found || found.value.tenantId !== route.tenantId || found.value.recordType !== route.recordType) return;
    try {
      await deleteItem(this.container, id, [id], found.etag);
    } catch {
      // Changed meanwhile (released and claimed again by someone else): theirs now, leave it.
    }
  }
}
