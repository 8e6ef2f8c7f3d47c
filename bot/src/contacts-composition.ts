/** Builds G1–G3: the suggestion service (with G2's similar cases when given) and its route. */
import type { CallerService } from './domain/access/caller-service';
import type { DirectoryRepository } from './domain/access/directory-repository';
import type { ChatRepository } from './domain/chats/chat-repository';
import type { TeamsPort } from './domain/chats/teams-port';
import type { SimilarCases } from './domain/contacts/suggestion';
import { SuggestionService } from './domain/contacts/suggestion-service';
import type { PeopleRepository } from './domain/people/people-repository';
import type { RecordService } from './domain/records/record-service';
import type { SettingsService } from './domain/settings/settings-service';
import type { TimelineRepository } from './domain/timeline/timeline';
import type { Route } from './http/route';
import { contactRoutes } from './http/routes/contacts';

export interface ContactsDeps {
  records: RecordService;
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
