/** Every card the project renders parses with the official adaptivecards library at its declared version. */
import { recordCard, unavailableRecordCard, type RecordCardModel } from '../../bot/src/cards/record-card';
import { genericLinkCard, plainText, previewTitle, recordLinkCard } from '../../bot/src/cards/record-link-card';
import { welcomeCard } from '../../bot/src/cards/welcome-card';
import { NO_CARD_ACTIONS, type AllowedCardActions } from '../../bot/src/domain/records/card-actions';
import { LOCALES } from '../../bot/src/i18n/catalog';
import { cardProblems } from '../fixtures/adaptive-cards';
import { inertMarkdown } from '../../bot/src/cards/adaptive-card';

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

test.each([
  ['**Urgent** printer', 'Urgent printer'],
  ['<b>bold</b> and <script>alert(1)</script>', 'bold and alert(1)'],
  ['[reset your password](https://evil.example/reset)', 'reset your password'],
  ['![x](https://evil.example/pixel.png) `code` ~~gone~~ # heading > quote | table', 'x code gone heading quote table'],
  ['a &lt;b&gt; &#60;i&#62; entity', 'a b i entity'],
  ['Printer offline on 3rd floor', 'Printer offline on 3rd floor'],
  ['  spaced \n\t out  ', 'spaced out'],
])('link preview text is plain: %j', (title, plain) => {
  expect(plainText(title)).toBe(plain);
});

test('the link preview title is the number and the plain title, at most 200 characters', () => {
  expect(previewTitle('CAS-01001', '_Printer_ <i>offline</i>')).toBe('CAS-01001 · Printer offline');
  expect(previewTitle('CAS-01001', 'x'.repeat(500))).toHaveLength(200);
});

test("a record's title or field value can never become a link or image in a card: the text stays, the link syntax is broken", () => {
  const phishing = '[Reset your password](https://evil.example/login) ![x](https://evil.example/p.png)';
  const cards = [
    recordCard({ locale: 'en', kind: 'intro', heading: `CAS-01001 · ${phishing}`, facts: [{ label: 'Customer', value: phishing }], recordUrl: 'https://cb.example/records/case/case-001' }),
    recordLinkCard({ locale: 'en', typeName: 'Case', number: 'CAS-01001', title: phishing, facts: [{ label: 'Customer', value: phishing }], url: 'https://cb.example/r' }),
  ];
  for (const card of cards) {
    const text = JSON.stringify(card.body);
    expect(text).not.toMatch(/\]\s*\(/);
    expect(text).not.toContain('![');
    expect(text).toContain('Reset your password');
    expect(text).toContain('https://evil.example/login'); // visible as it is, so nobody is misled about where it goes
    expect(cardProblems(card)).toEqual([]);
  }
  expect(inertMarkdown('Plain title (with parentheses) and [brackets]')).toBe('Plain title (with parentheses) and [brackets]');
});

test('the status picker on a card preselects nothing: the person chooses, helped by a placeholder', () => {
  const card = recordCard({ locale: 'da', kind: 'record', heading: 'CAS-01001 · x', facts: [], recordUrl: 'https://cb.example/r', live: live({ assignToMe: false, statuses: ['new', 'waiting', 'closed'], close: false }) });
  const picker = JSON.stringify(card.actions);
  expect(picker).toContain('"placeholder":"Vælg en status"');
  expect(picker).toContain('"isRequired":true');
  expect(picker).not.toMatch(/"id":"status"[^[]*"value"/); // no value before its choices
});
