/** Writes the demo data if it is missing; never overwrites what a user changed. */
import type { DirectoryRepository } from '../domain/access/directory-repository';
import { personSearchText } from '../domain/people/people';
import type { PeopleRepository } from '../domain/people/people-repository';
import { searchTextOf, type ServiceRecord } from '../domain/records/record';
import type { CounterRepository, RecordRepository } from '../domain/records/record-repository';
import { defaultBuiltInType, formatNumber, NUMBER_BASE } from '../domain/records/record-type';
import type { RecordTypeRepository } from '../domain/records/record-type-repository';
import { ConflictError } from '../domain/shared/errors';
import type { TimelineRepository } from '../domain/timeline/timeline';
import type { SettingsRepository } from '../domain/settings/settings-repository';
import type { MailRouteRepository } from '../domain/conversations/conversation-repository';
import { defaultSettings } from '../domain/settings/settings';
import { companies, CONTOSO, DEMO_USERS, demoReplyTemplates, FABRIKAM, fabrikamCase, people, records, roles, teams, tenants, users } from './demo-data';
import type { ReplyTemplateRepository } from '../domain/compose/reply-template-repository';
import type { ChatSiteRepository } from '../domain/sessions/ports';
import { demoChatSite } from './demo-data';
import { demoDelegationPolicy } from './demo-data';
import type { DelegationRepository } from '../domain/delegation/ports';

export interface SeedTarget {
  directory: DirectoryRepository;
  records: RecordRepository;
  counters: CounterRepository;
  recordTypes: RecordTypeRepository;
  people: PeopleRepository;
  /** Where each demo record's "created" entry goes (E1), as for a record created in the tab. */
  timeline?: TimelineRepository;
  /** With both, the demo tenant's cases get their support address (H1). */
  settings?: SettingsRepository;
  mailRoutes?: MailRouteRepository;
  /** With it, Contoso gets two demo reply templates (H3). */
  replyTemplates?: ReplyTemplateRepository;
  /** With it, delegation is on in Contoso (J1), unless an admin set the policy already. */
  delegations?: DelegationRepository;
}

/** The demo tenant's support address: mail to it becomes a Contoso case. */
export const DEMO_SUPPORT_ADDRESS = 'support@contoso.example';

/** Gives Contoso's cases the demo support address, unless its case settings already exist. */
async function seedIntake(store: SeedTarget): Promise<void> {
  if (!store.settings || !store.mailRoutes) return;
  if (await store.settings.get(CONTOSO, 'case')) return;
  const settings = defaultSettings('case');
  settings.intake.supportAddress = DEMO_SUPPORT_ADDRESS;
  await ignoreConflict(() => store.mailRoutes?.claim({ address: DEMO_SUPPORT_ADDRESS, tenantId: CONTOSO, recordType: 'case' }) ?? Promise.resolve());
  await ignoreConflict(() => store.settings?.create({ tenantId: CONTOSO, recordType: 'case', settings, revision: 0, lastChange: null }) ?? Promise.resolve());
}

/** Turns delegation on in Contoso (every role) when its policy was never set; an admin's choice stays. */
async function seedDelegationPolicy(store: SeedTarget): Promise<void> {
  if (!store.delegations || (await store.delegations.getPolicy(CONTOSO))) return;
  await ignoreConflict(() => store.delegations?.putPolicy(CONTOSO, demoDelegationPolicy, null) ?? Promise.resolve());
}

async function ignoreConflict(write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
  }
}

/** Seeds the demo tenants. Returns how many records it created (0 on a second run). */
export async function seedDemoData(store: SeedTarget, now: Date = new Date()): Promise<number> {
  await seedIntake(store);
  await seedDelegationPolicy(store);
  if (await store.directory.getUser(CONTOSO, DEMO_USERS.astrid)) return 0;
  // Once, with the rest (a template an admin deleted stays deleted).
  for (const template of demoReplyTemplates) {
    if (!store.replyTemplates) break;
    const at = now.toISOString();
    await ignoreConflict(() => store.replyTemplates?.create({ ...template, tenantId: CONTOSO, createdAt: at, updatedAt: at, updatedBy: DEMO_USERS.astrid }) ?? Promise.resolve());
  }
  for (const tenant of tenants) await store.directory.putTenant(tenant);
  for (const team of teams) await store.directory.putTeam(team);
  for (const role of roles) await store.directory.putRole(role);

  const caseType = defaultBuiltInType(CONTOSO, 'case');
  caseType.customFields = [
    { name: 'contractLevel', kind: 'choice', choices: ['Basic', 'Plus', 'Premium'], labels: { en: 'Contract level', da: 'Aftaleniveau', sv: 'Avtalsnivå' } },
    { name: 'costEstimate', kind: 'number', labels: { en: 'Cost estimate (DKK)', da: 'Omkostningsoverslag (DKK)', sv: 'Kostnadsuppskattning (DKK)' } },
  ];
  caseType.fieldRestrictions = { 'customFields.costEstimate': ['role-manager', 'role-admin'] };
  await ignoreConflict(() => store.recordTypes.create(caseType));

  const created = now.toISOString();
  for (const c of companies) {
    await ignoreConflict(() => store.people.createCompany({ ...c, tenantId: CONTOSO, searchText: c.name.toLowerCase(), createdAt: created }));
  }
  for (const p of people) {
    await ignoreConflict(() => store.people.createPerson({ ...p, tenantId: CONTOSO, searchText: personSearchText(p), createdAt: created }));
  }

  let count = 0;
  const all = [
    ...records.map((r) => ({ ...r, tenantId: CONTOSO })),
    { ...fabrikamCase, tenantId: FABRIKAM, type: 'case' as const, status: 'active' as const, priority: 'high' as const, team: 'team-fab', person: null, description: 'Line 2 stopped at 06:10.' },
  ];
  for (const [index, r] of all.entries()) {
    if (await store.records.get(r.tenantId, r.id)) continue;
    const prefix = defaultBuiltInType(r.tenantId, r.type).prefix;
    const number = formatNumber(prefix, NUMBER_BASE + (await store.counters.next(r.tenantId, `record:${r.type}`)));
    const at = new Date(now.getTime() - (all.length - index) * 3_600_000).toISOString();
    const ownerId = r.owner ? DEMO_USERS[r.owner] : null;
    const customFields: ServiceRecord['customFields'] = {};
    if ('contractLevel' in r && r.contractLevel) customFields.contractLevel = r.contractLevel;
    if ('costEstimate' in r && r.costEstimate !== undefined) customFields.costEstimate = r.costEstimate;
    const record: ServiceRecord = {
      id: r.id, tenantId: r.tenantId, type: r.type, number, title: r.title, description: r.description,
      status: r.status, priority: r.priority, ownerId, owningTeamId: r.team, personId: r.person, customFields,
      createdAt: at, updatedAt: at, createdBy: ownerId ?? DEMO_USERS.astrid, updatedBy: ownerId ?? DEMO_USERS.astrid, searchText: '',
    };
    record.searchText = searchTextOf(record);
    await ignoreConflict(() => store.records.create(record));
    await store.timeline?.append({ id: 'created', tenantId: record.tenantId, recordId: record.id, kind: 'recordCreated', at: record.createdAt, actorId: record.createdBy, chatId: null, chatName: null });
    count++;
  }
  // Users last: their presence marks a complete seed.
  for (const u of users) await store.directory.putUser(u);
  return count;
}

/**
 * The demo tenant's chat site `web` (I1–I7), allowed on `origins` (this server's own, known once it
 * listens): made when missing; an existing one only gains origins it lacks (a restart on another port).
 */
export async function seedDemoChatSite(sites: ChatSiteRepository, origins: readonly string[]): Promise<void> {
  const wanted = demoChatSite(origins);
  const existing = await sites.get(wanted.tenantId, wanted.id);
  if (!existing) {
    await sites.put(wanted);
    return;
  }
  const missing = origins.filter((o) => !existing.allowedOrigins.includes(o));
  if (missing.length > 0) await sites.put({ ...existing, allowedOrigins: [...existing.allowedOrigins, ...missing].slice(-20) });
}
