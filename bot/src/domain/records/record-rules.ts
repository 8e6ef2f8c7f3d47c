/**
 * The checks every write of a record passes (create and update, RecordService): field-level
 * security on the fields a change touches, and the references a record holds (owner, team,
 * person, declared custom fields of the right kind).
 */
import { canReadField, type Caller } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { PeopleRepository } from '../people/people-repository';
import { ForbiddenError, ValidationError, type FieldIssue } from '../shared/errors';
import type { CustomValue, RecordPriority, RecordStatus, ServiceRecord, StoredPickUp } from './record';
import type { RecordType } from './record-type';
import type { ParkMark } from '../delegation/delegation';

/** The changeable fields of a record. */
export interface RecordChanges {
  title?: string | undefined;
  description?: string | undefined;
  status?: RecordStatus | undefined;
  priority?: RecordPriority | undefined;
  ownerId?: string | null | undefined;
  owningTeamId?: string | null | undefined;
  personId?: string | null | undefined;
  customFields?: Record<string, CustomValue> | undefined;
  /** H3 postpone: set by the postpone action, cleared (null) when the case reopens or closes. */
  postponedUntil?: string | null | undefined;
  /** J6: set by the park action, cleared (null) by the pick-up (domain/delegation/park.ts). */
  parked?: ParkMark | null | undefined;
  /** J6: written by the pick-up with `parked: null` (domain/delegation/park.ts). */
  lastPickUp?: StoredPickUp | null | undefined;
}

/** The fields a change touches, in the names field-level security uses. */
export function touchedFields(changes: RecordChanges): string[] {
  const names: string[] = [];
  if (changes.description !== undefined) names.push('description');
  if (changes.priority !== undefined) names.push('priority');
  if (changes.ownerId !== undefined) names.push('owner');
  if (changes.owningTeamId !== undefined) names.push('owningTeam');
  if (changes.personId !== undefined) names.push('person');
  for (const key of Object.keys(changes.customFields ?? {})) names.push(`customFields.${key}`);
  return names;
}

/** The field names (`owner`, `customFields.cost`) of this type the caller may not read. */
export function hiddenFieldsOf(caller: Caller, type: RecordType): string[] {
  return Object.entries(type.fieldRestrictions).filter(([, roles]) => !canReadField(caller, roles)).map(([field]) => field);
}

/** ForbiddenError naming the first touched field the caller may not read (so may not write). */
export function checkFieldRights(caller: Caller, type: RecordType, changes: RecordChanges): void {
  for (const field of touchedFields(changes)) {
    if (!canReadField(caller, type.fieldRestrictions[field])) {
      throw new ForbiddenError('error.forbidden.restrictedField', { field });
    }
  }
}

/** Every id a record points to must exist in the same tenant; custom fields must be declared. */
export async function checkReferences(
  lookups: { directory: DirectoryRepository; people: PeopleRepository },
  tenantId: string, type: RecordType, record: ServiceRecord, changes: RecordChanges,
): Promise<void> {
  const issues: FieldIssue[] = [];
  if (record.personId !== null && type.id !== 'case') issues.push({ path: 'personId', messageKey: 'issue.personOnlyOnCases' });
  const declared = new Map(type.customFields.map((f) => [f.name, f]));
  for (const [key, value] of Object.entries(changes.customFields ?? {})) {
    const def = declared.get(key);
    if (!def) issues.push({ path: `customFields.${key}`, messageKey: 'issue.noSuchField' });
    else if (value !== null && !matchesKind(def.kind, value, def.choices)) {
      issues.push({ path: `customFields.${key}`, messageKey: `issue.expected.${def.kind}` });
    }
  }
  const [owner, teams, person] = await Promise.all([
    changes.ownerId ? lookups.directory.getUser(tenantId, changes.ownerId) : null,
    changes.owningTeamId ? lookups.directory.getTeams(tenantId, [changes.owningTeamId]) : [],
    changes.personId ? lookups.people.getPerson(tenantId, changes.personId) : null,
  ]);
  if (changes.ownerId && !owner) issues.push({ path: 'ownerId', messageKey: 'issue.unknownUser' });
  if (changes.owningTeamId && teams.length === 0) issues.push({ path: 'owningTeamId', messageKey: 'issue.unknownTeam' });
  if (changes.personId && !person) issues.push({ path: 'personId', messageKey: 'issue.unknownPerson' });
  if (issues.length > 0) throw new ValidationError(issues);
}

/** True when a custom field's value has the field's kind. */
export function matchesKind(kind: string, value: string | number | boolean, choices: string[] | undefined): boolean {
  switch (kind) {
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    case 'choice':
      return typeof value === 'string' && (choices ?? []).includes(value);
    default:
      return typeof value === 'string';
  }
}
