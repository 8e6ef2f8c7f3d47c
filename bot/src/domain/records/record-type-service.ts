/** Record types of a tenant: the built-in five (default or as changed) and custom ones (A1). */
import { isAdmin, type Caller } from '../access/access';
import { ConflictError, ForbiddenError, NotFoundError } from '../shared/errors';
import {
  BUILT_IN_TYPES,
  defaultBuiltInType,
  type CustomFieldDef,
  type RecordType,
} from './record-type';
import type { RecordTypeRepository } from './record-type-repository';
import type { Locale } from '../shared/types';
import { TtlCache } from '../shared/ttl-cache';

/** What an admin sends to add a custom type. */
export interface NewRecordType {
  id: string;
  prefix: string;
  names: Record<Locale, { singular: string; plural: string }>;
  customFields: CustomFieldDef[];
}

/** Record types are read on most requests and change rarely: each instance keeps them this long. */
export const RECORD_TYPE_CACHE_MS = 30_000;

export class RecordTypeService {
  private readonly cache: TtlCache<RecordType[]>;

  constructor(
    private readonly repository: RecordTypeRepository,
    cacheMs: number = RECORD_TYPE_CACHE_MS,
  ) {
    this.cache = new TtlCache(cacheMs);
  }

  /** All types of the caller's tenant, built-in first. */
  list(tenantId: string): Promise<RecordType[]> {
    return this.cache.get(tenantId, () => this.load(tenantId));
  }

  private async load(tenantId: string): Promise<RecordType[]> {
    const stored = new Map((await this.repository.list(tenantId)).map((v) => [v.value.id, v.value]));
    const builtIn = BUILT_IN_TYPES.map((id) => stored.get(id) ?? defaultBuiltInType(tenantId, id));
    const custom = [...stored.values()].filter((t) => !t.builtIn).sort((a, b) => a.id.localeCompare(b.id));
    return [...builtIn, ...custom];
  }

  /** One type, or NotFoundError. */
  async get(tenantId: string, id: string): Promise<RecordType> {
    const found = (await this.list(tenantId)).find((t) => t.id === id);
    if (!found) throw new NotFoundError();
    return found;
  }

  /** Adds a custom type (admins only); id and prefix must be unused. */
  async create(caller: Caller, input: NewRecordType): Promise<RecordType> {
    if (!isAdmin(caller)) throw new ForbiddenError('error.forbidden.adminOnly');
    const existing = await this.list(caller.tenantId);
    if (existing.some((t) => t.id === input.id || t.prefix === input.prefix)) {
      throw new ConflictError('error.conflict.recordType');
    }
    const type: RecordType = {
      id: input.id,
      tenantId: caller.tenantId,
      prefix: input.prefix,
      builtIn: false,
      names: input.names,
      customFields: input.customFields,
      fieldRestrictions: {},
    };
    const created = (await this.repository.create(type)).value;
    this.cache.delete(caller.tenantId);
    return created;
  }
}
