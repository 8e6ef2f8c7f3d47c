/** People and companies (A2): a case links to a person; a company's cases are found through its people. */

export interface Person {
  id: string;
  tenantId: string;
  name: string;
  email: string | null;
  phone: string | null;
  companyId: string | null;
  searchText: string;
  createdAt: string;
}

export interface Company {
  id: string;
  tenantId: string;
  name: string;
  searchText: string;
  createdAt: string;
}

/** Lower-cased text a people search matches. */
export function personSearchText(p: Pick<Person, 'name' | 'email' | 'phone'>): string {
  return [p.name, p.email ?? '', p.phone ?? ''].join(' ').toLowerCase();
}
