/**
 * Record search (H2): text (stemmed en/da/sv, every word must match, best first) and filters, for
 * GET /api/records and the Teams message extension. Access scopes are pushed into the query by
 * RecordService.search, so a caller never sees a record they may not read.
 */
import { canReadField, readScopes, type Caller } from '../access/access';
import type { PeopleRepository } from '../people/people-repository';
import type { RecordFilter, RecordPriority, RecordStatus, ServiceRecord } from '../records/record';
import type { RecordService } from '../records/record-service';
import type { RecordTypeService } from '../records/record-type-service';
import { ForbiddenError, ValidationError } from '../shared/errors';
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
    private readonly types: RecordTypeService,
  ) {}

  /**
   * What the Teams message extension shows for typed text: as `search`, but a text that cannot be
   * searched (no word, too many words) finds nothing instead of failing.
   */
  async findTyped(caller: Caller, text: string, page: PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    try {
      return await this.search(caller, { q: text }, page);
    } catch (error) {
      if (error instanceof ValidationError) return { items: [], continuation: null };
      throw error;
    }
  }

  /**
   * One page of the records the caller may read that match; best matches first when `q` is given.
   * Field security (A3): ForbiddenError naming the field when a filter is on a field the caller may
   * not read on a searched type; the text matches description and person words only for their readers.
   */
  async search(caller: Caller, search: RecordSearch, page: PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    const text = parseTextQuery(search.q);
    const all = await this.types.list(caller.tenantId);
    const readable = new Set(readScopes(caller, all.filter((t) => !search.type || t.id === search.type).map((t) => t.id)).map((s) => s.type));
    const searched = all.filter((t) => readable.has(t.id));
    const readsOnAll = (field: string) => searched.every((t) => canReadField(caller, t.fieldRestrictions[field]));
    for (const field of filteredFields(search)) {
      if (!readsOnAll(field)) throw new ForbiddenError('error.forbidden.restrictedField', { field });
    }
    let personIds = search.personId ? [search.personId] : undefined;
    if (search.companyId) {
      const ofCompany = (await this.people.peopleOfCompany(caller.tenantId, search.companyId)).map((p) => p.id);
      personIds = personIds ? personIds.filter((id) => ofCompany.includes(id)) : ofCompany;
    }
    if (personIds && personIds.length === 0) return { items: [], continuation: null };
    const filter: RecordFilter = {
      query: text ? { ...text, description: readsOnAll('description'), people: readsOnAll('person') } : undefined,
      // Numbers are stored with the type's upper-case prefix (`CAS-01042`).
      number: search.number?.trim().toUpperCase(),
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

/** The fields (A3 names, as in RecordType.fieldRestrictions) a search filters on. */
function filteredFields(search: RecordSearch): string[] {
  const fields: string[] = [];
  if (search.priority !== undefined) fields.push('priority');
  if (search.ownerId !== undefined) fields.push('owner');
  if (search.teamId !== undefined) fields.push('owningTeam');
  if (search.personId !== undefined || search.companyId !== undefined) fields.push('person');
  return fields;
}
