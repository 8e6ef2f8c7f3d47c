/**
 * Record search (H2): text (stemmed en/da/sv, every word must match, best first) and filters, for
 * GET /api/records and the Teams message extension. Access scopes are pushed into the query by
 * RecordService.search, so a caller never sees a record they may not read.
 */
import type { Caller } from '../access/access';
import type { PeopleRepository } from '../people/people-repository';
import type { RecordFilter, RecordPriority, RecordStatus, ServiceRecord } from '../records/record';
import type { RecordService } from '../records/record-service';
import type { Page, PageRequest, Versioned } from '../shared/types';
import { parseTextQuery } from './text-terms';

/** What a search asks for; every given part must hold. */
export interface RecordSearch {
  /** Words (any order, inflected forms match) or a case number. */
  q?: string | undefined;
  /** The exact number (`CAS-01042`). */
  number?: string | undefined;
  personId?: string | undefined;
  /** Cases of the company's people (A2). */
  companyId?: string | undefined;
  status?: RecordStatus | undefined;
  ownerId?: string | undefined;
  /** The owning team. */
  teamId?: string | undefined;
  priority?: RecordPriority | undefined;
  type?: string | undefined;
}

export class SearchService {
  constructor(
    private readonly records: RecordService,
    private readonly people: PeopleRepository,
  ) {}

  /** One page of the records the caller may read that match; best matches first when `q` is given. */
  async search(caller: Caller, search: RecordSearch, page: PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    let personIds = search.personId ? [search.personId] : undefined;
    if (search.companyId) {
      const ofCompany = (await this.people.peopleOfCompany(caller.tenantId, search.companyId)).map((p) => p.id);
      personIds = personIds ? personIds.filter((id) => ofCompany.includes(id)) : ofCompany;
    }
    if (personIds && personIds.length === 0) return { items: [], continuation: null };
    const filter: RecordFilter = {
      query: parseTextQuery(search.q) ?? undefined,
      number: search.number,
      type: search.type,
      status: search.status,
      ownerId: search.ownerId,
      priority: search.priority,
      teamIds: search.teamId ? [search.teamId] : undefined,
      personIds,
    };
    return this.records.search(caller, filter, page);
  }
}
