/**
 * Record types, settings and number counters: small per-tenant items in the `directory`
 * container under their own kinds, so each is a point operation.
 */
import type { Container } from '@azure/cosmos';
import type { CounterRepository } from '../../domain/records/record-repository';
import type { RecordType } from '../../domain/records/record-type';
import type { RecordTypeRepository } from '../../domain/records/record-type-repository';
import type { SettingsDocument } from '../../domain/settings/settings';
import type { SettingsRepository } from '../../domain/settings/settings-repository';
import type { Versioned } from '../../domain/shared/types';
import { cosmosStatus, translateWriteError } from './cosmos-errors';
import { createItem, pointRead, queryAll, replaceItem } from './cosmos-helpers';

type RecordTypeItem = RecordType & { kind: 'recordType'; _etag?: string };

export class CosmosRecordTypeRepository implements RecordTypeRepository {
  constructor(private readonly container: Container) {}

  async list(tenantId: string): Promise<Versioned<RecordType>[]> {
    const items = await queryAll<RecordTypeItem & { _etag: string }>(this.container, "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.kind = 'recordType'", [], [tenantId, 'recordType']);
    return items.map((value) => ({ value, etag: value._etag }));
  }

  get(tenantId: string, id: string): Promise<Versioned<RecordType> | null> {
    return pointRead<RecordTypeItem>(this.container, id, [tenantId, 'recordType']);
  }

  async create(type: RecordType): Promise<Versioned<RecordType>> {
    try {
      return await createItem<RecordTypeItem>(this.container, { ...type, kind: 'recordType' });
    } catch (error) {
      return translateWriteError(error, 'error.conflict.recordType');
    }
  }
}

type SettingsItem = SettingsDocument & { id: string; kind: 'settings' };

/**
 * Item ids are kept unique per tenant across kinds (a type `case` and its settings must not share
 * an id): Cosmos only needs them unique per logical partition, but the local server keys items by
 * the first partition key path alone.
 */
const settingsId = (recordType: string) => `settings:${recordType}`;

export class CosmosSettingsRepository implements SettingsRepository {
  constructor(private readonly container: Container) {}

  get(tenantId: string, recordType: string): Promise<Versioned<SettingsDocument> | null> {
    return pointRead<SettingsItem>(this.container, settingsId(recordType), [tenantId, 'settings']);
  }

  create(doc: SettingsDocument): Promise<Versioned<SettingsDocument>> {
    return createItem<SettingsItem>(this.container, { ...doc, id: settingsId(doc.recordType), kind: 'settings' });
  }

  replace(doc: SettingsDocument, etag: string): Promise<Versioned<SettingsDocument>> {
    return replaceItem<SettingsItem>(this.container, { ...doc, id: settingsId(doc.recordType), kind: 'settings' }, [doc.tenantId, 'settings'], etag);
  }
}

const counterId = (name: string) => `counter:${name}`;

/** Counters use Cosmos' atomic `incr` patch: one request per number, no read, no retry loop. */
export class CosmosCounterRepository implements CounterRepository {
  constructor(private readonly container: Container) {}

  async next(tenantId: string, name: string): Promise<number> {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        const { resource } = await this.container.item(counterId(name), [tenantId, 'counter']).patch<{ value: number }>([{ op: 'incr', path: '/value', value: 1 }]);
        if (resource) return resource.value;
      } catch (error) {
        if (cosmosStatus(error) !== 404) throw error;
        try {
          await this.container.items.create({ id: counterId(name), tenantId, kind: 'counter', value: 1 });
          return 1;
        } catch (createError) {
          if (cosmosStatus(createError) !== 409) throw createError;
          // Someone created it meanwhile: increment theirs.
        }
      }
    }
    throw new Error(`counter ${name} could not be incremented`);
  }
}
