/** J1's Teams notice card: a pure function, in the delegate's language, the name made inert, a button that opens the tab's delegation page. */
import { delegationCard, delegationSummary } from '../../bot/src/cards/delegation-card';
import { delegationPageLink } from '../../bot/src/teams/delegation-notices';

const link = delegationPageLink('app-id', 'https://casebridge.example', 'Stedfortrædere');

test.each([
  ['da', 'added', 'Mads Nielsen har gjort dig til sin stedfortræder', 'Åbn Casebridge'],
  ['da', 'removed', 'Mads Nielsen har ikke længere dig som stedfortræder.', 'Åbn Casebridge'],
  ['sv', 'added', 'Mads Nielsen har gjort dig till sitt ombud', 'Öppna Casebridge'],
  ['en', 'added', "Mads Nielsen made you their delegate: you can now reply, accept and close on their cases and take their customer chats, from 'Delegated to me' in Casebridge.", 'Open Casebridge'],
  ['en', 'removed', 'Mads Nielsen no longer has you as a delegate.', 'Open Casebridge'],
] as const)('%s %s', (locale, change, text, button) => {
  const card = delegationCard({ locale, change, delegatorName: 'Mads Nielsen', openUrl: link });
  expect(JSON.stringify(card.body)).toContain(text);
  expect(card.actions).toEqual([{ type: 'Action.OpenUrl', title: button, url: link }]);
});

test('a name cannot smuggle a markdown link into the card; the summary is one short line', () => {
  const card = delegationCard({ locale: 'en', change: 'added', delegatorName: '[Click](https://evil.example)', openUrl: link });
  expect(JSON.stringify(card.body)).not.toContain('](https://evil.example)');
  expect(delegationSummary({ locale: 'en', change: 'added', delegatorName: `A\n${'x'.repeat(300)}` })).not.toContain('\n');
});

test('the button opens the tab (the personal "records" tab) at the delegation page', () => {
  const url = new URL(link);
  expect(url.pathname).toBe('/l/entity/app-id/records');
  expect(url.searchParams.get('webUrl')).toBe('https://casebridge.example/delegation');
  expect(url.searchParams.get('context')).toBe(JSON.stringify({ subEntityId: 'delegation' }));
});
