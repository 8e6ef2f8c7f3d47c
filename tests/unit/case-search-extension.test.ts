/**
 * H3: the search message extension's answers to odd input: a malformed value, another command, a
 * failing search and a person unknown to Casebridge get a friendly message (never an error), and
 * paging is capped so a query never fetches more than MAX_SKIP + MAX_RESULTS records.
 */
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { RecordDetailsService } from '../../bot/src/domain/records/record-details';
import { RecordTypeService } from '../../bot/src/domain/records/record-type-service';
import { createLogger } from '../../bot/src/logger';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { seedDemoData } from '../../bot/src/sandbox/seed';
import {
  MemoryAuditRepository, MemoryCounterRepository, MemoryDirectoryRepository, MemoryPeopleRepository, MemoryRecordRepository, MemoryRecordTypeRepository,
} from '../../bot/src/storage/memory/memory-repositories';
import { CaseSearchExtension, MAX_RESULTS, MAX_SKIP } from '../../bot/src/teams/case-search-extension';

async function setup(fail = false) {
  const store = {
    directory: new MemoryDirectoryRepository(), records: new MemoryRecordRepository(), counters: new MemoryCounterRepository(),
    recordTypes: new MemoryRecordTypeRepository(), people: new MemoryPeopleRepository(), audit: new MemoryAuditRepository(),
  };
  await seedDemoData(store, new Date('2026-11-01T12:00:00Z'));
  const asked: number[] = [];
  const all = await Promise.all(Array.from({ length: 30 }, (_, i) => store.records.get(CONTOSO, `case-${String(i + 1).padStart(3, '0')}`)));
  const extension = new CaseSearchExtension({
    callers: new CallerService(store.directory), details: new RecordDetailsService(new RecordTypeService(store.recordTypes), store.directory, store.people),
    publicUrl: 'https://casebridge.example', logger: createLogger('silent'),
    search: {
      find: async (_caller, _text, limit) => {
        asked.push(limit);
        if (fail) throw new Error('search index unavailable');
        // Pretend there are many matches: the store's cases, over and over.
        return Array.from({ length: limit }, (_, i) => all[i % all.length]).flatMap((r) => (r ? [r] : []));
      },
    },
  });
  return { extension, asked };
}

const value = (options: object = {}, commandId = 'searchCases') => ({ commandId, parameters: [{ name: 'query', value: 'printer' }], queryOptions: { skip: 0, count: 25 }, ...options });

test('a malformed value or another command: a friendly message in the person\'s language, not an error', async () => {
  const { extension } = await setup();
  for (const raw of [null, 'x', { commandId: 7 }, { commandId: 'searchCases', parameters: 'no' }, { commandId: 'searchCases', queryOptions: { skip: -1 } }, value({}, 'somethingElse')]) {
    expect(await extension.query(CONTOSO, DEMO_USERS.mads, 'da', raw)).toEqual({ composeExtension: { type: 'message', text: 'Søgningen kunne ikke forstås. Skriv et sagsnummer eller nogle ord.' } });
  }
});

test('someone who is not a Casebridge user is told so, in their language', async () => {
  const { extension } = await setup();
  expect(await extension.query(CONTOSO, 'not-a-user', 'sv', value())).toEqual({ composeExtension: { type: 'message', text: 'Du är inte upplagd som användare i Casebridge än. Be din administratör om åtkomst.' } });
  expect(await extension.query(undefined, undefined, 'en', value())).toMatchObject({ composeExtension: { type: 'message', text: 'You are not set up as a Casebridge user yet. Ask your administrator for access.' } });
});

test('a failing search is a friendly message too', async () => {
  const { extension } = await setup(true);
  expect(await extension.query(CONTOSO, DEMO_USERS.mads, 'en', value())).toEqual({ composeExtension: { type: 'message', text: 'The search did not work just now. Try again in a moment.' } });
});

test('paging: a page is at most 25; nobody pages past 100; no fetch is larger than skip + count', async () => {
  const { extension, asked } = await setup();
  const page = async (skip: number, count: number) => {
    const answer = await extension.query(CONTOSO, DEMO_USERS.mads, 'en', value({ queryOptions: { skip, count } }));
    return answer.composeExtension?.attachments?.length;
  };
  expect(await page(0, 25)).toBe(25);
  expect(await page(50, 1000)).toBe(MAX_RESULTS);
  expect(await page(MAX_SKIP, 25)).toBe(25);
  expect(await page(MAX_SKIP + 1, 25)).toBe(0);
  expect(await page(1_000_000, 25)).toBe(0);
  expect(asked).toEqual([25, 75, MAX_SKIP + MAX_RESULTS]);
  expect(Math.max(...asked)).toBeLessThanOrEqual(125);
});
