/** Reading and adding people and companies within the caller's tenant. */
import { privilegeDepth, type Caller } from '../access/access';
import { ForbiddenError, NotFoundError, ValidationError } from '../shared/errors';
import type { Clock, Page, PageRequest } from '../shared/types';
import { personSearchText, type Company, type Person } from './people';
import type { PeopleRepository } from './people-repository';

export interface NewPerson {
  name: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  companyId?: string | null | undefined;
}

/** Splits a search box's text into the lower-cased words that must all match. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter((w) => w.length > 0).slice(0, 8);
}

export class PeopleService {
  constructor(
    private readonly repository: PeopleRepository,
    private readonly clock: Clock,
    private readonly newId: () => string,
  ) {}

  search(caller: Caller, q: string | undefined, page: PageRequest): Promise<Page<Person>> {
    return this.repository.searchPeople(caller.tenantId, searchWords(q), page);
  }

  async get(caller: Caller, id: string): Promise<Person> {
    const person = await this.repository.getPerson(caller.tenantId, id);
    if (!person) throw new NotFoundError();
    return person;
  }

  searchCompanies(caller: Caller, q: string | undefined, page: PageRequest): Promise<Page<Company>> {
    return this.repository.searchCompanies(caller.tenantId, searchWords(q), page);
  }

  async getCompany(caller: Caller, id: string): Promise<{ company: Company; people: Person[] }> {
    const company = await this.repository.getCompany(caller.tenantId, id);
    if (!company) throw new NotFoundError();
    return { company, people: await this.repository.peopleOfCompany(caller.tenantId, id) };
  }

  /** Anyone who may write cases may register the person behind one (phone, e-mail intake). */
  async create(caller: Caller, input: NewPerson): Promise<Person> {
    if (!privilegeDepth(caller, 'case', 'write')) throw new ForbiddenError('error.forbidden.writePeople');
    const email = input.email ? input.email.trim().toLowerCase() : null;
    if (input.companyId && !(await this.repository.getCompany(caller.tenantId, input.companyId))) {
      throw new ValidationError([{ path: 'companyId', messageKey: 'issue.unknownCompany' }]);
    }
    if (email && (await this.repository.findPersonByEmail(caller.tenantId, email))) {
      throw new ValidationError([{ path: 'email', messageKey: 'issue.emailTaken' }]);
    }
    const base = { name: input.name.trim(), email, phone: input.phone ?? null };
    return this.repository.createPerson({
      id: this.newId(),
      tenantId: caller.tenantId,
      ...base,
      companyId: input.companyId ?? null,
      searchText: personSearchText(base),
      createdAt: this.clock().toISOString(),
    });
  }

  async createCompany(caller: Caller, name: string): Promise<Company> {
    if (!privilegeDepth(caller, 'case', 'write')) throw new ForbiddenError('error.forbidden.writePeople');
    return this.repository.createCompany({
      id: this.newId(),
      tenantId: caller.tenantId,
      name: name.trim(),
      searchText: name.trim().toLowerCase(),
      createdAt: this.clock().toISOString(),
    });
  }
}
