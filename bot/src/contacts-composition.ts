/** Builds G1–G3: the suggestion service (with G2's similar cases when given) and its route. */
import type { CallerService } from './domain/access/caller-service';
import type { DirectoryRepository } from './domain/access/directory-repository';
import type { ChatRepository } from './domain/chats/chat-repository';
import type { TeamsPort } from './domain/chats/teams-port';
import { randomUUID } from 'node:crypto';
import { SimilarCaseService, type RecordTypeLookup } from './domain/contacts/similar-cases';
import type { SimilarCases } from './domain/contacts/suggestion';
import type { TermStatsRepository } from './domain/contacts/term-stats';
import { TermStatsKeeper, TermStatsSweeper } from './domain/contacts/term-stats-sweep';
import type { RecordRepository } from './domain/records/record-repository';
import type { RecordTypeService } from './domain/records/record-type-service';
import type { Logger } from 'pino';
import { SuggestionService } from './domain/contacts/suggestion-service';
import type { PeopleRepository } from './domain/people/people-repository';
import type { RecordService } from './domain/records/record-service';
import type { SettingsService } from './domain/settings/settings-service';
import type { TimelineRepository } from './domain/timeline/timeline';
import type { Route } from './http/route';
import { contactRoutes } from './http/routes/contacts';

export interface ContactsDeps {
  records: RecordService;
  types: RecordTypeService;
  settings: SettingsService;
  directory: DirectoryRepository;
  callers: CallerService;
  timeline: TimelineRepository;
  chats: ChatRepository;
  people: PeopleRepository;
  teams: TeamsPort;
  /** G2's engine (absent: no similar-case suggestions). */
  similar?: SimilarCases | undefined;
}

export interface ContactsParts {
  suggestions: SuggestionService;
  routes: Route[];
}

/** The suggestion service and GET /api/records/{id}/suggestions. */
export function createContacts(deps: ContactsDeps): ContactsParts {
  const suggestions = new SuggestionService(deps);
  return { suggestions, routes: contactRoutes(suggestions) };
}

/** The record types through the cached service: a lookup reads no record type from the database. */
export function cachedTypes(recordTypes: RecordTypeService): RecordTypeLookup {
  return { get: async (tenantId, id) => ({ value: await recordTypes.get(tenantId, id) }) };
}

/** How often every instance runs the statistics sweep for the tenants and types it knows. */
export const TERM_SWEEP_INTERVAL_MS = 5 * 60_000;

/** G2's engine and the keeper of its term statistics on this instance. */
export interface SimilarCasesParts {
  similar: SimilarCaseService;
  /** Builds a tenant's statistics for each of its record types in the background (never awaited by start). */
  watchTenant(tenantId: string): void;
  /** Starts the sweep's timer (every instance). */
  start(): void;
  /** Stops the timer and waits for a build under way. */
  stop(): Promise<void>;
}

/**
 * G2's engine over the tenant's term statistics, and the keeper that (re)builds them in the
 * background on this instance: when a lookup finds them missing or due, on a timer for every
 * tenant and type it knows, and (local mode) after the demo seed. ETag-claimed: one instance
 * builds at a time, another takes a lapsed build over.
 */
export function createSimilarCases(d: { records: RecordRepository; recordTypes: RecordTypeService; termStats: TermStatsRepository; logger: Logger }): SimilarCasesParts {
  const sweeper = new TermStatsSweeper(d.records, d.termStats, { owner: randomUUID() });
  const onError = (err: unknown) => d.logger.error({ err }, 'term statistics build failed');
  const keeper = new TermStatsKeeper(sweeper, { recheckMs: TERM_SWEEP_INTERVAL_MS, now: () => Date.now(), onError });
  return {
    similar: new SimilarCaseService(d.records, cachedTypes(d.recordTypes), { stats: d.termStats, keeper }),
    watchTenant: (tenantId) => {
      d.recordTypes.list(tenantId).then((types) => { for (const t of types) keeper.watch(tenantId, t.id); }, onError);
    },
    start: () => keeper.start(TERM_SWEEP_INTERVAL_MS),
    stop: () => keeper.stop(),
  };
}
