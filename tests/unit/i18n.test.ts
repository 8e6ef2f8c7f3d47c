/** K1: three complete catalogs, locale resolution from Teams and browsers, formatting. */
import { da } from '../../bot/src/i18n/da';
import { en } from '../../bot/src/i18n/en';
import { sv } from '../../bot/src/i18n/sv';
import { resolveLocale, t } from '../../bot/src/i18n/catalog';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { z } from 'zod';

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

test('words the tab and the service both use (statuses, priorities…) read the same in both, in every language', () => {
  // The tab is an ES module project of its own: its catalogs are compiled here the way tsc would.
  // Each catalog imports its area files (./areas/*): those are compiled and loaded the same way.
  const load = (file: string): Record<string, unknown> => {
    const source = readFileSync(file, 'utf8');
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
    const exported: Record<string, unknown> = {};
    const requireRelative = (specifier: string) => load(path.join(path.dirname(file), `${specifier}.ts`));
    new Function('exports', 'require', outputText)(exported, requireRelative);
    return exported;
  };
  const tabCatalog = (locale: 'en' | 'da' | 'sv'): Record<string, string> =>
    z.record(z.string(), z.string()).parse(load(path.join(__dirname, '..', '..', 'tab', 'src', 'i18n', `${locale}.ts`))[locale]);
  const tab = { en: tabCatalog('en'), da: tabCatalog('da'), sv: tabCatalog('sv') };
  const service = { en, da, sv };
  for (const locale of ['en', 'da', 'sv'] as const) {
    const mine: Record<string, string> = service[locale];
    const theirs: Record<string, string> = tab[locale];
    const shared = Object.keys(mine).filter((key) => key in theirs);
    expect(shared).toEqual(expect.arrayContaining(['status.new', 'status.closed', 'priority.urgent']));
    for (const key of shared) expect([key, theirs[key]]).toEqual([key, mine[key]]);
  }
});
