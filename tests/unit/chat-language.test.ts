/** K1 in group chats: the chat's language and each member's own view (chat-language.ts). */
import { chatLanguage, chatLanguageOf, viewerLanguage } from '../../bot/src/domain/access/chat-language';
import type { Locale } from '../../bot/src/domain/shared/types';
import { resolveLocale } from '../../bot/src/i18n/catalog';
import { MemoryDirectoryRepository } from '../../bot/src/storage/memory/memory-repositories';

describe('the chat\'s language: the owning team\'s, else the tenant\'s, else English', () => {
  test.each<[string, Locale | undefined | null, Locale | undefined | null, Locale]>([
    ['team and tenant set: the team wins', 'da', 'en', 'da'],
    ['team set, tenant not', 'sv', undefined, 'sv'],
    ['team without a language: the tenant\'s', undefined, 'sv', 'sv'],
    ['no team (a record without one): the tenant\'s', null, 'da', 'da'],
    ['neither: English', undefined, undefined, 'en'],
    ['no team, no tenant: English', null, null, 'en'],
  ])('%s', (_name, team, tenant, expected) => {
    const teamOf = team === null ? null : { language: team };
    const tenantOf = tenant === null ? null : { language: tenant };
    expect(chatLanguage(teamOf, tenantOf)).toBe(expected);
  });
});

describe('a member\'s own view: their Teams language, else their stored one, else the chat\'s', () => {
  test.each<[string, Locale | undefined, string | undefined | null, Locale, Locale]>([
    ['Teams says English, stored Danish, Danish chat', 'en', 'da-DK', 'da', 'en'],
    ['Teams says Danish, stored Swedish', 'da', 'sv-SE', 'sv', 'da'],
    ['no Teams language: the stored one', undefined, 'sv-SE', 'da', 'sv'],
    ['no Teams language, stored unsupported: English (the catalogs\' fallback)', undefined, 'fr-FR', 'da', 'en'],
    ['no Teams language, nothing stored: the chat\'s', undefined, undefined, 'da', 'da'],
    ['not a Casebridge user: the chat\'s', undefined, null, 'sv', 'sv'],
  ])('%s', (_name, client, stored, chat, expected) => {
    const member = stored === null ? null : { locale: stored };
    expect(viewerLanguage(client, member, chat, resolveLocale)).toBe(expected);
  });
});

test('chatLanguageOf reads the team and tenant from the directory', async () => {
  const directory = new MemoryDirectoryRepository();
  await directory.putTenant({ id: 't1', name: 'T', language: 'sv' });
  await directory.putTeam({ id: 'dk', tenantId: 't1', name: 'DK', language: 'da' });
  await directory.putTeam({ id: 'plain', tenantId: 't1', name: 'Plain' });
  expect(await chatLanguageOf(directory, 't1', 'dk')).toBe('da');
  expect(await chatLanguageOf(directory, 't1', 'plain')).toBe('sv');
  expect(await chatLanguageOf(directory, 't1', null)).toBe('sv');
  expect(await chatLanguageOf(directory, 'unknown', 'dk')).toBe('en');
});
