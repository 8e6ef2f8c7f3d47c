/**
 * H1: who wrote — the person with the sender's address, or a new one; their company by the mail
 * domain only when exactly one company has people at that domain (and it is not a freemail domain).
 */
import { createHash } from 'node:crypto';
import type { MailAddress } from '../conversations/conversation';
import type { PeopleRepository } from '../people/people-repository';
import { personSearchText, type Person } from '../people/people';
import { ConflictError } from '../shared/errors';
import { domainOf, FREEMAIL_DOMAINS } from './classify';

/** The id a person created by intake gets: one per address, so two racing mails make one person. */
export function intakePersonId(tenantId: string, address: string): string {
  return `p-${createHash('sha256').update(`${tenantId}\n${address.toLowerCase()}`).digest('hex').slice(0, 32)}`;
}

/** A display name for an address without one: `anna.berg@x.dk` → `Anna Berg`. */
export function nameFromAddress(address: string): string {
  const local = address.split('@')[0] ?? address;
  const words = local.split(/[._\-+]+/).filter((w) => w.length > 0 && !/^\d+$/.test(w));
  if (words.length === 0) return address;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export async function identifyPerson(people: PeopleRepository, tenantId: string, sender: MailAddress, now: string): Promise<Person> {
  const address = sender.address.toLowerCase();
  const known = await people.findPersonByEmail(tenantId, address);
  if (known) return known;
  const base = { name: sender.name.trim() || nameFromAddress(address), email: address, phone: null };
  const person: Person = {
    id: intakePersonId(tenantId, address),
    tenantId,
    ...base,
    companyId: await companyByDomain(people, tenantId, domainOf(address)),
    searchText: personSearchText(base),
    createdAt: now,
  };
  try {
    return await people.createPerson(person);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return (await people.getPerson(tenantId, person.id)) ?? person;
  }
}

/** The one company whose people use this domain, or null when none, several, or a freemail domain. */
export async function companyByDomain(people: PeopleRepository, tenantId: string, domain: string): Promise<string | null> {
  if (FREEMAIL_DOMAINS.has(domain) || domain === '') return null;
  const page = await people.searchPeople(tenantId, [`@${domain}`], { limit: 100 });
  const companies = new Set(page.items.filter((p) => p.email !== null && domainOf(p.email) === domain).map((p) => p.companyId));
  if (companies.size !== 1) return null;
  const [only] = [...companies];
  return only ?? null;
}
