/**
 * J2 in the tab: the history line each reader gets for an act for someone (on-behalf-model.ts), in
 * every language, mirroring the service's onBehalfView; and whom the case page acts for (acting-for.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { onBehalfView as serviceView } from '../../bot/src/domain/delegation/delegation';

/** The tab is an ES module project of its own: its files are compiled here the way tsc would (as tests/unit/i18n.test.ts does). */
function load(file: string): Record<string, unknown> {
  const source = readFileSync(file, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const exported: Record<string, unknown> = {};
  new Function('exports', 'require', outputText)(exported, (specifier: string) => load(path.join(path.dirname(file), `${specifier}.ts`)));
  return exported;
}
const TAB = path.join(__dirname, '..', '..', 'tab', 'src');

type Person = { id: string; displayName: string };
type Entry = { kind: string; toStatus: string | null; note?: string | null; actor: Person | null; onBehalfOf: Person | null };

/** Calls a loaded export with these arguments; what it answers is checked by the caller. */
function caller(module: Record<string, unknown>, name: string): (...args: unknown[]) => unknown {
  const fn = module[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not exported`);
  return (...args) => Reflect.apply(fn, undefined, args);
}
const text = (value: unknown): string | null => {
  if (value !== null && typeof value !== 'string') throw new Error(`not a phrase: ${String(value)}`);
  return value;
};

const model = load(path.join(TAB, 'views', 'timeline', 'on-behalf-model.ts'));
const translate = caller(load(path.join(TAB, 'i18n', 'catalogs.ts')), 'translator');
const onBehalfPhrase = (locale: string, entry: Entry, readerId: string) => text(caller(model, 'onBehalfPhrase')(translate(locale), entry, readerId));
const onBehalfView = (readerId: string, actorId: string, onBehalfOfId: string) => caller(model, 'onBehalfView')(readerId, actorId, onBehalfOfId);
const actingFor = caller(load(path.join(TAB, 'views', 'actions', 'acting-for.ts')), 'actingFor');

const MADS = { id: 'mads', displayName: 'Mads Nielsen' };
const SOFIE = { id: 'sofie', displayName: 'Sofie Kristensen' };
const entry = (kind: string, toStatus: string | null = null, note: string | null = null): Entry => ({ kind, toStatus, note, actor: SOFIE, onBehalfOf: MADS });

test.each(['sofie', 'mads', 'lars', 'nobody'])('the tab decides the view as the service does (reader %s)', (reader) => {
  expect(onBehalfView(reader, 'sofie', 'mads')).toBe(serviceView(reader, 'sofie', 'mads'));
});

test.each([
  // The three phrasings, for the three readers.
  ['en', 'replySent', null, 'sofie', 'Replied by you for Mads Nielsen'],
  ['en', 'replySent', null, 'mads', 'Answered by Sofie Kristensen on your behalf'],
  ['en', 'recordClosed', null, 'lars', 'Closed by Sofie Kristensen for Mads Nielsen'],
  // Danish, for the delegator and the delegate (the browser story's readers).
  ['da', 'replySent', null, 'mads', 'Besvaret af Sofie Kristensen på dine vegne'],
  ['da', 'replySent', null, 'sofie', 'Besvaret af dig for Mads Nielsen'],
  ['da', 'recordClosed', null, 'lars', 'Lukket af Sofie Kristensen for Mads Nielsen'],
  ['da', 'recordAccepted', null, 'mads', 'Overtaget af Sofie Kristensen på dine vegne'],
  ['da', 'statusChanged', 'closed', 'sofie', 'Lukket af dig for Mads Nielsen'],
  ['da', 'recordParked', null, 'mads', 'Parkeret af Sofie Kristensen, så du kan tage den op'],
  ['sv', 'replySent', null, 'mads', 'Besvarat av Sofie Kristensen för din räkning'],
  ['sv', 'recordClosed', null, 'lars', 'Stängt av Sofie Kristensen för Mads Nielsen'],
  ['en', 'statusChanged', 'waiting', 'lars', 'Done by Sofie Kristensen for Mads Nielsen'],
  ['en', 'noteAdded', null, 'sofie', 'Done by you for Mads Nielsen'],
] as const)('%s %s (%s) read by %s: %s', (locale, kind, toStatus, reader, phrase) => {
  expect(onBehalfPhrase(locale, entry(kind, toStatus), reader)).toBe(phrase);
});

// A customer chat's entry on the case: its `note` names what the delegate did in the chat, each with its own words.
test.each([
  ['da', 'takenFor', 'lars', 'Chatten overtaget af Sofie Kristensen for Mads Nielsen'],
  ['en', 'takenFor', 'mads', 'Chat taken by Sofie Kristensen on your behalf'],
  // The review's finding: a parked chat read "Chat taken by Sofie on your behalf".
  ['en', 'parked', 'mads', 'Chat parked by Sofie Kristensen for you to pick up'],
  ['da', 'parked', 'mads', 'Chatten parkeret af Sofie Kristensen, så du kan tage den op'],
  ['sv', 'parked', 'lars', 'Chatten parkerad av Sofie Kristensen åt Mads Nielsen'],
  ['en', 'pickedUp', 'sofie', 'Chat picked up by you for Mads Nielsen'],
  ['da', 'closed', 'mads', 'Chatten afsluttet af Sofie Kristensen på dine vegne'],
  ['sv', 'closed', 'sofie', 'Chatten avslutad av dig för Mads Nielsen'],
  ['en', 'transferred', 'lars', 'Chat offered to a colleague by Sofie Kristensen for Mads Nielsen'],
  ['da', 'transferred', 'mads', 'Chatten tilbudt en kollega af Sofie Kristensen på dine vegne'],
  ['en', 'accepted', 'mads', 'Chat accepted by Sofie Kristensen on your behalf'],
  ['da', 'caseMade', 'mads', 'Sagen oprettet ud fra chatten af Sofie Kristensen på dine vegne'],
  ['sv', 'caseMade', 'lars', 'Ärendet skapat från chatten av Sofie Kristensen för Mads Nielsen'],
  ['en', 'message', 'mads', 'Chat message sent by Sofie Kristensen on your behalf'],
  ['da', 'message', 'sofie', 'Chatbesked sendt af dig for Mads Nielsen'],
  // An event without words of its own, or none: the neutral chat phrase, never another event's.
  ['en', 'expired', 'mads', 'Chat handled by Sofie Kristensen on your behalf'],
  ['da', null, 'lars', 'Chatten håndteret af Sofie Kristensen for Mads Nielsen'],
  ['sv', 'toString', 'mads', 'Chatten hanterad av Sofie Kristensen för din räkning'],
] as const)('%s chat entry "%s" read by %s: %s', (locale, note, reader, phrase) => {
  expect(onBehalfPhrase(locale, entry('chatSession', null, note), reader)).toBe(phrase);
});

test.each(['en', 'da', 'sv'])('every chat event has its own words in %s (no two events read alike)', (locale) => {
  const events = ['takenFor', 'parked', 'pickedUp', 'closed', 'transferred', 'accepted', 'caseMade', 'message', null];
  for (const reader of ['sofie', 'mads', 'lars']) {
    const phrases = events.map((note) => onBehalfPhrase(locale, entry('chatSession', null, note), reader));
    expect(new Set(phrases).size).toBe(events.length);
  }
});

test('no line for an entry whose actor acted for themself, or that has no actor', () => {
  expect(onBehalfPhrase('da', { ...entry('replySent'), onBehalfOf: null }, 'mads')).toBeNull();
  expect(onBehalfPhrase('da', { ...entry('replySent'), actor: null }, 'mads')).toBeNull();
});

const delegators = [{ userId: 'mads', displayName: 'Mads Nielsen' }, { userId: 'lars', displayName: 'Lars Andersen' }];

test.each([
  ['the owner is my delegator', 'mads', '', { id: 'mads', displayName: 'Mads Nielsen' }],
  ['the owner is not, but the page is for one (?for=)', null, '?for=lars', { id: 'lars', displayName: 'Lars Andersen' }],
  ['the owner wins over ?for=', 'mads', '?for=lars', { id: 'mads', displayName: 'Mads Nielsen' }],
  ['?for= someone who is not my delegator', 'karin', '?for=karin', null],
  ['?for= my delegator on someone else\'s case', 'karin', '?for=lars', null],
  ['?for= my delegator on my own case', 'sofie', '?for=lars', null],
  ['my own case', 'sofie', '?for=sofie', null],
  ['nobody\'s case, no ?for=', null, '', null],
] as const)('acting for: %s', (_name, ownerId, search, expected) => {
  expect(actingFor(ownerId, 'sofie', search, delegators)).toEqual(expected);
});

const acceptForChoices = caller(load(path.join(TAB, 'views', 'actions', 'acting-for.ts')), 'acceptForChoices');
const LARS = { id: 'lars', displayName: 'Lars Andersen' };

test.each([
  // The review's finding: accept for a delegator was only offered with ?for=, which the delegated queue never sets on a case nobody owns.
  ['nobody owns it: every delegator', { owner: null, status: 'new' }, undefined, [MADS, LARS]],
  ['nobody owns it, the page acts for Mads (?for=): Accept does it for him; the others remain', { owner: null, status: 'new' }, 'mads', [LARS]],
  ['someone owns it', { owner: { id: 'karin' }, status: 'active' }, undefined, []],
  ['my delegator owns it', { owner: { id: 'mads' }, status: 'active' }, 'mads', []],
  ['I may not see who owns it (no owner field)', { status: 'new' }, undefined, []],
  ['closed', { owner: null, status: 'closed' }, undefined, []],
] as const)('"Accept for …": %s', (_name, record, actingId, expected) => {
  expect(acceptForChoices(record, 'sofie', actingId, delegators)).toEqual(expected);
  expect(acceptForChoices(record, 'sofie', actingId, [])).toEqual([]);
});

const noteKind = caller(load(path.join(TAB, 'views', 'compose', 'note-mode.ts')), 'noteKind');

test.each([
  ['my own write: a shared note unless I choose private', true, false, 'shared'],
  ['my own write, private chosen', true, true, 'private'],
  // Acting for someone where my own write does not reach: notes are not delegated, only a private one is mine.
  ['acting for someone without my own write', false, false, 'private'],
  ['acting for someone, private chosen', false, true, 'private'],
] as const)('the composer\'s note: %s', (_name, canWrite, privateChosen, expected) => {
  expect(noteKind(canWrite, privateChosen)).toBe(expected);
});
