/** Every card the project renders parses with the official adaptivecards library at its declared version. */
import { recordCard, unavailableRecordCard, type RecordCardModel } from '../../bot/src/cards/record-card';
import { genericLinkCard, recordLinkCard } from '../../bot/src/cards/record-link-card';
import { welcomeCard } from '../../bot/src/cards/welcome-card';
import { NO_CARD_ACTIONS, type AllowedCardActions } from '../../bot/src/domain/records/card-actions';
import { LOCALES } from '../../bot/src/i18n/catalog';
import { cardProblems } from '../fixtures/adaptive-cards';

const live = (actions: AllowedCardActions | null): NonNullable<RecordCardModel['live']> => ({
  recordId: 'case-001', etag: '"0000-etag"', refreshUserIds: ['29:a', '29:b'], actions,
});

test.each(LOCALES)('every card Casebridge draws is valid in %s', (locale) => {
  const base = { locale, heading: 'CAS-01001 · Printer offline', facts: [{ label: 'Status', value: 'Active' }], recordUrl: 'https://cb.example/records/case/case-001' };
  const cards = [
    welcomeCard({ locale, openUrl: 'https://cb.example/' }),
    recordCard({ ...base, kind: 'intro' }),
    recordCard({ ...base, kind: 'intro', facts: [] }),
    recordCard({ ...base, kind: 'record', live: live(null) }),
    recordCard({ ...base, kind: 'intro', live: live({ assignToMe: true, statuses: ['new', 'waiting', 'closed'], close: true }) }),
    recordCard({ ...base, kind: 'record', live: { ...live(NO_CARD_ACTIONS), note: { text: 'Changed since', tone: 'warning' } } }),
    unavailableRecordCard(locale, 'You may not'),
    unavailableRecordCard(locale, null),
    recordLinkCard({ locale, typeName: 'Case', number: 'CAS-01001', title: 'x', facts: [{ label: 'Status', value: 'New' }], url: 'https://cb.example/r' }),
    genericLinkCard(locale, 'https://cb.example/r'),
  ];
  for (const card of cards) expect(cardProblems(card)).toEqual([]);
});

test('a live card: shared view has no buttons but refreshes for the members; a member view has only their actions', () => {
  const base = { locale: 'en' as const, kind: 'record' as const, heading: 'h', facts: [], recordUrl: 'https://cb.example/r' };
  const shared = recordCard({ ...base, live: live(null) });
  expect(shared.refresh).toEqual({
    action: { type: 'Action.Execute', title: 'Refresh', verb: 'refresh', data: { v: 1, kind: 'record', recordId: 'case-001', etag: '"0000-etag"' } },
    userIds: ['29:a', '29:b'],
  });
  expect(shared.actions?.map((a) => a.type)).toEqual(['Action.OpenUrl']);
  const mine = recordCard({ ...base, live: live({ assignToMe: false, statuses: ['closed'], close: true }) });
  expect(mine.actions?.map((a) => (a.type === 'Action.Execute' ? a.verb : a.type))).toEqual(['Action.ShowCard', 'close', 'Action.OpenUrl']);
  const many = recordCard({ ...base, live: { ...live(null), refreshUserIds: Array.from({ length: 80 }, (_, i) => `29:${i}`) } });
  expect(many.refresh?.userIds).toHaveLength(60);
});

test('the validator really rejects what a client would not render', () => {
  expect(cardProblems({ version: '1.3', type: 'AdaptiveCard', body: [{ type: 'NoSuchElement' }] } as { version: string })).not.toEqual([]);
  expect(cardProblems({ version: '1.3', type: 'AdaptiveCard', body: [], actions: [{ type: 'Action.Execute', verb: 'x' }] } as { version: string })).not.toEqual([]);
  expect(cardProblems({ version: '9.9' })).toEqual(['unknown card version 9.9']);
});
