/**
 * Which links the Teams sandbox asks the bot to unfurl (the manifest's domains, as Teams matches
 * them) and what it keeps of the answer (the card; nothing from an error or an empty result).
 */
import { cardOfAnswer, domainCovers, firstAppLink } from '../../bot/src/sandbox/teams/link-unfurling';

test.each([
  ['localhost:3978', 'http://localhost:3978/records/case/case-001', true],
  ['localhost:3978', 'http://LOCALHOST:3978/x', true],
  ['localhost:3978', 'http://localhost:3979/records/case/case-001', false],
  ['localhost:3978', 'http://localhost/records/case/case-001', false],
  ['casebridge.example.com', 'https://casebridge.example.com/records/case/case-001', true],
  ['casebridge.example.com', 'https://casebridge.example.com:8443/x', true],
  ['casebridge.example.com', 'https://evil-casebridge.example.com/x', false],
  ['casebridge.example.com', 'https://casebridge.example.com.evil.test/x', false],
  ['*.example.com', 'https://a.b.example.com/x', true],
  ['*.example.com', 'https://example.com/x', false],
  ['', 'https://example.com/x', false],
])('domain %s covers %s: %s', (domain, url, covers) => {
  expect(domainCovers(domain, new URL(url))).toBe(covers);
});

test('the first link of the app\'s domains, without the sentence\'s punctuation', () => {
  const domains = ['localhost:3978'];
  expect(firstAppLink('See https://example.com/a and (http://localhost:3978/records/case/case-001).', domains)).toBe('http://localhost:3978/records/case/case-001');
  expect(firstAppLink('http://localhost:3978/records/case/a, http://localhost:3978/records/case/b', domains)).toBe('http://localhost:3978/records/case/a');
  expect(firstAppLink('no link, ftp://localhost:3978/x, localhost:3978/records/case/a', domains)).toBeUndefined();
  expect(firstAppLink('http://localhost:3978/x', [])).toBeUndefined();
});

test('the card of a result is kept; an error, an empty result or another answer leaves none', () => {
  const card = { type: 'AdaptiveCard', version: '1.3', body: [] };
  const result = { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card, preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: 'T' } } }] } };
  expect(cardOfAnswer({ status: 200, body: result }, 'u')).toEqual({ contentType: 'application/vnd.microsoft.card.adaptive', content: card, unfurledUrl: 'u' });
  expect(cardOfAnswer({ status: 400, body: result }, 'u')).toBeUndefined();
  expect(cardOfAnswer({ status: 500, body: null }, 'u')).toBeUndefined();
  expect(cardOfAnswer({ status: 200, body: { composeExtension: { type: 'result', attachments: [] } } }, 'u')).toBeUndefined();
  expect(cardOfAnswer({ status: 200, body: { composeExtension: { type: 'message', text: 'hi' } } }, 'u')).toBeUndefined();
});
