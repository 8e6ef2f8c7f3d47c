/** K1: three complete catalogs, locale resolution from Teams and browsers, formatting. */
import { da } from '../../bot/src/i18n/da';
import { en } from '../../bot/src/i18n/en';
import { sv } from '../../bot/src/i18n/sv';
import { resolveLocale, t } from '../../bot/src/i18n/catalog';

test.each([
  ['da-DK', 'da'], ['sv-SE', 'sv'], ['en-US', 'en'], ['fr-FR', 'en'], ['nb-NO', 'da'], [undefined, 'en'], ['', 'en'],
  ['sv-SE,sv;q=0.9,en;q=0.8', 'sv'], ['de;q=1,da;q=0.5', 'da'], ['en;q=0.1,sv;q=0.9', 'sv'],
])('resolveLocale(%p) is %p', (input, expected) => {
  expect(resolveLocale(input)).toBe(expected);
});

// Missing keys are compile errors (da and sv are typed by en's keys); this checks what types cannot.
test('the service catalogs have no empty message and the same placeholders as English', () => {
  const english: Record<string, string> = en;
  const keys = Object.keys(english).sort();
  for (const catalog of [da, sv]) {
    const messages: Record<string, string> = catalog;
    expect(Object.keys(messages).sort()).toEqual(keys);
    for (const key of keys) {
      const value = messages[key] ?? '';
      const source = english[key] ?? '';
      expect(value.trim()).not.toBe('');
      expect((value.match(/\{\w+\}/g) ?? []).sort()).toEqual((source.match(/\{\w+\}/g) ?? []).sort());
    }
  }
});

test('messages format their placeholders', () => {
  expect(t('da', 'error.payloadTooLarge', { max: 10 })).toBe('Anmodningens indhold er større end 10 byte.');
  expect(t('sv', 'error.unknownField', { field: 'x' })).toBe('Posttypen har inget fält som heter x.');
});
