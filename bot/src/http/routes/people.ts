/** /api/people and /api/companies (A2): a company's cases are found through its people. */
import { presentPerson, presentRecord } from '../presenters';
import { toHttpEtag } from '../etag';
import { json, NO_BODY, NO_PARAMS, userRoute, type Route } from '../route';
import { CompanyCreate, CompanyDetail, CompanyPage, CompanyView, IdParams, PersonCreate, PersonPage, PersonView, SearchQuery } from '../schemas';
import { commonProblems } from './records';
import type { ApiServices } from '../services';
import type { Caller } from '../../domain/access/access';
import type { Person } from '../../domain/people/people';

export function peopleRoutes(s: ApiServices): Route[] {
  const withCompanies = async (caller: Caller, people: Person[]) => {
    const companies = new Map(
      (await s.peopleRepository.getCompanies(caller.tenantId, [...new Set(people.flatMap((p) => (p.companyId ? [p.companyId] : [])))])).map((c) => [c.id, c]),
    );
    return people.map((p) => presentPerson(p, p.companyId ? (companies.get(p.companyId) ?? null) : null));
  };
  return [
    userRoute({
      method: 'get', path: '/api/people', operationId: 'listPeople', summary: 'Search people by name, e-mail or phone', tag: 'people',
      params: NO_PARAMS, query: SearchQuery, body: NO_BODY,
      responses: { 200: { description: 'People', schema: PersonPage }, 400: commonProblems[400], 401: commonProblems[401] },
      handle: async ({ caller, query }) => {
        const page = await s.people.search(caller, query.q, { limit: query.limit, continuation: query.continuation });
        return json(200, { items: await withCompanies(caller, page.items), continuation: page.continuation });
      },
    }),
    userRoute({
      method: 'get', path: '/api/people/{id}', operationId: 'getPerson', summary: 'One person', tag: 'people',
      params: IdParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The person', schema: PersonView }, 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params }) => {
        const [view] = await withCompanies(caller, [await s.people.get(caller, params.id)]);
        return json(200, view);
      },
    }),
    userRoute({
      method: 'post', path: '/api/people', operationId: 'createPerson', summary: 'Register a person (optionally at a company)', tag: 'people',
      params: NO_PARAMS, query: NO_PARAMS, body: PersonCreate,
      responses: { 201: { description: 'Created', schema: PersonView }, ...commonProblems },
      handle: async ({ caller, body }) => {
        const [view] = await withCompanies(caller, [await s.people.create(caller, body)]);
        return json(201, view, { location: `/api/people/${view?.id ?? ''}` });
      },
    }),
    userRoute({
      method: 'get', path: '/api/companies', operationId: 'listCompanies', summary: 'Search companies by name', tag: 'people',
      params: NO_PARAMS, query: SearchQuery, body: NO_BODY,
      responses: { 200: { description: 'Companies', schema: CompanyPage }, 400: commonProblems[400], 401: commonProblems[401] },
      handle: async ({ caller, query }) => {
        const page = await s.people.searchCompanies(caller, query.q, { limit: query.limit, continuation: query.continuation });
        return json(200, { items: page.items.map((c) => ({ id: c.id, name: c.name })), continuation: page.continuation });
      },
    }),
    userRoute({
      method: 'get', path: '/api/companies/{id}', operationId: 'getCompany', summary: 'A company with its people and the cases of those people you may read', tag: 'people',
      params: IdParams, query: NO_PARAMS, body: NO_BODY,
      responses: { 200: { description: 'The company', schema: CompanyDetail }, 401: commonProblems[401], 404: commonProblems[404] },
      handle: async ({ caller, params }) => {
        const { company, people } = await s.people.getCompany(caller, params.id);
        const cases = people.length === 0
          ? { items: [], continuation: null }
          : await s.records.search(caller, { type: 'case', personIds: people.map((p) => p.id) }, { limit: 100 });
        const details = await s.details.describe(caller, cases.items);
        return json(200, {
          id: company.id,
          name: company.name,
          people: people.map((p) => presentPerson(p, company)),
          cases: details.map((d) => ({ ...presentRecord(d, s.publicUrl, s.teamsAppId), etag: toHttpEtag(d.etag) })),
        });
      },
    }),
    userRoute({
      method: 'post', path: '/api/companies', operationId: 'createCompany', summary: 'Register a company', tag: 'people',
      params: NO_PARAMS, query: NO_PARAMS, body: CompanyCreate,
      responses: { 201: { description: 'Created', schema: CompanyView }, ...commonProblems },
      handle: async ({ caller, body }) => {
        const company = await s.people.createCompany(caller, body.name);
        return json(201, { id: company.id, name: company.name }, { location: `/api/companies/${company.id}` });
      },
    }),
  ];
}
