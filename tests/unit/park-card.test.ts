/** J6: the park card is a pure function — valid Adaptive Card, in each language, inert user text, final once picked up. */
import { goneParkCard, PARK_VERBS, parkCard, parkCardSummary, type ParkCardModel } from '../../bot/src/cards/park-card';
import type { Locale } from '../../bot/src/domain/shared/types';
import { cardProblems } from '../fixtures/adaptive-cards';
import { cardExecutes, texts } from '../fixtures/teams-notify';

const model = (locale: Locale, over: Partial<ParkCardModel> = {}): ParkCardModel => ({
  locale,
  data: { v: 1, k: 'record', id: 'r-1', at: '2026-11-30T10:00:00.000Z', by: 'u-sofie' },
  byName: 'Sofie Kristensen',
  item: { kind: 'record', number: 'CAS-01042', title: 'Printer offline', statusLabel: 'Active' },
  openUrl: 'https://casebridge.example/records/case/r-1',
  pickedUpBy: null,
  ...over,
});

describe('parkCard', () => {
  test.each<[Locale, string, string]>([
    ['en', 'Sofie Kristensen parked CAS-01042 · Printer offline for you.', 'Pick up'],
    ['da', 'Sofie Kristensen har parkeret CAS-01042 · Printer offline til dig.', 'Saml op'],
    ['sv', 'Sofie Kristensen parkerade CAS-01042 · Printer offline åt dig.', 'Plocka upp'],
  ])('%s: who parked what, "Pick up" with only the item and the park, and Open', (locale, lead, button) => {
    const card = parkCard(model(locale));
    expect(cardProblems(card)).toEqual([]);
    expect(texts(card)).toContain(lead);
    expect(card.actions).toEqual([
      { type: 'Action.Execute', title: button, verb: PARK_VERBS.pickUp, data: { v: 1, k: 'record', id: 'r-1', at: '2026-11-30T10:00:00.000Z', by: 'u-sofie' }, style: 'positive' },
      expect.objectContaining({ type: 'Action.OpenUrl', url: 'https://casebridge.example/records/case/r-1' }),
    ]);
  });

  test('picked up: final — the outcome, no button, Open stays', () => {
    const card = parkCard(model('da', { pickedUpBy: 'Mads Nielsen', note: { text: 'Den er din nu.', tone: 'good' } }));
    expect(cardProblems(card)).toEqual([]);
    expect(texts(card)).toContain('Samlet op af Mads Nielsen');
    expect(texts(card)).toContain('Den er din nu.');
    expect(cardExecutes(card)).toEqual([]);
    expect(card.actions?.map((a) => a.type)).toEqual(['Action.OpenUrl']);
  });

  test('a session: the customer instead of the case', () => {
    const card = parkCard(model('sv', { data: { v: 1, k: 'session', id: 's-1', at: '2026-11-30T10:00:00.000Z', by: 'u-sofie' }, item: { kind: 'session', customer: 'Jens' } }));
    expect(cardProblems(card)).toEqual([]);
    expect(texts(card)).toContain('Sofie Kristensen parkerade en kundchatt med Jens åt dig.');
  });

  test('user text cannot become a link or an image', () => {
    const card = parkCard(model('en', { item: { kind: 'record', number: 'CAS-1', title: '[Reset password](https://evil.example) ![x](https://evil.example/x.png)', statusLabel: 'New' } }));
    expect(texts(card)).not.toContain('](https://evil.example)');
    expect(texts(card)).not.toContain('![x]');
  });

  test('the summary and the gone card', () => {
    expect(parkCardSummary(model('da'))).toBe('Sofie Kristensen har parkeret CAS-01042 til dig');
    const gone = goneParkCard('en');
    expect(cardProblems(gone)).toEqual([]);
    expect(texts(gone)).toContain('This item is no longer available.');
  });
});
