/**
 * K1 in group chats: which language the bot speaks where several people read the same thing.
 * A chat's plain messages and the shared copy of its cards use the chat's language (the record's
 * owning team's, else the tenant's, else English), never the actor's. Each member's own view of
 * a card (Teams' per-member refresh) uses that member's Teams language, as the invoke says; else
 * their stored language; else the chat's.
 */
import type { Locale } from '../shared/types';
import type { Team, Tenant, User } from './access';
import type { DirectoryRepository } from './directory-repository';

/** The languages a team or tenant can be set to. */
export const LANGUAGES: readonly Locale[] = ['en', 'da', 'sv'];

/** The language when neither the team nor the tenant has one. */
export const DEFAULT_CHAT_LANGUAGE: Locale = 'en';

/** The chat's language: the owning team's, else the tenant's default, else English. */
export function chatLanguage(team: Pick<Team, 'language'> | null | undefined, tenant: Pick<Tenant, 'language'> | null | undefined): Locale {
  return supported(team?.language) ?? supported(tenant?.language) ?? DEFAULT_CHAT_LANGUAGE;
}

/** A stored language we ship catalogs for (a document edited by hand may hold anything). */
function supported(language: string | undefined): Locale | undefined {
  return LANGUAGES.find((l) => l === language);
}

/**
 * The language of one member's own view: what their Teams client says (`clientLocale`, already
 * resolved to a supported locale), else their stored language, else the chat's.
 */
export function viewerLanguage(clientLocale: Locale | undefined, member: Pick<User, 'locale'> | null | undefined, chat: Locale, resolve: (tag: string) => Locale): Locale {
  if (clientLocale) return clientLocale;
  if (member?.locale) return resolve(member.locale);
  return chat;
}

/** The language of the chats of a record owned by `owningTeamId` (null: no team) in a tenant. */
export async function chatLanguageOf(directory: DirectoryRepository, tenantId: string, owningTeamId: string | null): Promise<Locale> {
  const [teams, tenant] = await Promise.all([owningTeamId ? directory.getTeams(tenantId, [owningTeamId]) : Promise.resolve([]), directory.getTenant(tenantId)]);
  return chatLanguage(teams[0], tenant);
}
