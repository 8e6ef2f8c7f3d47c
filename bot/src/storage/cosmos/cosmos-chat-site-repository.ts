/** Chat sites (I1–I7): small per-tenant items in the `directory` container under the kind `chatsite`. */
import type { Container } from '@azure/cosmos';
import type { ChatSiteRepository } from '../../domain/sessions/ports';
import type { ChatSite } from '../../domain/sessions/session';
import { pointRead, queryAll, withoutSystemProperties } from './cosmos-helpers';

const KIND = 'chatsite';
/** Item ids are unique per tenant across kinds (see cosmos-config-repositories.ts). */
const itemId = (id: string) => `chatsite:${id}`;

type SiteItem = Omit<ChatSite, 'id'> & { id: string; siteId: string; kind: typeof KIND };

function toSite(item: SiteItem): ChatSite {
  const { kind: _kind, siteId, id: _id, ...rest } = withoutSystemProperties(item);
  return { ...rest, id: siteId };
}

export class CosmosChatSiteRepository implements ChatSiteRepository {
  constructor(private readonly container: Container) {}

  async get(tenantId: string, siteId: string): Promise<ChatSite | null> {
    const found = await pointRead<SiteItem>(this.container, itemId(siteId), [tenantId, KIND]);
    return found ? toSite(found.value) : null;
  }

  async list(tenantId: string): Promise<ChatSite[]> {
    const items = await queryAll<SiteItem>(this.container, "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'chatsite'", [], [tenantId, KIND]);
    return items.map(toSite).sort((a, b) => a.id.localeCompare(b.id));
  }

  async put(site: ChatSite): Promise<void> {
    await this.container.items.upsert<SiteItem>({ ...site, id: itemId(site.id), siteId: site.id, kind: KIND });
  }
}
