/** J4/J5 rules, as tables: hidden marks, whose private note it is, the note windows and refills of a personal timeline's pages. */
import type { Caller, User } from '../../bot/src/domain/access/access';
import { inNoteWindow, isOwnNote, privateNoteAuthorId, type PrivateNote } from '../../bot/src/domain/delegation/private-notes';
import { decodeCursor, encodeCursor, MAX_REFILLS, noteWindow, shouldRefill } from '../../bot/src/domain/delegation/timeline-paging';
import { emptyMarks, hiddenEntryIds, MARK_CAP, marksOf, withHidden } from '../../bot/src/domain/queues/user-marks';
import { ValidationError } from '../../bot/src/domain/shared/errors';

const AT = '2026-03-01T10:00:00.000Z';
const user = (id: string): User => ({ id, tenantId: 't1', displayName: id, email: `${id}@x`, teamIds: [], roleIds: [] });
const caller = (id: string): Caller => ({ tenantId: 't1', user: user(id), roles: [] });
/** Sofie acting for Mads (the resolver's shape): `user` is the delegator, `delegate` the real actor. */
const sofieForMads: Caller = { ...caller('mads'), delegate: caller('sofie') };

describe('J4 hidden marks', () => {
  test.each([
    ['hide one', [['r1', 'e1', true]], { r1: ['e1'], r2: [] }],
    ['hide twice is once', [['r1', 'e1', true], ['r1', 'e1', true]], { r1: ['e1'] }],
    ['hide then show', [['r1', 'e1', true], ['r1', 'e1', false]], { r1: [] }],
    ['per record', [['r1', 'e1', true], ['r2', 'e1', true], ['r2', 'e2', true], ['r2', 'e1', false]], { r1: ['e1'], r2: ['e2'] }],
    ['showing what was never hidden', [['r1', 'e9', false]], { r1: [] }],
  ] as const)('%s', (_name, steps, expected) => {
    let marks = emptyMarks('t1', 'mads');
    for (const [recordId, entryId, on] of steps) marks = withHidden(marks, recordId, entryId, on, AT);
    for (const [recordId, ids] of Object.entries(expected)) expect([...hiddenEntryIds(marks, recordId)].sort()).toEqual([...ids]);
  });

  test('capped like the other marks: the oldest go first', () => {
    let marks = emptyMarks('t1', 'mads');
    for (let i = 0; i <= MARK_CAP; i++) marks = withHidden(marks, 'r1', `e${i}`, true, AT);
    expect(marks.hidden).toHaveLength(MARK_CAP);
    expect(hiddenEntryIds(marks, 'r1').has('e0')).toBe(false);
    expect(hiddenEntryIds(marks, 'r1').has(`e${MARK_CAP}`)).toBe(true);
  });

  test('a document from before J4 and no document read as nothing hidden; hiding leaves favorites and flags alone', () => {
    const old = marksOf({ id: 'mads', tenantId: 't1', userId: 'mads', favorites: [{ recordId: 'r1', at: AT }], flags: [] });
    expect(old.hidden).toEqual([]);
    expect(hiddenEntryIds(null, 'r1').size).toBe(0);
    expect(withHidden(old, 'r1', 'e1', true, AT).favorites).toEqual(old.favorites);
  });
});

describe('J5 whose private note', () => {
  const note = (over: Partial<PrivateNote> = {}): PrivateNote => ({ id: 'n1', tenantId: 't1', authorId: 'sofie', recordId: 'r1', text: 'x', at: AT, ...over });
  test.each([
    ['the author', caller('sofie'), note(), true],
    ['the author acting for a delegator', sofieForMads, note(), true],
    ['the delegator the author acted for', caller('mads'), note(), false],
    ['the delegator, when the note was written by the delegate for them', caller('mads'), note({ authorId: 'sofie' }), false],
    ['a manager', caller('lars'), note(), false],
    ['the author, on another record', caller('sofie'), note({ recordId: 'r2' }), false],
    ['the author\'s id in another tenant', { ...caller('sofie'), tenantId: 't2' }, note(), false],
  ] as const)('%s: %s', (_name, who, n, own) => {
    expect(isOwnNote(who, 'r1', n)).toBe(own);
  });

  test('a delegate acting for someone writes their own note, never the delegator\'s', () => {
    expect(privateNoteAuthorId(sofieForMads)).toBe('sofie');
    expect(privateNoteAuthorId(caller('mads'))).toBe('mads');
  });

  test.each([
    ['open window', null, null, AT, true],
    ['from is inclusive', AT, null, AT, true],
    ['before is exclusive', null, AT, AT, false],
    ['inside', '2026-03-01T09:00:00.000Z', '2026-03-01T11:00:00.000Z', AT, true],
    ['older than from', '2026-03-01T10:00:00.001Z', null, AT, false],
  ] as const)('window: %s', (_name, from, before, at, inside) => {
    expect(inNoteWindow(at, { from, before })).toBe(inside);
  });
});

describe('J4/J5 paging a personal timeline', () => {
  const T1 = '2026-03-01T09:00:00.000Z';
  const T2 = '2026-03-01T08:00:00.000Z';
  test.each([
    ['the only page: every note', { before: null, oldestAt: T1, more: false }, { from: null, before: null }],
    ['the first of several: from its oldest on', { before: null, oldestAt: T1, more: true }, { from: T1, before: null }],
    ['a middle page: between its oldest and the page before', { before: T1, oldestAt: T2, more: true }, { from: T2, before: T1 }],
    ['the last page: everything older', { before: T1, oldestAt: T2, more: false }, { from: null, before: T1 }],
    ['the last page, all of it hidden', { before: T1, oldestAt: null, more: false }, { from: null, before: T1 }],
    ['a page that found nothing with more after it: none yet', { before: T1, oldestAt: null, more: true }, null],
  ] as const)('%s', (_name, input, window) => {
    expect(noteWindow(input)).toEqual(window);
  });

  test.each([
    ['short with more: refill', { have: 3, limit: 10, more: true, reads: 1 }, true],
    ['full', { have: 10, limit: 10, more: true, reads: 1 }, false],
    ['no more stored', { have: 3, limit: 10, more: false, reads: 1 }, false],
    ['the bound is reached', { have: 0, limit: 10, more: true, reads: MAX_REFILLS }, false],
  ] as const)('refill: %s', (_name, input, refill) => {
    expect(shouldRefill(input)).toBe(refill);
  });

  test('the continuation round-trips, and a made-up one is a 400 on continuation', () => {
    expect(decodeCursor(encodeCursor({ inner: 'abc', before: T1 }))).toEqual({ inner: 'abc', before: T1 });
    expect(decodeCursor(encodeCursor({ inner: 'abc', before: null }))).toEqual({ inner: 'abc', before: null });
    expect(decodeCursor(undefined)).toBeNull();
    for (const bad of ['%%%', Buffer.from('[1]').toString('base64url'), Buffer.from('{"c":1,"b":null}').toString('base64url'), Buffer.from('{"c":"x","b":5}').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(ValidationError);
    }
  });
});
