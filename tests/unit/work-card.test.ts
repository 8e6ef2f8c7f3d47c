/** H3: the notification card parses with the official adaptivecards library in every language, names its batch on every button, and fits Teams' size limit. */
import { randomUUID } from 'node:crypto';
import { cardBytes, workCard, MAX_CARD_BYTES, MAX_WORK_CARD_ITEMS, type WorkCardItem } from '../../bot/src/cards/work-card';
import { LOCALES, t } from '../../bot/src/i18n/catalog';
import { cardProblems } from '../fixtures/adaptive-cards';

const item = (n: number, extra: Partial<WorkCardItem> = {}): WorkCardItem => ({
  recordId: `case-${n}`, heading: `CAS-0100${n} · Printer [offline](https://evil.example)`,
  lines: [{ text: 'Jens replied:', quote: 'It is still **broken**' }],
  facts: [{ label: 'Status', value: 'Active' }],
  openUrl: 'https://teams.microsoft.com/l/entity/app/records?context=%7B%7D', canAccept: true, canReply: true, ...extra,
});
const data = { v: 2 as const, b: 'b1' };

test.each(LOCALES)('the notification card is valid in %s, with and without buttons and notes', (locale) => {
  const cards = [
    workCard({ locale, items: [item(1)], hiddenCount: 0, data, refreshUserIds: ['29:u1'] }),
    workCard({ locale, items: [item(1, { canAccept: false, canReply: false, note: { text: 'Done', tone: 'good' } }), item(2, { note: { text: 'No', tone: 'warning' } })], hiddenCount: 1, data, refreshUserIds: [] }),
    workCard({ locale, items: Array.from({ length: 12 }, (_, i) => item(i)), hiddenCount: 0, data, refreshUserIds: [] }),
  ];
  for (const card of cards) expect(cardProblems(card)).toEqual([]);
  expect(JSON.stringify(cards[0])).toContain(t(locale, 'notify.card.accept'));
});

test('every button names its case and the batch (never its events); the reply sends its input; at most 8 cases are listed', () => {
  const card = workCard({ locale: 'en', items: [item(1), item(2, { canAccept: false })], hiddenCount: 0, data, refreshUserIds: [] });
  const json = JSON.stringify(card);
  expect(card.refresh.action).toMatchObject({ verb: 'work.refresh', data });
  expect(json).toContain('"verb":"work.accept","data":{"v":2,"b":"b1","recordId":"case-1"}');
  expect(json).not.toContain('"recordId":"case-2"},"style":"positive"');
  expect(json).toContain('"verb":"work.reply","data":{"v":2,"b":"b1","recordId":"case-2","input":"reply1"}');
  expect(json).not.toContain('](https://evil.example)'); // a title never becomes a link
  const many = workCard({ locale: 'en', items: Array.from({ length: 12 }, (_, i) => item(i)), hiddenCount: 2, data, refreshUserIds: [] });
  expect(many.body.filter((b) => b.type === 'Container')).toHaveLength(MAX_WORK_CARD_ITEMS);
  expect(JSON.stringify(many)).toContain('And 6 more.');
});

test('the worst batch (50 events over many cases, UUID ids, the longest quotes of the costliest characters) stays under Teams\' 28 KB', () => {
  const ugly = (n: number) => '"\u0001😀](x)'.repeat(Math.ceil(n / 8)).slice(0, n);
  const batch = randomUUID();
  for (const cases of [1, 8, 10]) {
    const items: WorkCardItem[] = Array.from({ length: cases }, () => {
      const recordId = randomUUID();
      return {
        recordId, heading: `CAS-${recordId} · ${ugly(500)}`,
        lines: Array.from({ length: Math.ceil(50 / cases) }, () => ({ text: `${ugly(120)} replied:`, quote: ugly(280) })),
        facts: [{ label: 'Status', value: 'Active' }, { label: 'Owner', value: ugly(100) }],
        openUrl: `https://teams.microsoft.com/l/entity/${randomUUID()}/records?webUrl=${encodeURIComponent(`https://casebridge.example/records/case/${recordId}`)}&context=${encodeURIComponent(JSON.stringify({ subEntityId: `case/${recordId}` }))}`,
        canAccept: true, canReply: true, note: { text: ugly(200), tone: 'warning' as const },
      };
    });
    for (const locale of LOCALES) {
      const card = workCard({ locale, items, hiddenCount: 3, data: { v: 2, b: batch }, refreshUserIds: [`29:${randomUUID()}`] });
      expect(cardBytes(card)).toBeLessThan(MAX_CARD_BYTES);
      expect(cardProblems(card)).toEqual([]);
      expect(card.body.filter((b) => b.type === 'Container').length).toBeGreaterThanOrEqual(Math.min(cases, 4));
    }
  }
});

test('a case with more updates than the card quotes shows the newest and counts the rest', () => {
  const lines = Array.from({ length: 7 }, (_, i) => ({ text: `Jens replied ${i + 1}:`, quote: `words ${i + 1}` }));
  const json = JSON.stringify(workCard({ locale: 'en', items: [item(1, { lines })], hiddenCount: 0, data, refreshUserIds: [] }));
  expect(json).toContain('words 7');
  expect(json).toContain('words 5');
  expect(json).not.toContain('words 4');
  expect(json).toContain(t('en', 'notify.card.earlier', { count: 4 }));
});
