/** J1's service on the memory repository: add, remove, idempotence, interrupted additions, both limits under concurrent additions, the policy and its audit. */
import type { Caller, Role, User } from '../../bot/src/domain/access/access';
import { DELEGATION_LIMIT, type DelegationPolicy, type UserDelegations } from '../../bot/src/domain/delegation/delegation';
import { DelegationService } from '../../bot/src/domain/delegation/delegation-service';
import type { DelegationNotices } from '../../bot/src/domain/delegation/ports';
import { DelegationLimitError, ForbiddenError, PreconditionFailedError, ValidationError } from '../../bot/src/domain/shared/errors';
import { MemoryDelegationRepository } from '../../bot/src/storage/memory/memory-delegations';
import { MemoryAuditRepository, MemoryDirectoryRepository } from '../../bot/src/storage/memory/memory-repositories';
import type { Versioned } from '../../bot/src/domain/shared/types';

const T = 'contoso';
const roles: Role[] = [
  { id: 'role-admin', tenantId: T, name: 'Admin', isAdmin: true, privileges: {} },
  { id: 'role-agent', tenantId: T, name: 'Agent', isAdmin: false, privileges: {} },
  { id: 'role-reader', tenantId: T, name: 'Reader', isAdmin: false, privileges: {} },
];
const user = (id: string, roleIds = ['role-agent'], tenantId = T): User => ({ id, tenantId, displayName: `User ${id}`, email: `${id}@example.com`, teamIds: [], roleIds });
const callerOf = (u: User): Caller => ({ tenantId: u.tenantId, user: u, roles: roles.filter((r) => u.roleIds.includes(r.id)) });
const open: DelegationPolicy = { enabled: true, delegatorRoleIds: [], delegateRoleIds: [] };

let repository: MemoryDelegationRepository;
let directory: MemoryDirectoryRepository;
let audit: MemoryAuditRepository;
let told: Array<Parameters<DelegationNotices['delegationChanged']>[0]>;
let service: DelegationService;
const admin = user('admin', ['role-admin']);
const anna = user('anna');
const ola = user('ola');

beforeEach(async () => {
  repository = new MemoryDelegationRepository();
  directory = new MemoryDirectoryRepository();
  audit = new MemoryAuditRepository();
  told = [];
  for (const r of roles) await directory.putRole(r);
  for (const u of [admin, anna, ola, user('reader', ['role-reader']), user('nora', ['role-agent'], 'fabrikam')]) await directory.putUser(u);
  for (let i = 0; i < 25; i++) await directory.putUser(user(`extra${i}`));
  service = new DelegationService({ repository, directory, audit, clock: () => new Date('2026-11-30T10:00:00Z'), notices: { delegationChanged: async (e) => { told.push(e); } } });
  await repository.putPolicy(T, open, null);
});

test('adding makes it effective on both sides, tells the delegate, and is idempotent', async () => {
  const first = await service.add(callerOf(anna), 'ola');
  expect(first).toEqual({ created: true, person: { userId: 'ola', displayName: 'User ola', email: 'ola@example.com', since: '2026-11-30T10:00:00.000Z' } });
  expect(await service.activeDelegatorIds(T, 'ola')).toEqual(['anna']);
  expect((await service.delegatesOf(callerOf(anna))).map((p) => p.userId)).toEqual(['ola']);
  expect((await service.delegatorsOf(callerOf(ola))).map((p) => p.userId)).toEqual(['anna']);
  const again = await service.add(callerOf(anna), 'ola');
  expect(again.created).toBe(false);
  expect((await repository.get(T, 'anna'))?.value.delegates).toHaveLength(1);
  expect(told.map((e) => [e.delegatorId, e.delegateId, e.change])).toEqual([['anna', 'ola', 'added']]);
});

test('removal clears the delegate side (effective at once), then the delegator side; removing again is 404', async () => {
  await service.add(callerOf(anna), 'ola');
  await service.removeDelegate(callerOf(anna), 'ola');
  expect(await service.activeDelegatorIds(T, 'ola')).toEqual([]);
  expect(await service.delegatesOf(callerOf(anna))).toEqual([]);
  expect(told.map((e) => e.change)).toEqual(['added', 'removed']);
  await expect(service.removeDelegate(callerOf(anna), 'ola')).rejects.toMatchObject({ code: 'not-found', messageKey: 'error.delegation.notDelegate' });
  await expect(service.removeDelegate(callerOf(anna), 'nora')).rejects.toMatchObject({ code: 'not-found', messageKey: 'error.delegation.notDelegate' });
});

test('an interrupted addition (pending on the delegator side only) grants nothing and the next addition finishes it', async () => {
  await repository.create({ id: 'anna', tenantId: T, userId: 'anna', delegates: [{ userId: 'ola', since: '2026-11-29T09:00:00.000Z', state: 'pending' }], delegators: [] });
  expect(await service.activeDelegatorIds(T, 'ola')).toEqual([]);
  // (Listed now, it would be dropped: the delegate's side does not have it — see the half-done tests below.)
  const finished = await service.add(callerOf(anna), 'ola');
  expect(finished).toMatchObject({ created: true, person: { since: '2026-11-29T09:00:00.000Z' } });
  expect((await repository.get(T, 'anna'))?.value.delegates).toEqual([{ userId: 'ola', since: '2026-11-29T09:00:00.000Z', state: 'active' }]);
  expect(await service.activeDelegatorIds(T, 'ola')).toEqual(['anna']);
});

test('an interrupted removal (delegate side gone) can be finished by removing again', async () => {
  await service.add(callerOf(anna), 'ola');
  const ola0 = await repository.get(T, 'ola');
  if (!ola0) throw new Error('no document');
  await repository.replace({ ...ola0.value, delegators: [] }, ola0.etag);
  await service.removeDelegate(callerOf(anna), 'ola');
  expect((await repository.get(T, 'anna'))?.value.delegates).toEqual([]);
});

test('refusals: oneself, unknown and other-tenant users, policy off, roles', async () => {
  await expect(service.add(callerOf(anna), 'anna')).rejects.toMatchObject({ messageKey: 'error.delegation.self', issues: [{ path: 'userId' }] });
  await expect(service.add(callerOf(anna), 'nobody')).rejects.toBeInstanceOf(ValidationError);
  await expect(service.add(callerOf(anna), 'nora')).rejects.toMatchObject({ issues: [{ path: 'userId', messageKey: 'error.delegation.unknownUser' }] });
  await expect(service.add(callerOf(anna), 'reader')).resolves.toMatchObject({ created: true });
  const policy = await service.getPolicy(callerOf(admin));
  const narrowed = await service.setPolicy(callerOf(admin), { enabled: true, delegatorRoleIds: ['role-agent'], delegateRoleIds: ['role-agent'] }, policy.etag);
  await expect(service.add(callerOf(anna), 'reader')).rejects.toMatchObject({ messageKey: 'error.delegation.roleMayNotBeDelegate', params: { name: 'User reader' } });
  await expect(service.add(callerOf(user('reader', ['role-reader'])), 'ola')).rejects.toMatchObject({ messageKey: 'error.delegation.roleMayNotDelegate' });
  await service.setPolicy(callerOf(admin), { ...narrowed.value, enabled: false }, narrowed.etag);
  const refused = service.add(callerOf(anna), 'ola');
  await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
  await expect(refused).rejects.toMatchObject({ messageKey: 'error.delegation.policyOff' });
  expect(await repository.get(T, 'ola')).toBeNull(); // nothing half-written
});

test(`20 concurrent additions by one delegator make exactly ${DELEGATION_LIMIT}; the others name the delegator's limit`, async () => {
  const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => service.add(callerOf(anna), `extra${i}`)));
  const ok = results.filter((r) => r.status === 'fulfilled');
  const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  expect(ok).toHaveLength(DELEGATION_LIMIT);
  expect(refused).toHaveLength(5);
  for (const e of refused) expect(e).toMatchObject({ which: 'delegates', messageKey: 'error.delegation.limit.delegates', params: { limit: 15 } });
  expect((await repository.get(T, 'anna'))?.value.delegates).toHaveLength(DELEGATION_LIMIT);
});

test(`20 delegators adding one delegate concurrently make exactly ${DELEGATION_LIMIT}; the refused leave nothing behind`, async () => {
  const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => service.add(callerOf(user(`extra${i}`)), 'ola')));
  const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  expect(refused).toHaveLength(5);
  for (const e of refused) {
    expect(e).toBeInstanceOf(DelegationLimitError);
    expect(e).toMatchObject({ which: 'delegators', params: { limit: 15, name: 'User ola' } });
  }
  expect(await service.activeDelegatorIds(T, 'ola')).toHaveLength(DELEGATION_LIMIT);
  // The refused delegators' own documents were undone (no pending link left counting against them).
  let pending = 0;
  for (let i = 0; i < 20; i++) pending += (await repository.get(T, `extra${i}`))?.value.delegates.filter((l) => l.state === 'pending').length ?? 0;
  expect(pending).toBe(0);
});

test('the policy: admins only, ETag-checked, every change audited once (B8)', async () => {
  await expect(service.getPolicy(callerOf(anna))).rejects.toMatchObject({ messageKey: 'error.forbidden.adminOnly' });
  const current = await service.getPolicy(callerOf(admin));
  expect(current.value).toEqual(open);
  const saved = await service.setPolicy(callerOf(admin), { enabled: false, delegatorRoleIds: [], delegateRoleIds: ['role-agent'] }, current.etag);
  await expect(service.setPolicy(callerOf(admin), open, current.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
  await expect(service.setPolicy(callerOf(admin), { ...open, delegateRoleIds: ['role-nope'] }, saved.etag)).rejects.toMatchObject({ issues: [{ path: 'delegateRoleIds', messageKey: 'error.delegation.unknownRole', params: { role: 'role-nope' } }] });
  const unchanged = await service.setPolicy(callerOf(admin), saved.value, saved.etag);
  expect(unchanged.etag).toBe(saved.etag);
  const entries = (await audit.list(T, 'delegationpolicy', { limit: 10 })).items;
  expect(entries.map((e) => [e.path, e.oldValue, e.newValue, e.actorId]).sort()).toEqual([
    ['delegateRoleIds', [], ['role-agent'], 'admin'],
    ['enabled', true, false, 'admin'],
  ]);
});

test('a policy whose audit was interrupted gets its entries on the next read', async () => {
  const current = await repository.getPolicy(T);
  if (!current) throw new Error('no policy');
  const change = { revision: 1, actorId: 'admin', at: '2026-11-30T09:00:00Z', changes: [{ path: 'enabled', oldValue: true, newValue: false }] };
  await repository.putPolicy(T, Object.assign({ ...open, enabled: false }, { revision: 1, lastChange: change }), current.etag);
  expect((await audit.list(T, 'delegationpolicy', { limit: 10 })).items).toHaveLength(0);
  await service.getPolicy(callerOf(admin));
  expect((await audit.list(T, 'delegationpolicy', { limit: 10 })).items.map((e) => e.id)).toEqual(['delegationpolicy:1:0']);
});

test('a failing notice never undoes the change', async () => {
  const failing = new DelegationService({ repository, directory, audit, clock: () => new Date(), notices: { delegationChanged: async () => { throw new Error('Teams down'); } }, logger: { warn: () => undefined } });
  await failing.add(callerOf(anna), 'ola');
  expect(await failing.activeDelegatorIds(T, 'ola')).toEqual(['anna']);
});

test("an interrupted addition whose delegate is now full is cleared on the delegator's side, 409 naming the delegate's limit", async () => {
  for (let i = 0; i < DELEGATION_LIMIT; i++) await service.add(callerOf(user(`extra${i}`)), 'ola');
  await repository.create({ id: 'anna', tenantId: T, userId: 'anna', delegates: [{ userId: 'ola', since: '2026-11-29T09:00:00.000Z', state: 'pending' }], delegators: [] });
  await expect(service.add(callerOf(anna), 'ola')).rejects.toMatchObject({ which: 'delegators' });
  expect((await repository.get(T, 'anna'))?.value.delegates).toEqual([]);
});

/** A repository whose next write matching `when` fails: before writing (`mode: 'refuse'`), or after it (`'lostAnswer'`: stored, the answer lost). */
class FlakyRepository extends MemoryDelegationRepository {
  failures: Array<{ when: (doc: UserDelegations) => boolean; mode: 'refuse' | 'lostAnswer' }> = [];
  /** Runs before each write (a listing racing an addition). */
  beforeWrite: ((doc: UserDelegations) => Promise<void>) | null = null;

  override async create(doc: UserDelegations) {
    return this.write(doc, () => super.create(doc));
  }

  override async replace(doc: UserDelegations, etag: string) {
    return this.write(doc, () => super.replace(doc, etag));
  }

  private async write(doc: UserDelegations, run: () => Promise<Versioned<UserDelegations>>): Promise<Versioned<UserDelegations>> {
    const hook = this.beforeWrite;
    if (hook) await hook(doc);
    const index = this.failures.findIndex((f) => f.when(doc));
    const failure = index >= 0 ? this.failures.splice(index, 1)[0] : undefined;
    if (failure?.mode === 'refuse') throw new Error('Cosmos unavailable');
    const written = await run();
    if (failure?.mode === 'lostAnswer') throw new Error('socket hang up');
    return written;
  }
}

describe('an addition left half-done is never hidden from the delegator', () => {
  let flaky: FlakyRepository;
  let svc: DelegationService;
  /** Step 3: the delegator's side made active. */
  const step3 = (doc: UserDelegations) => doc.userId === 'anna' && doc.delegates.some((l) => l.userId === 'ola' && l.state === 'active');
  /** Step 2: the delegate's side. */
  const step2 = (doc: UserDelegations) => doc.userId === 'ola' && doc.delegators.some((l) => l.userId === 'anna');

  beforeEach(async () => {
    flaky = new FlakyRepository();
    await flaky.putPolicy(T, open, null);
    svc = new DelegationService({ repository: flaky, directory, audit, clock: () => new Date('2026-11-30T10:00:00Z'), notices: { delegationChanged: async (e) => { told.push(e); } } });
  });

  test('step 3 failed once: the delegate acts already, so the listing finishes step 3, shows them, and the delegate is told once', async () => {
    flaky.failures.push({ when: step3, mode: 'refuse' });
    await expect(svc.add(callerOf(anna), 'ola')).rejects.toThrow('Cosmos unavailable');
    expect(await svc.activeDelegatorIds(T, 'ola')).toEqual(['anna']);
    expect((await flaky.get(T, 'anna'))?.value.delegates).toEqual([{ userId: 'ola', since: '2026-11-30T10:00:00.000Z', state: 'pending' }]);
    expect((await svc.delegatesOf(callerOf(anna))).map((p) => p.userId)).toEqual(['ola']);
    expect((await flaky.get(T, 'anna'))?.value.delegates).toEqual([{ userId: 'ola', since: '2026-11-30T10:00:00.000Z', state: 'active' }]);
    expect(told.map((e) => [e.delegateId, e.change])).toEqual([['ola', 'added']]);
    // Listing again writes and tells nothing more; she can remove him as usual.
    await svc.delegatesOf(callerOf(anna));
    expect(told).toHaveLength(1);
    await svc.removeDelegate(callerOf(anna), 'ola');
    expect(await svc.activeDelegatorIds(T, 'ola')).toEqual([]);
  });

  test("step 2 was stored but its answer lost: the pending link is kept (the delegate's side is re-read), and the listing shows the delegate", async () => {
    flaky.failures.push({ when: step2, mode: 'lostAnswer' });
    await expect(svc.add(callerOf(anna), 'ola')).rejects.toThrow('socket hang up');
    expect(await svc.activeDelegatorIds(T, 'ola')).toEqual(['anna']);
    expect((await flaky.get(T, 'anna'))?.value.delegates.map((l) => [l.userId, l.state])).toEqual([['ola', 'pending']]);
    expect((await svc.delegatesOf(callerOf(anna))).map((p) => p.userId)).toEqual(['ola']);
  });

  test('step 2 refused: the pending link is undone; a pending link left by a crash before step 2 is dropped by the listing', async () => {
    flaky.failures.push({ when: step2, mode: 'refuse' });
    await expect(svc.add(callerOf(anna), 'ola')).rejects.toThrow('Cosmos unavailable');
    expect((await flaky.get(T, 'anna'))?.value.delegates).toEqual([]);
    const doc = await flaky.get(T, 'anna');
    if (!doc) throw new Error('no document');
    await flaky.replace({ ...doc.value, delegates: [{ userId: 'ola', since: '2026-11-29T09:00:00.000Z', state: 'pending' }] }, doc.etag);
    expect(await svc.delegatesOf(callerOf(anna))).toEqual([]);
    expect((await flaky.get(T, 'anna'))?.value.delegates).toEqual([]);
    expect(await svc.activeDelegatorIds(T, 'ola')).toEqual([]);
    expect(told).toEqual([]);
  });

  test('a listing between step 1 and step 2 drops the pending link; the addition still completes on both sides (step 3 adds it again)', async () => {
    let listed = false;
    flaky.beforeWrite = async (doc) => {
      if (listed || !step2(doc)) return;
      listed = true;
      expect(await svc.delegatesOf(callerOf(anna))).toEqual([]);
      expect((await flaky.get(T, 'anna'))?.value.delegates).toEqual([]);
    };
    await expect(svc.add(callerOf(anna), 'ola')).resolves.toMatchObject({ created: true });
    expect(listed).toBe(true);
    expect((await flaky.get(T, 'anna'))?.value.delegates.map((l) => [l.userId, l.state])).toEqual([['ola', 'active']]);
    expect(await svc.activeDelegatorIds(T, 'ola')).toEqual(['anna']);
    expect(told).toHaveLength(1);
  });
});

test('a listing drops the pending link and the delegator fills their 15 meanwhile: step 3 refuses (409) and undoes the delegate\'s side, so the limit holds', async () => {
  const flaky = new FlakyRepository();
  await flaky.putPolicy(T, open, null);
  const svc = new DelegationService({ repository: flaky, directory, audit, clock: () => new Date('2026-11-30T10:00:00Z'), notices: { delegationChanged: async (e) => { told.push(e); } } });
  let raced = false;
  flaky.beforeWrite = async (doc) => {
    if (raced || doc.userId !== 'ola' || !doc.delegators.some((l) => l.userId === 'anna')) return;
    raced = true;
    await svc.delegatesOf(callerOf(anna));
    for (let i = 0; i < DELEGATION_LIMIT; i++) await svc.add(callerOf(anna), `extra${i}`);
  };
  await expect(svc.add(callerOf(anna), 'ola')).rejects.toMatchObject({ which: 'delegates', params: { limit: DELEGATION_LIMIT } });
  expect(raced).toBe(true);
  expect((await flaky.get(T, 'anna'))?.value.delegates).toHaveLength(DELEGATION_LIMIT);
  expect((await flaky.get(T, 'anna'))?.value.delegates.some((l) => l.userId === 'ola')).toBe(false);
  expect(await svc.activeDelegatorIds(T, 'ola')).toEqual([]);
  expect(told.filter((e) => e.delegateId === 'ola')).toEqual([]);
});
