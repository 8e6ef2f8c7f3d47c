/** A5: a record's canonical web URL and its Teams deep link. */
import { recordUrl, teamsDeepLink } from '../../bot/src/http/presenters';

test('the canonical URL is {PUBLIC_URL}/records/{type}/{id}, escaped', () => {
  expect(recordUrl('https://cb.example', 'case', 'case-001')).toBe('https://cb.example/records/case/case-001');
  expect(recordUrl('https://cb.example', 'case', 'a b')).toBe('https://cb.example/records/case/a%20b');
});

test('the deep link opens the records tab with the record as sub-entity and the web URL as fallback', () => {
  const link = new URL(teamsDeepLink('6f1f6e8a-1111-4222-8333-944444444444', 'https://cb.example', 'case', 'case-001', 'CAS-01001 Printer offline'));
  expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/entity/6f1f6e8a-1111-4222-8333-944444444444/records');
  expect(link.searchParams.get('webUrl')).toBe('https://cb.example/records/case/case-001');
  expect(link.searchParams.get('label')).toBe('CAS-01001 Printer offline');
  expect(JSON.parse(link.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: 'case/case-001' });
});
