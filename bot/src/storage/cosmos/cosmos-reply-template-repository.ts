/** Reply templates (H3): small per-tenant items in the `directory` container under their own kind. */
import type { Container } from '@azure/cosmos';
import type { ReplyTemplate } from '../../domain/compose/reply-template';
import type { ReplyTemplateRepository } from '../../domain/compose/reply-template-repository';
import type { Versioned } from '../../domain/shared/types';
import { createItem, deleteItem, pointRead, queryAll, replaceItem, withoutSystemProperties } from './cosmos-helpers';

type TemplateItem = Omit<ReplyTemplate, 'id'> & { id: string; templateId: string; kind: 'replyTemplate' };

/** Item ids are unique per tenant across kinds (see cosmos-config-repositories.ts). */
const itemId = (id: string) => `replyTemplate:${id}`;
const KIND = 'replyTemplate';

function toTemplate(item: TemplateItem): ReplyTemplate {
  const { kind: _kind, templateId, id: _id, ...rest } = withoutSystemProperties(item);
  return { ...rest, id: templateId };
}

const toItem = (t: ReplyTemplate): TemplateItem => ({ ...t, id: itemId(t.id), templateId: t.id, kind: KIND });

export class CosmosReplyTemplateRepository implements ReplyTemplateRepository {
  constructor(private readonly container: Container) {}

  async list(tenantId: string): Promise<Array<Versioned<ReplyTemplate>>> {
    const items = await queryAll<TemplateItem & { _etag: string }>(this.container, "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'replyTemplate'", [], [tenantId, KIND]);
    return items.map((item) => ({ value: toTemplate(item), etag: item._etag })).sort((a, b) => a.value.name.localeCompare(b.value.name));
  }

  async get(tenantId: string, id: string): Promise<Versioned<ReplyTemplate> | null> {
    const found = await pointRead<TemplateItem>(this.container, itemId(id), [tenantId, KIND]);
    return found ? { value: toTemplate(found.value), etag: found.etag } : null;
  }

  async create(template: ReplyTemplate): Promise<Versioned<ReplyTemplate>> {
    const created = await createItem<TemplateItem>(this.container, toItem(template));
    return { value: toTemplate(created.value), etag: created.etag };
  }

  async replace(template: ReplyTemplate, etag: string): Promise<Versioned<ReplyTemplate>> {
    const replaced = await replaceItem<TemplateItem>(this.container, toItem(template), [template.tenantId, KIND], etag);
    return { value: toTemplate(replaced.value), etag: replaced.etag };
  }

  delete(tenantId: string, id: string, etag?: string): Promise<void> {
    return deleteItem(this.container, itemId(id), [tenantId, KIND], etag);
  }
}
