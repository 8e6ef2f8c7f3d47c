/** Storage contract for record type definitions. */
import type { Versioned } from '../shared/types';
import type { RecordType } from './record-type';

export interface RecordTypeRepository {
  /** The stored definitions of a tenant (built-in types appear only once changed). */
  list(tenantId: string): Promise<Versioned<RecordType>[]>;
  get(tenantId: string, id: string): Promise<Versioned<RecordType> | null>;
  /** Throws ConflictError when the id exists. */
  create(type: RecordType): Promise<Versioned<RecordType>>;
}
