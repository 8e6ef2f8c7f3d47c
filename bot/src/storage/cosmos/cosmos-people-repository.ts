/** People and companies in the `people` container, partitioned by [tenantId, id]. */
import type { Container, SqlParameter } from '@azure/cosmos';
import type { Company, Person } from '../../domain/people/people';
import type { PeopleRepository } from '../../domain/people/people-repository';
import type { Page, PageRequest } from '../../domain/shared/types';
import { createItem, pointRead, queryAll, queryPage } from './cosmos-helpers';

type PersonItem = Person & { docType: 'person' };
type CompanyItem = Company & { docType: 'company' };

function textQuery(docType: 'person' | 'company', words: string[]): { query: string; parameters: SqlParameter[] } {
  const parameters: SqlParameter[] = [{ name: '@docType', value: docType }];
  const where = ['c.tenantId = @tenantId', 'c.docType = @docType'];
  words.forEach((word, i) => {
    parameters.push({ name: `@w${i}`, value: word });
    where.push(`CONTAINS(c.searchText, @w${i})`);
  });
  return { query: `SELECT * FROM c WHERE ${where.join(' AND ')} ORDER BY c.name`, parameters };
}

export class CosmosPeopleRepository implements PeopleRepository {
  constructor(private readonly container: Container) {}

  private async byIds<T extends Person | Company>(tenantId: string, ids: readonly string[], docType: 'person' | 'company'): Promise<T[]> {
    if (ids.length === 0) return [];
    if (ids.length === 1 && ids[0] !== undefined) {
      // One id (a record's page): a point read is far cheaper than a query.
      const one = await pointRead<T & { docType: string }>(this.container, ids[0], [tenantId, ids[0]]);
      return one && one.value.docType === docType ? [one.value] : [];
    }
    return queryAll<T>(this.container, 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.docType = @docType AND ARRAY_CONTAINS(@ids, c.id)', [
      { name: '@docType', value: docType },
      { name: '@ids', value: [...ids] },
    ], [tenantId]);
  }

  async getPerson(tenantId: string, id: string): Promise<Person | null> {
    const found = await pointRead<PersonItem>(this.container, id, [tenantId, id]);
    return found?.value.docType === 'person' ? found.value : null;
  }

  getPeople(tenantId: string, ids: readonly string[]): Promise<Person[]> {
    return this.byIds<Person>(tenantId, ids, 'person');
  }

  async findPersonByEmail(tenantId: string, email: string): Promise<Person | null> {
    const found = await queryAll<Person>(this.container, "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.docType = 'person' AND c.email = @email", [{ name: '@email', value: email }], [tenantId]);
    return found[0] ?? null;
  }

  peopleOfCompany(tenantId: string, companyId: string): Promise<Person[]> {
    return queryAll<Person>(this.container, "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.docType = 'person' AND c.companyId = @company ORDER BY c.name", [{ name: '@company', value: companyId }], [tenantId]);
  }

  searchPeople(tenantId: string, words: string[], page: PageRequest): Promise<Page<Person>> {
    const { query, parameters } = textQuery('person', words);
    return queryPage<Person>(this.container, query, parameters, [tenantId], page);
  }

  async createPerson(person: Person): Promise<Person> {
    return (await createItem<PersonItem>(this.container, { ...person, docType: 'person' })).value;
  }

  async getCompany(tenantId: string, id: string): Promise<Company | null> {
    const found = await pointRead<CompanyItem>(this.container, id, [tenantId, id]);
    return found?.value.docType === 'company' ? found.value : null;
  }

  getCompanies(tenantId: string, ids: readonly string[]): Promise<Company[]> {
    return this.byIds<Company>(tenantId, ids, 'company');
  }

  searchCompanies(tenantId: string, words: string[], page: PageRequest): Promise<Page<Company>> {
    const { query, parameters } = textQuery('company', words);
    return queryPage<Company>(this.container, query, parameters, [tenantId], page);
  }

  async createCompany(company: Company): Promise<Company> {
    return (await createItem<CompanyItem>(this.container, { ...company, docType: 'company' })).value;
  }
}
