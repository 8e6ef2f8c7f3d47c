/**
 * G1–G2: the people suggested as contacts for a record, each with their reasons. Reads the record
 * (the caller's read), its type's settings (B6: each rule on or off), the owner, the owning team's
 * members, the stored timeline and connected chats' last messages (E1: what the timeline shows),
 * the customer's other cases the caller may read, and (optional) the similar closed cases of G2.
 * A rule whose reason would tell the caller a field they may not read (A3) is not asked: the owner
 * (owner, same customer, similar cases: who handled them), the owning team, the person.
 */
import { actorOf, canReadField, hasPrivilege, type Caller } from '../access/access';
import type { CallerService } from '../access/caller-service';
import type { DirectoryRepository } from '../access/directory-repository';
import type { ChatRepository } from '../chats/chat-repository';
import { TeamsCallError, type ActingUser, type TeamsPort } from '../chats/teams-port';
import type { PeopleRepository } from '../people/people-repository';
import type { ServiceRecord } from '../records/record';
import type { RecordService } from '../records/record-service';
import type { RecordTypeService } from '../records/record-type-service';
import type { SettingsService } from '../settings/settings-service';
import { NotFoundError } from '../shared/errors';
import type { TimelineRepository } from '../timeline/timeline';
import { CHAT_KINDS } from '../timeline/timeline-service';
import {
  activityRule, ownerRule, rankSuggestions, sameCustomerRule, similarCaseRule, teamRule,
  type Candidate, type ChatMessageSeen, type CustomerCase,
} from './suggestion-rules';
import type { SimilarCases, Suggestion } from './suggestion';

/** How many timeline entries are read for the activity rule (newest first). */
export const ACTIVITY_ENTRIES = 100;
/** How many of the customer's other cases are looked at. */
export const CUSTOMER_CASES = 20;
/** How many of the owning team's members are looked at (by name; a big team's rest are not suggested for it). */
export const TEAM_MEMBERS = 50;
/** How many similar closed cases are asked for (G2: top 3). */
export const SIMILAR_CASES = 3;

export interface SuggestionDeps {
  records: RecordService;
  /** The record's type (its field restrictions), cached per instance. */
  types: Pick<RecordTypeService, 'get'>;
  settings: SettingsService;
  directory: Pick<DirectoryRepository, 'getUsers' | 'getTeams' | 'teamMembers'>;
  callers: Pick<CallerService, 'find'>;
  timeline: Pick<TimelineRepository, 'list'>;
  chats: Pick<ChatRepository, 'connectionsOfRecord' | 'getChatState'>;
  people: Pick<PeopleRepository, 'getPerson' | 'peopleOfCompany'>;
  teams: Pick<TeamsPort, 'listChatMembers'>;
  /** G2's engine; absent: no similar-case reasons. */
  similar?: SimilarCases | undefined;
}

/** The chat being filled: its id, and the caller as Teams knows them (to read its members). */
export interface ChatBeingFilled {
  chatId: string;
  as: ActingUser;
}

export class SuggestionService {
  constructor(private readonly deps: SuggestionDeps) {}

  /**
   * The suggestions for the record, best first. With `chat`, it must be connected to the record
   * (else NotFoundError) and its members are not suggested.
   */
  async suggest(caller: Caller, recordId: string, chat?: ChatBeingFilled): Promise<Suggestion[]> {
    const { records, settings, chats } = this.deps;
    const record = (await records.get(caller, recordId)).value;
    const [{ suggestedContacts: rules, timelineChatEntries }, connections, type] = await Promise.all([
      settings.effective(caller.tenantId, record.type),
      chats.connectionsOfRecord(caller.tenantId, record.id),
      this.deps.types.get(caller.tenantId, record.type),
    ]);
    const reads = (field: string) => canReadField(caller, type.fieldRestrictions[field]);
    if (chat && !connections.some((c) => c.chatId === chat.chatId)) throw new NotFoundError();
    const chatMemberIds = chat ? await this.membersOf(chat) : [];
    const parts = await Promise.all([
      rules.owner && reads('owner') ? ownerRule(record.ownerId) : [],
      rules.owningTeam && reads('owningTeam') ? this.team(record) : [],
      // B7: with the timeline's chat entries off, joins and chat messages are no activity either.
      rules.timelineActivity ? this.activity(caller, record, timelineChatEntries ? connections.filter((c) => c.kind === 'chat').map((c) => c.chatId) : null) : [],
      rules.sameCustomer && reads('person') && reads('owner') ? this.sameCustomer(caller, record) : [],
      rules.similarCases && reads('owner') && this.deps.similar ? this.deps.similar.find(caller, record, SIMILAR_CASES).then((h) => similarCaseRule(record.id, h)) : [],
    ]);
    const candidates: Candidate[] = parts.flat();
    const users = await this.deps.directory.getUsers(caller.tenantId, [...new Set(candidates.map((c) => c.userId))]);
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return rankSuggestions(
      candidates.filter((c) => names.has(c.userId)),
      { selfIds: [caller.user.id, actorOf(caller).id], chatMemberIds },
      (userId) => this.mayRead(caller.tenantId, userId, record),
      names,
    );
  }

  /** The members of the chat being filled; none known when the caller is not in it (Graph 403/404). */
  private async membersOf(chat: ChatBeingFilled): Promise<string[]> {
    try {
      return (await this.deps.teams.listChatMembers(chat.as, chat.chatId)).map((m) => m.userId);
    } catch (error) {
      if (error instanceof TeamsCallError && (error.status === 403 || error.status === 404)) return [];
      throw error;
    }
  }

  /** Never someone who may not read the record (their own read, as A3 decides it). */
  private async mayRead(tenantId: string, userId: string, record: ServiceRecord): Promise<boolean> {
    const candidate = await this.deps.callers.find(tenantId, userId);
    return candidate !== null && hasPrivilege(candidate, record, 'read');
  }

  private async team(record: ServiceRecord): Promise<Candidate[]> {
    if (!record.owningTeamId) return [];
    const [teams, members] = await Promise.all([
      this.deps.directory.getTeams(record.tenantId, [record.owningTeamId]),
      this.deps.directory.teamMembers(record.tenantId, record.owningTeamId, TEAM_MEMBERS),
    ]);
    const team = teams[0];
    if (!team) return [];
    return teamRule({ id: team.id, name: team.name }, members.map((u) => u.id));
  }

  /** `chatIds`: the connected chats whose last writer counts; null: no chat entries count (B7 off). */
  private async activity(caller: Caller, record: ServiceRecord, chatIds: readonly string[] | null): Promise<Candidate[]> {
    const [page, states] = await Promise.all([
      this.deps.timeline.list(caller.tenantId, record.id, { limit: ACTIVITY_ENTRIES }),
      Promise.all((chatIds ?? []).map((id) => this.deps.chats.getChatState(caller.tenantId, id))),
    ]);
    const messages: ChatMessageSeen[] = states.flatMap((s) => (s?.value.lastMessage ? [{ fromUserId: s.value.lastMessage.fromUserId, at: s.value.lastMessage.at }] : []));
    const entries = chatIds === null ? page.items.filter((e) => !CHAT_KINDS.has(e.kind)) : page.items;
    return activityRule(entries, messages);
  }

  /** The owners of the customer's other cases the caller may read: the person's, then their company's people's. */
  private async sameCustomer(caller: Caller, record: ServiceRecord): Promise<Candidate[]> {
    if (!record.personId) return [];
    const person = await this.deps.people.getPerson(caller.tenantId, record.personId);
    if (!person) return [];
    const colleagues = person.companyId ? await this.deps.people.peopleOfCompany(caller.tenantId, person.companyId) : [];
    const personIds = [...new Set([person.id, ...colleagues.map((p) => p.id)])];
    const page = await this.deps.records.search(caller, { personIds }, { limit: CUSTOMER_CASES });
    const cases: CustomerCase[] = page.items.map(({ value: r }) => ({
      recordId: r.id, number: r.number, ownerId: r.ownerId, via: r.personId === person.id ? 'person' : 'company',
    }));
    cases.sort((a, b) => (a.via === b.via ? 0 : a.via === 'person' ? -1 : 1));
    return sameCustomerRule(record.id, cases);
  }
}
