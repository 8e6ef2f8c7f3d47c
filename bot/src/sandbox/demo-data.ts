/**
 * Local mode's demo data: two tenants (Contoso with two teams and eight people in every role,
 * and Fabrikam to show tenant isolation), roles, people and companies, cases and work orders.
 * Ids are fixed so seeding is idempotent.
 */
import type { Role, Team, Tenant, User } from '../domain/access/access';
import type { RecordPriority, RecordStatus } from '../domain/records/record';
import type { ChatSite } from '../domain/sessions/session';
import type { DelegationPolicy } from '../domain/delegation/delegation';

export const CONTOSO = 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b';
export const FABRIKAM = 'f4b1c2d3-8e9f-4a0b-9c1d-2e3f4a5b6c7d';

const uid = (n: number) => `a5e1d0c2-0000-4a00-8000-${String(n).padStart(12, '0')}`;

export const DEMO_USERS = {
  astrid: uid(1),
  mads: uid(2),
  sofie: uid(3),
  erik: uid(4),
  ingrid: uid(5),
  lars: uid(6),
  karin: uid(7),
  oskar: uid(8),
  nora: uid(101),
} as const;

export const tenants: Tenant[] = [
  // Contoso works across Denmark and Sweden: English between the two, each team its own language.
  { id: CONTOSO, name: 'Contoso Service', language: 'en' },
  { id: FABRIKAM, name: 'Fabrikam', language: 'en' },
];

export const teams: Team[] = [
  { id: 'team-dk', tenantId: CONTOSO, name: 'Kundeservice DK', language: 'da' },
  { id: 'team-se', tenantId: CONTOSO, name: 'Kundtjänst SE', language: 'sv' },
  { id: 'team-fab', tenantId: FABRIKAM, name: 'Fabrikam Support' },
];

export const roles: Role[] = [
  {
    id: 'role-admin', tenantId: CONTOSO, name: 'Administrator', isAdmin: true,
    privileges: { '*': { read: 'tenant', write: 'tenant', assign: 'tenant', disconnectChat: 'tenant', listen: 'tenant' } },
  },
  {
    id: 'role-agent', tenantId: CONTOSO, name: 'Agent', isAdmin: false,
    privileges: {
      case: { read: 'tenant', write: 'team', assign: 'team' },
      workorder: { read: 'tenant', write: 'team', assign: 'own' },
      account: { read: 'tenant', write: 'own' },
      contact: { read: 'tenant', write: 'own' },
      knowledgearticle: { read: 'tenant', write: 'own' },
    },
  },
  {
    id: 'role-expert', tenantId: CONTOSO, name: 'Expert', isAdmin: false,
    privileges: { '*': { read: 'tenant' }, case: { read: 'tenant', write: 'tenant' }, knowledgearticle: { read: 'tenant', write: 'tenant' } },
  },
  {
    id: 'role-manager', tenantId: CONTOSO, name: 'Manager', isAdmin: false,
    privileges: { '*': { read: 'tenant', write: 'tenant', assign: 'tenant', disconnectChat: 'tenant', listen: 'tenant' } },
  },
  {
    id: 'role-reader', tenantId: CONTOSO, name: 'Reader', isAdmin: false,
    privileges: { case: { read: 'tenant' }, knowledgearticle: { read: 'tenant' } },
  },
  {
    id: 'role-fab-admin', tenantId: FABRIKAM, name: 'Administrator', isAdmin: true,
    privileges: { '*': { read: 'tenant', write: 'tenant', assign: 'tenant', disconnectChat: 'tenant', listen: 'tenant' } },
  },
];

const user = (id: string, tenantId: string, displayName: string, email: string, teamIds: string[], roleIds: string[], locale: string): User => ({
  id, tenantId, displayName, email, teamIds, roleIds, locale,
});

export const users: User[] = [
  user(DEMO_USERS.astrid, CONTOSO, 'Astrid Holm', 'astrid@contoso.example', ['team-dk'], ['role-admin', 'role-agent'], 'da-DK'),
  user(DEMO_USERS.mads, CONTOSO, 'Mads Nielsen', 'mads@contoso.example', ['team-dk'], ['role-agent'], 'da-DK'),
  user(DEMO_USERS.sofie, CONTOSO, 'Sofie Kristensen', 'sofie@contoso.example', ['team-dk'], ['role-agent'], 'da-DK'),
  user(DEMO_USERS.erik, CONTOSO, 'Erik Lindqvist', 'erik@contoso.example', ['team-se'], ['role-agent'], 'sv-SE'),
  user(DEMO_USERS.ingrid, CONTOSO, 'Ingrid Johansson', 'ingrid@contoso.example', ['team-se'], ['role-expert'], 'sv-SE'),
  user(DEMO_USERS.lars, CONTOSO, 'Lars Andersen', 'lars@contoso.example', ['team-dk'], ['role-manager'], 'da-DK'),
  user(DEMO_USERS.karin, CONTOSO, 'Karin Berg', 'karin@contoso.example', ['team-se'], ['role-manager'], 'sv-SE'),
  user(DEMO_USERS.oskar, CONTOSO, 'Oskar Svensson', 'oskar@contoso.example', ['team-se'], ['role-reader'], 'sv-SE'),
  user(DEMO_USERS.nora, FABRIKAM, 'Nora Hansen', 'nora@fabrikam.example', ['team-fab'], ['role-fab-admin'], 'en-US'),
];

export const companies = [
  { id: 'co-nordlys', name: 'Nordlys A/S' },
  { id: 'co-fjord', name: 'Fjord Logistik ApS' },
  { id: 'co-vasa', name: 'Vasa Bygg AB' },
  { id: 'co-sundsvall', name: 'Sundsvall Energi AB' },
  { id: 'co-oresund', name: 'Øresund Medical' },
];

export const people = [
  { id: 'p-01', name: 'Jens Sørensen', email: 'jens.sorensen@nordlys.example', phone: '+45 20 11 22 33', companyId: 'co-nordlys' },
  { id: 'p-02', name: 'Mette Rasmussen', email: 'mette@nordlys.example', phone: '+45 31 44 55 66', companyId: 'co-nordlys' },
  { id: 'p-03', name: 'Henrik Madsen', email: 'henrik@fjordlogistik.example', phone: '+45 40 12 34 56', companyId: 'co-fjord' },
  { id: 'p-04', name: 'Camilla Thomsen', email: 'camilla@fjordlogistik.example', phone: null, companyId: 'co-fjord' },
  { id: 'p-05', name: 'Anders Nilsson', email: 'anders.nilsson@vasabygg.example', phone: '+46 70 123 45 67', companyId: 'co-vasa' },
  { id: 'p-06', name: 'Maja Karlsson', email: 'maja@vasabygg.example', phone: '+46 73 987 65 43', companyId: 'co-vasa' },
  { id: 'p-07', name: 'Johan Persson', email: 'johan@sundsvallenergi.example', phone: '+46 60 55 44 33', companyId: 'co-sundsvall' },
  { id: 'p-08', name: 'Elin Gustafsson', email: 'elin@sundsvallenergi.example', phone: null, companyId: 'co-sundsvall' },
  { id: 'p-09', name: 'Søren Bach', email: 'soren@oresundmedical.example', phone: '+45 26 78 90 12', companyId: 'co-oresund' },
  { id: 'p-10', name: 'Freja Lund', email: 'freja.lund@example.dk', phone: '+45 51 23 45 67', companyId: null },
  { id: 'p-11', name: 'Björn Ek', email: 'bjorn.ek@example.se', phone: '+46 70 765 43 21', companyId: null },
  { id: 'p-12', name: 'Line Poulsen', email: 'line@oresundmedical.example', phone: null, companyId: 'co-oresund' },
];

type DemoRecord = { id: string; type: 'case' | 'workorder' | 'knowledgearticle'; title: string; status: RecordStatus; priority: RecordPriority; owner: keyof typeof DEMO_USERS | null; team: string; person: string | null; description: string; contractLevel?: string; costEstimate?: number };

const caseTitles: Array<[string, RecordStatus, RecordPriority, keyof typeof DEMO_USERS | null, string, string | null]> = [
  ['Printer offline on 3rd floor', 'active', 'high', 'mads', 'team-dk', 'p-01'],
  ['Faktura mangler på ordre 4471', 'new', 'normal', null, 'team-dk', 'p-02'],
  ['VPN disconnects every 10 minutes', 'active', 'urgent', 'sofie', 'team-dk', 'p-03'],
  ['Levering forsinket til Aarhus', 'waiting', 'normal', 'mads', 'team-dk', 'p-04'],
  ['Fakturan har fel momssats', 'active', 'high', 'erik', 'team-se', 'p-05'],
  ['Byggställning levererad till fel adress', 'new', 'normal', null, 'team-se', 'p-06'],
  ['Smart meter reports zero usage', 'active', 'high', 'erik', 'team-se', 'p-07'],
  ['Strömavbrott i Sundsvall centrum', 'resolved', 'urgent', 'karin', 'team-se', 'p-08'],
  ['Scanner firmware update fails', 'active', 'normal', 'sofie', 'team-dk', 'p-09'],
  ['Adgangskort virker ikke', 'new', 'low', null, 'team-dk', 'p-10'],
  ['Kan inte logga in i kundportalen', 'active', 'normal', 'erik', 'team-se', 'p-11'],
  ['Sterilisator viser fejlkode E42', 'active', 'urgent', 'mads', 'team-dk', 'p-12'],
  ['Order confirmation e-mails not arriving', 'waiting', 'normal', 'sofie', 'team-dk', 'p-01'],
  ['Ønsker opsigelse af serviceaftale', 'new', 'low', null, 'team-dk', 'p-02'],
  ['Container tracking shows wrong port', 'active', 'normal', 'mads', 'team-dk', 'p-03'],
  ['Garantiärende: sprucken fönsterruta', 'waiting', 'normal', 'erik', 'team-se', 'p-05'],
  ['Solar inverter offline since Monday', 'active', 'high', 'karin', 'team-se', 'p-07'],
  ['Ny medarbejder skal have adgang', 'closed', 'low', 'sofie', 'team-dk', 'p-09'],
  ['Label printer prints blank labels', 'resolved', 'normal', 'mads', 'team-dk', 'p-04'],
  ['Fel namn på faktura', 'closed', 'low', 'erik', 'team-se', 'p-06'],
  ['Heat pump makes grinding noise', 'active', 'high', 'erik', 'team-se', 'p-08'],
  ['Spørgsmål om databehandleraftale', 'new', 'normal', null, 'team-dk', 'p-12'],
  ['Mobile app crashes on login', 'active', 'urgent', 'sofie', 'team-dk', 'p-10'],
  ['Beställd offert har inte kommit', 'new', 'normal', null, 'team-se', 'p-11'],
  ['Pallet scanner reads wrong barcode', 'resolved', 'normal', 'lars', 'team-dk', 'p-03'],
  ['Kalibrering af måleudstyr', 'waiting', 'high', 'mads', 'team-dk', 'p-09'],
  ['Elmätare visar fel datum', 'active', 'low', 'karin', 'team-se', 'p-07'],
  ['Password reset link expired', 'closed', 'low', 'sofie', 'team-dk', 'p-01'],
  ['Leverans saknar följesedel', 'active', 'normal', 'erik', 'team-se', 'p-05'],
  ['Escalation: repeated outage at hospital site', 'active', 'urgent', 'lars', 'team-dk', 'p-12'],
];

export const records: DemoRecord[] = [
  ...caseTitles.map(([title, status, priority, owner, team, person], i): DemoRecord => ({
    id: `case-${String(i + 1).padStart(3, '0')}`, type: 'case', title, status, priority, owner, team, person,
    description: `${title}. Reported by the customer; see the conversation for details.`,
    contractLevel: ['Basic', 'Plus', 'Premium'][i % 3],
    costEstimate: 500 + ((i * 137) % 4000),
  })),
  { id: 'wo-001', type: 'workorder', title: 'Replace toner and fuser, 3rd floor printer', status: 'active', priority: 'high', owner: 'mads', team: 'team-dk', person: null, description: 'On-site visit booked for Thursday.' },
  { id: 'wo-002', type: 'workorder', title: 'Installera ny växelriktare', status: 'new', priority: 'normal', owner: 'erik', team: 'team-se', person: null, description: 'Technician with a lift needed.' },
  { id: 'wo-003', type: 'workorder', title: 'Service af sterilisator', status: 'waiting', priority: 'urgent', owner: 'sofie', team: 'team-dk', person: null, description: 'Waiting for spare part E42-B.' },
  { id: 'wo-004', type: 'workorder', title: 'Byt elmätare hos kund', status: 'resolved', priority: 'normal', owner: 'karin', team: 'team-se', person: null, description: 'Meter replaced, reading confirmed.' },
  { id: 'ka-001', type: 'knowledgearticle', title: 'How to reset the VPN client', status: 'active', priority: 'normal', owner: 'ingrid', team: 'team-se', person: null, description: 'Step-by-step guide.' },
  { id: 'ka-002', type: 'knowledgearticle', title: 'Fejlkoder på sterilisatorer', status: 'active', priority: 'normal', owner: 'ingrid', team: 'team-se', person: null, description: 'Oversigt over fejlkoder og løsninger.' },
];

export const fabrikamCase = { id: 'fab-case-001', title: 'Fabrikam: conveyor belt stopped', owner: 'nora' as const };

/** J1: delegation is on in Contoso for every role (Fabrikam never set it: off, the default). */
export const demoDelegationPolicy: DelegationPolicy = { enabled: true, delegatorRoleIds: [], delegateRoleIds: [] };

/** H3: two reply templates for Contoso, with placeholders, in every language. */
export const demoReplyTemplates = [
  {
    id: 'tpl-thanks', name: 'Thanks — we are on it',
    texts: {
      en: { subject: 'We are working on {{record.number}}', body: 'Dear {{person.name}},\n\nThank you for your message about "{{record.title}}". We are looking into it and will be back to you shortly.\n\nKind regards,\n{{agent.name}}' },
      da: { subject: 'Vi arbejder på {{record.number}}', body: 'Kære {{person.name}}\n\nTak for din henvendelse om "{{record.title}}". Vi undersøger sagen og vender snart tilbage.\n\nMed venlig hilsen\n{{agent.name}}' },
      sv: { subject: 'Vi arbetar med {{record.number}}', body: 'Hej {{person.name}},\n\nTack för ditt meddelande om "{{record.title}}". Vi undersöker saken och återkommer snart.\n\nVänliga hälsningar\n{{agent.name}}' },
    },
  },
  {
    id: 'tpl-solved', name: 'Solved — please confirm',
    texts: {
      en: { body: 'Hi {{person.firstName}},\n\nWe believe case {{record.number}} is solved. Please reply to this e-mail if anything is still not working.\n\n{{agent.name}}' },
      da: { body: 'Hej {{person.firstName}}\n\nVi mener, at sag {{record.number}} er løst. Svar blot på denne e-mail, hvis noget stadig ikke virker.\n\n{{agent.name}}' },
      sv: { body: 'Hej {{person.firstName}},\n\nVi tror att ärende {{record.number}} är löst. Svara på det här mejlet om något fortfarande inte fungerar.\n\n{{agent.name}}' },
    },
  },
];

/** The demo tenant's web chat site (I1–I7): team-dk answers it in Danish, always open, on this server's own pages. */
export function demoChatSite(origins: readonly string[]): ChatSite {
  return {
    id: 'web', tenantId: CONTOSO, name: 'Contoso web chat', teamId: 'team-dk', recordType: 'case', allowedOrigins: [...new Set(origins)],
    language: 'da', openingHours: null, agentCapacity: 3, identitySecret: null,
  };
}
