/** In-memory implementations of every repository interface (domain tests, contract suite). */
import { depthReaches, type Caller, type Role, type Team, type Tenant, type User } from '../../domain/access/access';
import type { DirectoryRepository } from '../../domain/access/directory-repository';
import type { Company, Person } from '../../domain/people/people';
import type { PeopleRepository } from '../../domain/people/people-repository';
import type { RecordFilter, ServiceRecord } from '../../domain/records/record';
import type { CounterRepository, ListingCaller, RecordRepository, SimilarCandidateQuery } from '../../domain/records/record-repository';
import type { PostponedRecords } from '../../domain/actions/postpone-sweep';
import type { RecordType } from '../../domain/records/record-type';
import type { RecordTypeRepository } from '../../domain/records/record-type-repository';
import type { SettingsDocument } from '../../domain/settings/settings';
import type { AuditEntry, AuditRepository, SettingsRepository } from '../../domain/settings/settings-repository';
import type { Page, PageRequest, Versioned } from '../../domain/shared/types';
import type { ChatRepository, ChatState, LastMessage } from '../../domain/chats/chat-repository';
import type { ChatConnection } from '../../domain/chats/connection';
import type { CreateChatOperation, OperationRepository } from '../../domain/chats/operation';
import type { TimelineEntry, TimelineKind, TimelineRepository } from '../../domain/timeline/timeline';
import type { TranscriptMessage, TranscriptRepository } from '../../domain/transcripts/transcript';
import { PreconditionFailedError } from '../../domain/shared/errors';
import { matchesWords, MemoryTable, pageOf } from './memory-table';
import { matchesRecordFilter, rankTier, withoutTerms } from './memory-record-search';
import { memoryDoneTerms, memorySimilarCandidates, memoryTermFrequencies } from './memory-similar-cases';

const key = (...parts: string[]) => parts.join('\u0000');

export class MemoryDirectoryRepository implements DirectoryRepository {
  private readonly tenants = new MemoryTable<Tenant>();
  private readonly users = new MemoryTable<User>();
  private readonly teams = new MemoryTable<Team>();
  private readonly roles = new MemoryTable<Role>();

  async getTenant(tenantId: string) { return this.tenants.get(tenantId)?.value ?? null; }
  async putTenant(tenant: Tenant) { this.tenants.set(tenant.id, tenant); }
  async getUser(tenantId: string, userId: string) { return this.users.get(key(tenantId, userId))?.value ?? null; }
  async getUsers(tenantId: string, ids: readonly string[]) { return this.users.values().map((v) => v.value).filter((u) => u.tenantId === tenantId && ids.includes(u.id)); }
  async listUsers(tenantId: string) { return this.users.values().map((v) => v.value).filter((u) => u.tenantId === tenantId); }
  async searchUsers(tenantId: string, words: readonly string[], limit: number) {
    return (await this.listUsers(tenantId)).filter((u) => matchesWords(`${u.displayName} ${u.email}`.toLowerCase(), words)).sort((a, b) => a.displayName.localeCompare(b.displayName)).slice(0, limit);
  }
  async teamMembers(tenantId: string, teamId: string, limit: number) {
    return (await this.listUsers(tenantId)).filter((u) => u.teamIds.includes(teamId)).sort((a, b) => a.displayName.localeCompare(b.displayName)).slice(0, limit);
  }
  async putUser(user: User) { this.users.set(key(user.tenantId, user.id), user); }
  async getTeams(tenantId: string, ids: readonly string[]) { return this.teams.values().map((v) => v.value).filter((t) => t.tenantId === tenantId && ids.includes(t.id)); }
  async listTeams(tenantId: string) { return this.teams.values().map((v) => v.value).filter((t) => t.tenantId === tenantId); }
  async putTeam(team: Team) { this.teams.set(key(team.tenantId, team.id), team); }
  async listRoles(tenantId: string) { return this.roles.values().map((v) => v.value).filter((r) => r.tenantId === tenantId); }
  async putRole(role: Role) { this.roles.set(key(role.tenantId, role.id), role); }
  async listAllUsers() { return this.users.values().map((v) => v.value); }
}

export class MemoryRecordRepository implements RecordRepository, PostponedRecords {
  private readonly table = new MemoryTable<ServiceRecord>();

  async get(tenantId: string, id: string) { return this.table.get(key(tenantId, id)); }
  async create(record: ServiceRecord) { return this.table.create(key(record.tenantId, record.id), record); }
  async replace(record: ServiceRecord, etag: string) { return this.table.replace(key(record.tenantId, record.id), record, etag); }
  async delete(tenantId: string, id: string, etag?: string): Promise<void> {
    const found = this.table.get(key(tenantId, id));
    if (found && etag !== undefined && found.etag !== etag) throw new PreconditionFailedError();
    this.table.delete(key(tenantId, id));
  }
  async getByNumber(tenantId: string, number: string) { return this.table.values().find((r) => r.value.tenantId === tenantId && r.value.number === number) ?? null; }

  async search(tenantId: string, filter: RecordFilter, caller: ListingCaller, page: PageRequest): Promise<Page<Versioned<ServiceRecord>>> {
    const asCaller: Caller = { tenantId, user: { id: caller.userId, tenantId, displayName: '', email: '', teamIds: caller.teamIds, roleIds: [] }, roles: [] };
    const ranked = this.table
      .values()
      .filter(({ value: r }) => r.tenantId === tenantId && caller.scopes.some((s) => s.type === r.type && depthReaches(asCaller, r, s.depth)) && (!filter.type || r.type === filter.type) && matchesRecordFilter(r, filter))
      .map((item) => ({ item, tier: filter.query ? rankTier(item.value, filter.query) : 2 }))
      .filter((x) => x.tier >= 0)
      .sort((a, b) => a.tier - b.tier || (filter.order === 'oldest' ? a.item.value.createdAt.localeCompare(b.item.value.createdAt) : b.item.value.updatedAt.localeCompare(a.item.value.updatedAt)))
      .map(({ item }) => ({ value: withoutTerms(item.value), etag: item.etag }));
    return pageOf(ranked, page);
  }

  async termFrequencies(tenantId: string, query: Omit<SimilarCandidateQuery, 'description' | 'excludeId'>) {
    return memoryTermFrequencies(this.table.values().map((v) => v.value), tenantId, query);
  }

  async similarCandidates(tenantId: string, query: SimilarCandidateQuery, caller: ListingCaller, limit: number) {
    return memorySimilarCandidates(this.table.values().map((v) => v.value), tenantId, query, caller, limit);
  }

  async doneTerms(tenantId: string, query: Pick<SimilarCandidateQuery, 'type' | 'statuses'>, continuation: string | null, limit: number) {
    return memoryDoneTerms(this.table.values().map((v) => v.value), tenantId, query, continuation, limit);
  }

  async count(tenantId: string, common: RecordFilter, filters: readonly RecordFilter[], caller: ListingCaller): Promise<number[]> {
    const asCaller: Caller = { tenantId, user: { id: caller.userId, tenantId, displayName: '', email: '', teamIds: caller.teamIds, roleIds: [] }, roles: [] };
    const reachable = this.table.values().map((v) => v.value).filter((r) => r.tenantId === tenantId && caller.scopes.some((s) => s.type === r.type && depthReaches(asCaller, r, s.depth)));
    const inCommon = reachable.filter((r) => (!common.type || r.type === common.type) && matchesRecordFilter(r, common));
    return filters.map((f) => inCommon.filter((r) => (!f.type || r.type === f.type) && matchesRecordFilter(r, f)).length);
  }

  async unindexed(version: number, limit: number) {
    return this.table.values().filter((r) => !r.value.terms || (r.value.searchVersion ?? 0) < version).slice(0, limit);
  }

  /** PostponedRecords (H3 postpone sweep): waiting records of any tenant whose postponement has passed. */
  async due(now: string, limit: number) {
    return this.table.values().filter((r) => r.value.status === 'waiting' && typeof r.value.postponedUntil === 'string' && r.value.postponedUntil <= now).slice(0, limit);
  }
}

export class MemoryCounterRepository implements CounterRepository {
  private readonly counters = new Map<string, number>();
  async next(tenantId: string, name: string) {
    const value = (this.counters.get(key(tenantId, name)) ?? 0) + 1;
    this.counters.set(key(tenantId, name), value);
    return value;
  }
}

export class MemoryRecordTypeRepository implements RecordTypeRepository {
  private readonly table = new MemoryTable<RecordType>();
  async list(tenantId: string) { return this.table.values().filter((v) => v.value.tenantId === tenantId); }
  async get(tenantId: string, id: string) { return this.table.get(key(tenantId, id)); }
  async create(type: RecordType) { return this.table.create(key(type.tenantId, type.id), type); }
}

export class MemorySettingsRepository implements SettingsRepository {
  private readonly table = new MemoryTable<SettingsDocument>();
  async get(tenantId: string, recordType: string) { return this.table.get(key(tenantId, recordType)); }
  async create(doc: SettingsDocument) { return this.table.create(key(doc.tenantId, doc.recordType), doc); }
  async replace(doc: SettingsDocument, etag: string) { return this.table.replace(key(doc.tenantId, doc.recordType), doc, etag); }
}

export class MemoryAuditRepository implements AuditRepository {
  private readonly entries = new Map<string, AuditEntry>();
  async put(entries: readonly AuditEntry[]) {
    let created = 0;
    for (const e of entries) {
      if (this.entries.has(key(e.tenantId, e.subject, e.id))) continue;
      this.entries.set(key(e.tenantId, e.subject, e.id), structuredClone(e));
      created++;
    }
    return created;
  }
  async has(tenantId: string, subject: string, id: string) { return this.entries.has(key(tenantId, subject, id)); }
  async list(tenantId: string, subject: string, page: PageRequest) {
    const items = [...this.entries.values()].filter((e) => e.tenantId === tenantId && e.subject === subject).sort((a, b) => b.at.localeCompare(a.at));
    return pageOf(items, page);
  }
}

export class MemoryPeopleRepository implements PeopleRepository {
  private readonly people = new MemoryTable<Person>();
  private readonly companies = new MemoryTable<Company>();
  private allPeople(tenantId: string) { return this.people.values().map((v) => v.value).filter((p) => p.tenantId === tenantId); }
  private allCompanies(tenantId: string) { return this.companies.values().map((v) => v.value).filter((c) => c.tenantId === tenantId); }

  async getPerson(tenantId: string, id: string) { return this.people.get(key(tenantId, id))?.value ?? null; }
  async getPeople(tenantId: string, ids: readonly string[]) { return this.allPeople(tenantId).filter((p) => ids.includes(p.id)); }
  async findPersonByEmail(tenantId: string, email: string) { return this.allPeople(tenantId).find((p) => p.email === email) ?? null; }
  async peopleOfCompany(tenantId: string, companyId: string) { return this.allPeople(tenantId).filter((p) => p.companyId === companyId).sort((a, b) => a.name.localeCompare(b.name)); }
  async searchPeople(tenantId: string, words: string[], page: PageRequest) { return pageOf(this.allPeople(tenantId).filter((p) => matchesWords(p.searchText, words)).sort((a, b) => a.name.localeCompare(b.name)), page); }
  async createPerson(person: Person) { return this.people.create(key(person.tenantId, person.id), person).value; }
  async getCompany(tenantId: string, id: string) { return this.companies.get(key(tenantId, id))?.value ?? null; }
  async getCompanies(tenantId: string, ids: readonly string[]) { return this.allCompanies(tenantId).filter((c) => ids.includes(c.id)); }
  async searchCompanies(tenantId: string, words: string[], page: PageRequest) { return pageOf(this.allCompanies(tenantId).filter((c) => matchesWords(c.searchText, words)).sort((a, b) => a.name.localeCompare(b.name)), page); }
  async createCompany(company: Company) { return this.companies.create(key(company.tenantId, company.id), company).value; }
}

export class MemoryChatRepository implements ChatRepository {
  private readonly connections = new Map<string, ChatConnection>();
  private readonly states = new MemoryTable<ChatState>();
  private all(tenantId: string) { return [...this.connections.values()].filter((c) => c.tenantId === tenantId).map((c) => structuredClone(c)); }
  async connectionsOfRecord(tenantId: string, recordId: string) { return this.all(tenantId).filter((c) => c.recordId === recordId).sort((a, b) => a.connectedAt.localeCompare(b.connectedAt)); }
  async connectionsOfChat(tenantId: string, chatId: string) { return this.all(tenantId).filter((c) => c.chatId === chatId); }
  async connectionsOfChats(tenantId: string, chatIds: readonly string[]) { return this.all(tenantId).filter((c) => chatIds.includes(c.chatId)); }
  async getConnection(tenantId: string, chatId: string, recordId: string) { return structuredClone(this.connections.get(key(tenantId, chatId, recordId)) ?? null); }
  async addConnection(c: ChatConnection) {
    if (this.connections.has(key(c.tenantId, c.chatId, c.recordId))) return false;
    this.connections.set(key(c.tenantId, c.chatId, c.recordId), structuredClone(c));
    return true;
  }
  async removeConnection(tenantId: string, chatId: string, recordId: string) { return this.connections.delete(key(tenantId, chatId, recordId)); }
  async getChatState(tenantId: string, chatId: string) { return this.states.get(key(tenantId, chatId)); }
  async createChatState(state: ChatState) { return this.states.create(key(state.tenantId, state.chatId), state); }
  async replaceChatState(state: ChatState, etag: string) { return this.states.replace(key(state.tenantId, state.chatId), state, etag); }
  async recordLastMessage(tenantId: string, chatId: string, message: LastMessage) {
    const current = this.states.get(key(tenantId, chatId));
    if (!current || (current.value.lastMessage && current.value.lastMessage.atMs >= message.atMs)) return false;
    this.states.set(key(tenantId, chatId), { ...current.value, lastMessage: message });
    return true;
  }
}

export class MemoryOperationRepository implements OperationRepository {
  private readonly table = new MemoryTable<CreateChatOperation>();
  async get(tenantId: string, id: string) { return this.table.get(key(tenantId, id)); }
  async create(op: CreateChatOperation) { return this.table.create(key(op.tenantId, op.id), op); }
  async replace(op: CreateChatOperation, etag: string) { return this.table.replace(key(op.tenantId, op.id), op, etag); }
  async listStale(before: string, limit: number) {
    return this.table.values().map((v) => v.value).filter((o) => o.status === 'running' && o.updatedAt < before).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)).slice(0, limit);
  }
}

export class MemoryTimelineRepository implements TimelineRepository {
  private readonly entries = new Map<string, TimelineEntry>();
  async append(entry: TimelineEntry) {
    const k = key(entry.tenantId, entry.recordId, entry.id);
    if (!this.entries.has(k)) this.entries.set(k, structuredClone(entry));
  }
  /** J4: one entry of the record, by its id; null when it is not on that record. */
  async get(tenantId: string, recordId: string, entryId: string) {
    const found = this.entries.get(key(tenantId, recordId, entryId));
    return found ? structuredClone(found) : null;
  }
  async list(tenantId: string, recordId: string, page: PageRequest, kinds?: readonly TimelineKind[]) {
    const items = [...this.entries.values()]
      .filter((e) => e.tenantId === tenantId && e.recordId === recordId && (!kinds || kinds.length === 0 || kinds.includes(e.kind)))
      .sort((a, b) => b.at.localeCompare(a.at));
    return pageOf(items, page);
  }
}

export class MemoryTranscriptRepository implements TranscriptRepository {
  private readonly messages = new Map<string, TranscriptMessage>();
  async put(m: TranscriptMessage) { this.messages.set(key(m.tenantId, m.chatId, m.messageId), structuredClone(m)); }
  async edit(tenantId: string, chatId: string, messageId: string, text: string, editedAt: string) {
    const m = this.messages.get(key(tenantId, chatId, messageId));
    if (!m) return false;
    this.messages.set(key(tenantId, chatId, messageId), { ...m, text, editedAt });
    return true;
  }
  async remove(tenantId: string, chatId: string, messageId: string) { this.messages.delete(key(tenantId, chatId, messageId)); }
  async get(tenantId: string, chatId: string, messageId: string, now: string) {
    const m = this.messages.get(key(tenantId, chatId, messageId));
    return m && m.expiresAt > now ? structuredClone(m) : null;
  }
  async list(tenantId: string, chatId: string, now: string, page: PageRequest) {
    const items = [...this.messages.values()].filter((m) => m.tenantId === tenantId && m.chatId === chatId && m.expiresAt > now).sort((a, b) => a.at.localeCompare(b.at));
    return pageOf(items.map((m) => structuredClone(m)), page);
  }
}
