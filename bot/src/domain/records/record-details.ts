/**
 * A record with what it points to (owner, team, person, company), filtered by field-level security,
 * ready for an edge to render. Lookups are batched: one read per kind for a whole page.
 */
import { canReadField, hasPrivilege, type Caller, type Team, type User } from '../access/access';
import type { DirectoryRepository } from '../access/directory-repository';
import type { Company, Person } from '../people/people';
import type { PeopleRepository } from '../people/people-repository';
import type { Versioned } from '../shared/types';
import type { ServiceRecord } from './record';
import type { RecordType } from './record-type';
import type { RecordTypeService } from './record-type-service';

export interface RecordDetails {
  record: ServiceRecord;
  etag: string;
  type: RecordType;
  owner: User | null;
  owningTeam: Team | null;
  person: Person | null;
  company: Company | null;
  canWrite: boolean;
  /** J6: who parked the record for whom (null when not parked); names from the same user lookup as the owner. */
  parked: { forUser: User | null; byUser: User | null; at: string } | null;
  /** Field names (`description`, `customFields.cost`) the caller may not read. */
  hiddenFields: string[];
}

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

export class RecordDetailsService {
  constructor(
    private readonly types: RecordTypeService,
    private readonly directory: DirectoryRepository,
    private readonly people: PeopleRepository,
  ) {}

  /** `withPeople: false` skips the person and company lookups (a link card shows neither). */
  async describe(caller: Caller, items: ReadonlyArray<Versioned<ServiceRecord>>, options: { withPeople: boolean } = { withPeople: true }): Promise<RecordDetails[]> {
    if (items.length === 0) return [];
    const records = items.map((i) => i.value);
    const [types, users, teams, persons] = await Promise.all([
      this.types.list(caller.tenantId),
      this.directory.getUsers(caller.tenantId, unique(records.flatMap((r) => [r.ownerId, r.parked?.forUserId ?? null, r.parked?.byUserId ?? null]))),
      this.directory.getTeams(caller.tenantId, unique(records.map((r) => r.owningTeamId))),
      options.withPeople ? this.people.getPeople(caller.tenantId, unique(records.map((r) => r.personId))) : Promise.resolve([]),
    ]);
    const companies = await this.people.getCompanies(caller.tenantId, unique(persons.map((p) => p.companyId)));
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    const typeMap = byId(types);
    const userMap = byId(users);
    const teamMap = byId(teams);
    const personMap = byId(persons);
    const companyMap = byId(companies);
    return items.map(({ value: record, etag }) => {
      const type = typeMap.get(record.type);
      if (!type) throw new Error(`record ${record.id} has unknown type ${record.type}`);
      const hiddenFields = Object.entries(type.fieldRestrictions)
        .filter(([, roles]) => !canReadField(caller, roles))
        .map(([field]) => field);
      const person = record.personId ? (personMap.get(record.personId) ?? null) : null;
      return {
        record,
        etag,
        type,
        owner: record.ownerId ? (userMap.get(record.ownerId) ?? null) : null,
        owningTeam: record.owningTeamId ? (teamMap.get(record.owningTeamId) ?? null) : null,
        person,
        company: person?.companyId ? (companyMap.get(person.companyId) ?? null) : null,
        canWrite: hasPrivilege(caller, record, 'write'),
        parked: record.parked ? { forUser: userMap.get(record.parked.forUserId) ?? null, byUser: userMap.get(record.parked.byUserId) ?? null, at: record.parked.at } : null,
        hiddenFields,
      };
    });
  }
}
