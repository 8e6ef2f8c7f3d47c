/** Storage contract for people and companies. */
import type { Page, PageRequest } from '../shared/types';
import type { Company, Person } from './people';

export interface PeopleRepository {
  getPerson(tenantId: string, id: string): Promise<Person | null>;
  getPeople(tenantId: string, ids: readonly string[]): Promise<Person[]>;
  findPersonByEmail(tenantId: string, email: string): Promise<Person | null>;
  peopleOfCompany(tenantId: string, companyId: string): Promise<Person[]>;
  searchPeople(tenantId: string, text: string[], page: PageRequest): Promise<Page<Person>>;
  createPerson(person: Person): Promise<Person>;
  getCompany(tenantId: string, id: string): Promise<Company | null>;
  getCompanies(tenantId: string, ids: readonly string[]): Promise<Company[]>;
  searchCompanies(tenantId: string, text: string[], page: PageRequest): Promise<Page<Company>>;
  createCompany(company: Company): Promise<Company>;
}
