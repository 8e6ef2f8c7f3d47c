/** Every card the project renders parses with the official adaptivecards library at its declared version. */
import { introCard } from '../../bot/src/cards/intro-card';
import { welcomeCard } from '../../bot/src/cards/welcome-card';
import { LOCALES } from '../../bot/src/i18n/catalog';
import { cardProblems } from '../fixtures/adaptive-cards';

test.each(LOCALES)('welcome and intro cards are valid in %s', (locale) => {
  expect(cardProblems(welcomeCard({ locale, openUrl: 'https://cb.example/' }))).toEqual([]);
  const intro = introCard({ locale, heading: 'CAS-01001 · Printer offline', facts: [{ label: 'Status', value: 'Active' }], recordUrl: 'https://cb.example/records/case/case-001' });
  expect(cardProblems(intro)).toEqual([]);
  expect(cardProblems(introCard({ locale, heading: 'x', facts: [], recordUrl: 'https://cb.example/r' }))).toEqual([]);
});

test('the validator really rejects what a client would not render', () => {
  expect(cardProblems({ version: '1.3', type: 'AdaptiveCard', body: [{ type: 'NoSuchElement' }] } as { version: string })).not.toEqual([]);
  expect(cardProblems({ version: '9.9' })).toEqual(['unknown card version 9.9']);
});
