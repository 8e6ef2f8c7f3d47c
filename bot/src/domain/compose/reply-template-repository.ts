/** Storage contract for reply templates (per tenant, a few dozen at most). */
import type { Versioned } from '../shared/types';
import type { ReplyTemplate } from './reply-template';

export interface ReplyTemplateRepository {
  /** All of a tenant's templates, by name. */
  list(tenantId: string): Promise<Array<Versioned<ReplyTemplate>>>;
  get(tenantId: string, id: string): Promise<Versioned<ReplyTemplate> | null>;
  /** ConflictError when the id exists. */
  create(template: ReplyTemplate): Promise<Versioned<ReplyTemplate>>;
  /** PreconditionFailedError when `etag` is stale. */
  replace(template: ReplyTemplate, etag: string): Promise<Versioned<ReplyTemplate>>;
  /** Missing is not an error; PreconditionFailedError when `etag` is given and stale. */
  delete(tenantId: string, id: string, etag?: string): Promise<void>;
}
