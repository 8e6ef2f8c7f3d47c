/**
 * J1's storage contract, run against the memory repository and the Cosmos one (real @azure/cosmos
 * against the local server): point reads by [tenant, user], conditional creates and replaces that
 * decide races, the policy document beside the users' and tenant isolation.
 */
import { randomUUID } from 'node:crypto';
import { createLogger } from '../../bot/src/logger';
import { emptyDelegations, type DelegationPolicy } from '../../bot/src/domain/delegation/delegation';
import type { DelegationRepository } from '../../bot/src/domain/delegation/ports';
import { ConflictError, PreconditionFailedError } from '../../bot/src/domain/shared/errors';
import { startLocalCosmos, type LocalCosmos } from '../../bot/src/sandbox/local-cosmos';
import { openStore, type Store } from '../../bot/src/storage/cosmos/cosmos-store';
import { MemoryDelegationRepository } from '../../bot/src/storage/memory/memory-delegations';

let cosmos: LocalCosmos;
let store: Store;
beforeAll(async () => {
  cosmos = await startLocalCosmos({ dataDir: '/nonexistent', intervalMs: 60_000, logger: createLogger('silent'), persist: false });
  store = await openStore({ endpoint: cosmos.endpoint, key: 'k', database: `test-${randomUUID()}`, allowSelfSigned: true, createIfMissing: true });
}, 120_000);
afterAll(async () => {
  await store?.database.delete();
  store?.close();
  await cosmos?.stop();
}, 60_000);

const policy: DelegationPolicy = { enabled: true, delegatorRoleIds: ['role-agent'], delegateRoleIds: [] };

describe.each([
  ['memory', (): DelegationRepository => new MemoryDelegationRepository()],
  ['Cosmos DB', (): DelegationRepository => store.delegations],
])('delegation repository contract: %s', (_name, make) => {
  let repo: DelegationRepository;
  let tenant: string;
  beforeEach(() => {
    repo = make();
    tenant = `t-${randomUUID()}`; // each test its own tenant: independent on one database
  });

  test('a user without a document reads as null; a created one reads back with its ETag', async () => {
    expect(await repo.get(tenant, 'anna')).toBeNull();
    const doc = { ...emptyDelegations(tenant, 'anna'), delegates: [{ userId: 'ola', since: '2026-11-30T10:00:00.000Z', state: 'pending' as const }] };
    const created = await repo.create(doc);
    expect(created.value).toEqual(doc);
    const read = await repo.get(tenant, 'anna');
    expect(read).toEqual({ value: doc, etag: created.etag });
  });

  test('create twice: ConflictError; replace with a stale ETag: PreconditionFailedError; only one of two racing replaces wins', async () => {
    const created = await repo.create(emptyDelegations(tenant, 'anna'));
    await expect(repo.create(emptyDelegations(tenant, 'anna'))).rejects.toBeInstanceOf(ConflictError);
    const link = (userId: string) => ({ userId, since: '2026-11-30T10:00:00.000Z', state: 'active' as const });
    const results = await Promise.allSettled([
      repo.replace({ ...emptyDelegations(tenant, 'anna'), delegates: [link('ola')] }, created.etag),
      repo.replace({ ...emptyDelegations(tenant, 'anna'), delegates: [link('sofie')] }, created.etag),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const loser = results.find((r) => r.status === 'rejected');
    expect(loser?.status === 'rejected' && loser.reason).toBeInstanceOf(PreconditionFailedError);
    await expect(repo.replace(emptyDelegations(tenant, 'anna'), created.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await repo.get(tenant, 'anna'))?.value.delegates).toHaveLength(1);
  });

  test('replacing a document that does not exist is a lost race (PreconditionFailedError), never a create', async () => {
    const other = await repo.create(emptyDelegations(tenant, 'x'));
    await expect(repo.replace(emptyDelegations(tenant, 'ghost'), other.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(await repo.get(tenant, 'ghost')).toBeNull();
  });

  test('tenants are apart: the same user id in another tenant is another document', async () => {
    await repo.create({ ...emptyDelegations(tenant, 'anna'), delegators: [{ userId: 'ola', since: 'x', state: 'active' }] });
    expect(await repo.get(`${tenant}-other`, 'anna')).toBeNull();
    expect(await repo.getPolicy(`${tenant}-other`)).toBeNull();
  });

  test('the policy: null until set, created once (ConflictError after), replaced with its ETag only', async () => {
    expect(await repo.getPolicy(tenant)).toBeNull();
    const first = await repo.putPolicy(tenant, policy, null);
    expect(first.value).toEqual(policy);
    await expect(repo.putPolicy(tenant, policy, null)).rejects.toBeInstanceOf(ConflictError);
    const off = { ...policy, enabled: false };
    const second = await repo.putPolicy(tenant, off, first.etag);
    await expect(repo.putPolicy(tenant, policy, first.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(await repo.getPolicy(tenant)).toEqual({ value: off, etag: second.etag });
  });

  test('extra stored fields of the policy (its revision and last change) survive a round trip', async () => {
    const stored = Object.assign({ ...policy }, { revision: 2, lastChange: null });
    await repo.putPolicy(tenant, stored, null);
    expect((await repo.getPolicy(tenant))?.value).toEqual(stored);
  });

  test("the policy document is not a user's document", async () => {
    await repo.putPolicy(tenant, policy, null);
    expect(await repo.get(tenant, '~policy')).toBeNull();
  });
});
