/** Record types (A1): the five built in, plus custom types an admin adds. */
import type { Locale } from '../shared/types';

export const BUILT_IN_TYPES = ['case', 'workorder', 'account', 'contact', 'knowledgearticle'] as const;
export type BuiltInType = (typeof BUILT_IN_TYPES)[number];

export type FieldKind = 'text' | 'longtext' | 'choice' | 'user' | 'team' | 'person' | 'date' | 'number' | 'boolean';

/** A field every record has; shown under its catalog label. */
export const STANDARD_FIELDS = [
  { name: 'number', kind: 'text' },
  { name: 'title', kind: 'text' },
  { name: 'description', kind: 'longtext' },
  { name: 'status', kind: 'choice' },
  { name: 'priority', kind: 'choice' },
  { name: 'owner', kind: 'user' },
  { name: 'owningTeam', kind: 'team' },
  { name: 'person', kind: 'person' },
  { name: 'createdAt', kind: 'date' },
  { name: 'updatedAt', kind: 'date' },
] as const satisfies ReadonlyArray<{ name: string; kind: FieldKind }>;

export type StandardFieldName = (typeof STANDARD_FIELDS)[number]['name'];

/** Fields that identify a record: never restricted, or a card could not say what it is. */
export const UNRESTRICTABLE_FIELDS: readonly string[] = ['number', 'title', 'status'];

/** A custom field of a record type, stored in `customFields`. */
export interface CustomFieldDef {
  name: string;
  kind: 'text' | 'longtext' | 'number' | 'boolean' | 'date' | 'choice';
  labels: Record<Locale, string>;
  choices?: string[] | undefined;
}

/** A record type of one tenant. */
export interface RecordType {
  id: string;
  tenantId: string;
  /** The prefix of human numbers, `CAS` in `CAS-01042`. */
  prefix: string;
  builtIn: boolean;
  /** Names of a custom type; built-in types are named by the catalogs. */
  names?: Record<Locale, { singular: string; plural: string }> | undefined;
  customFields: CustomFieldDef[];
  /** Field-level security (A3): field name → role ids that may read (and so write) it. */
  fieldRestrictions: Record<string, string[]>;
}

const BUILT_IN_PREFIX: Record<BuiltInType, string> = {
  case: 'CAS',
  workorder: 'WO',
  account: 'ACC',
  contact: 'CON',
  knowledgearticle: 'KA',
};

/** True for the ids of the five built-in types. */
export function isBuiltInType(id: string): id is BuiltInType {
  return (BUILT_IN_TYPES as readonly string[]).includes(id);
}

/** The default definition of a built-in type, before any admin change. */
export function defaultBuiltInType(tenantId: string, id: BuiltInType): RecordType {
  return { id, tenantId, prefix: BUILT_IN_PREFIX[id], builtIn: true, customFields: [], fieldRestrictions: {} };
}

/** Every field name of a type: standard ones (person only on cases) and its custom fields. */
export function fieldNames(type: RecordType): string[] {
  const standard = STANDARD_FIELDS.map((f) => f.name).filter((n) => n !== 'person' || type.id === 'case');
  return [...standard, ...type.customFields.map((f) => `customFields.${f.name}`)];
}

/** Numbers start above this, so every number has the same shape from the first record on. */
export const NUMBER_BASE = 1000;

/** Formats the human number of a record: `CAS-01042`. */
export function formatNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(5, '0')}`;
}
