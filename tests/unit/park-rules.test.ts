/** J6's park and pick-up rules and J3's delegator filter, as tables. */
import { isOwnPark, movedOn, parkPath, parkRefusal, pickUpRefusal, statusOnPickUp } from '../../bot/src/domain/delegation/park-rules';
import { delegatedFilter, delegatorsShown } from '../../bot/src/domain/delegation/delegated-queue';
import type { ParkMark } from '../../bot/src/domain/delegation/delegation';
import type { RecordStatus } from '../../bot/src/domain/records/record';
import { ForbiddenError } from '../../bot/src/domain/shared/errors';

const mark: ParkMark = { forUserId: 'mads', byUserId: 'sofie', at: '2026-11-30T10:00:00.000Z' };

describe('parkRefusal', () => {
  test.each<[string, { callerId: string; forUserId: string; status: RecordStatus; parked: ParkMark | null | undefined }, ReturnType<typeof parkRefusal>]>([
    ['an open case for a delegator', { callerId: 'sofie', forUserId: 'mads', status: 'active', parked: null }, null],
    ['a new case, never parked (absent)', { callerId: 'sofie', forUserId: 'mads', status: 'new', parked: undefined }, null],
    ['a waiting case', { callerId: 'sofie', forUserId: 'mads', status: 'waiting', parked: null }, null],
    ['a resolved case', { callerId: 'sofie', forUserId: 'mads', status: 'resolved', parked: null }, null],
    ['for oneself', { callerId: 'sofie', forUserId: 'sofie', status: 'active', parked: null }, 'park.error.self'],
    ['for oneself wins over closed', { callerId: 'sofie', forUserId: 'sofie', status: 'closed', parked: null }, 'park.error.self'],
    ['a closed case', { callerId: 'sofie', forUserId: 'mads', status: 'closed', parked: null }, 'park.error.closed'],
    ['parked already (for the same person)', { callerId: 'sofie', forUserId: 'mads', status: 'active', parked: mark }, 'park.error.alreadyParked'],
    ['parked already (for someone else)', { callerId: 'erik', forUserId: 'lars', status: 'active', parked: mark }, 'park.error.alreadyParked'],
  ])('%s', (_name, input, expected) => {
    expect(parkRefusal(input)).toBe(expected);
  });
});

describe('parkPath', () => {
  test.each<[string | null, string, ReturnType<typeof parkPath>]>([
    ['sofie', 'sofie', 'ownCase'],
    ['mads', 'sofie', 'delegatorsCase'],
    [null, 'sofie', 'delegatorsCase'],
    ['lars', 'sofie', 'delegatorsCase'],
  ])('owner %s, caller %s: %s', (ownerId, callerId, expected) => {
    expect(parkPath(ownerId, callerId)).toBe(expected);
  });
});

describe('pickUpRefusal', () => {
  test.each<[string, ParkMark | null | undefined, string, ReturnType<typeof pickUpRefusal>]>([
    ['the person it is parked for', mark, 'mads', null],
    ['the delegate who parked it', mark, 'sofie', 'park.error.notForYou'],
    ['anyone else', mark, 'lars', 'park.error.notForYou'],
    ['nothing parked (null)', null, 'mads', 'park.error.notParked'],
    ['nothing parked (absent)', undefined, 'mads', 'park.error.notParked'],
  ])('%s', (_name, parked, callerId, expected) => {
    expect(pickUpRefusal(parked, callerId)).toBe(expected);
  });
});

describe('statusOnPickUp', () => {
  test.each<[RecordStatus, RecordStatus]>([
    ['new', 'active'], ['active', 'active'], ['waiting', 'waiting'], ['resolved', 'resolved'], ['closed', 'closed'],
  ])('%s becomes %s', (before, after) => {
    expect(statusOnPickUp(before)).toBe(after);
  });
});

describe('delegatorsShown (J3 filter)', () => {
  test('no filter: every delegator of mine', () => {
    expect(delegatorsShown(['mads', 'astrid'], undefined)).toEqual(['mads', 'astrid']);
  });
  test('one of mine: only them', () => {
    expect(delegatorsShown(['mads', 'astrid'], 'astrid')).toEqual(['astrid']);
  });
  test.each([['someone who is not my delegator', ['mads'], 'lars'], ['anyone, when I have no delegators', [], 'mads']])('%s: forbidden', (_name, mine, named) => {
    expect(() => delegatorsShown(mine, named)).toThrow(ForbiddenError);
  });
  test('the filter: open cases of exactly those owners', () => {
    expect(delegatedFilter(['mads'])).toEqual({ type: 'case', statuses: ['new', 'active', 'waiting'], ownerIds: ['mads'] });
  });
});

describe('movedOn (a parked case that went elsewhere is not picked up)', () => {
  test.each<[string, RecordStatus, string | null, boolean]>([
    ['still the delegator\'s', 'active', 'mads', false],
    ['the delegate\'s own, parked for the delegator', 'new', 'sofie', false],
    ['given to someone else', 'active', 'lars', true],
    ['nobody\'s any more', 'active', null, true],
    ['closed (even if still the delegator\'s)', 'closed', 'mads', true],
  ])('%s', (_name, status, ownerId, expected) => {
    expect(movedOn({ status, ownerId }, mark)).toBe(expected);
  });
});

describe('isOwnPark (a retry finishes, anyone else is refused)', () => {
  test.each<[string, ParkMark | null, string, string, boolean]>([
    ['my park for the same person', mark, 'sofie', 'mads', true],
    ['my park, for someone else', mark, 'sofie', 'astrid', false],
    ['someone else\'s park for the same person', mark, 'erik', 'mads', false],
    ['not parked', null, 'sofie', 'mads', false],
  ])('%s', (_name, parked, callerId, forUserId, expected) => {
    expect(isOwnPark(parked, callerId, forUserId)).toBe(expected);
  });
});
