/** H3 actions through the domain services, on the in-memory repositories: rules, ETags, timeline, audit, notifications. */
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { AlreadyTakenError } from '../../bot/src/domain/actions/action-service';
import { PostponeSweep } from '../../bot/src/domain/actions/postpone-sweep';
import { ConflictError, ForbiddenError, NotFoundError, PreconditionFailedError, ValidationError } from '../../bot/src/domain/shared/errors';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { actionSetup as setup } from '../fixtures/actions-setup';
import { conversationOf } from '../fixtures/conversation-contract';
import { passThrough } from '../fixtures/actions-setup';

test('accept: an agent takes an unowned case of their team; a second agent is told who has it; a reader is refused', async () => {
  const { records, actions, as, kinds, audits, events } = await setup();
  const [mads, sofie, erik, oskar] = [await as('mads'), await as('sofie'), await as('erik'), await as('oskar')];
  // case-002: new, unowned, team-dk.
  await expect(actions.accept(erik, 'case-002')).rejects.toBeInstanceOf(ForbiddenError);
  await expect(actions.accept(oskar, 'case-002')).rejects.toBeInstanceOf(ForbiddenError);
  await expect(actions.accept(await as('nora'), 'case-002')).rejects.toBeInstanceOf(NotFoundError);
  const [a, b] = await Promise.allSettled([actions.accept(mads, 'case-002'), actions.accept(sofie, 'case-002')]);
  const won = [a, b].filter((r) => r.status === 'fulfilled');
  const lost = [a, b].flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect(lost[0]).toBeInstanceOf(AlreadyTakenError);
  const after = await records.get(mads, 'case-002');
  expect(after.value.status).toBe('active');
  const winnerName = after.value.ownerId === DEMO_USERS.mads ? 'Mads Nielsen' : 'Sofie Kristensen';
  expect((lost[0] as AlreadyTakenError).params).toEqual({ owner: winnerName });
  expect(await kinds('case-002')).toEqual(['recordAccepted']);
  expect(await audits('case-002')).toEqual(['accept']);
  expect(events).toEqual([]);
  // Accepting one's own case again changes nothing.
  const owner = after.value.ownerId === DEMO_USERS.mads ? mads : sofie;
  expect((await actions.accept(owner, 'case-002')).etag).toBe(after.etag);
});

test('accept with a stale ETag: 412 when nobody took it meanwhile, nothing written', async () => {
  const { records, actions, as, kinds } = await setup();
  const mads = await as('mads');
  const before = await records.get(mads, 'case-010');
  await records.update(await as('lars'), 'case-010', before.etag, { title: 'Adgangskort (renamed)' });
  await expect(actions.accept(mads, 'case-010', before.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
  expect((await records.get(mads, 'case-010')).value.ownerId).toBeNull();
  expect(await kinds('case-010')).not.toContain('recordAccepted');
});

test('assign: needs assign; to a user notifies them; a team alone clears the owner; unknown ids are 400 with the field', async () => {
  const { records, actions, as, kinds, audits, events, timeline } = await setup();
  const [mads, ingrid, lars] = [await as('mads'), await as('ingrid'), await as('lars')];
  const current = await records.get(mads, 'case-001');
  await expect(actions.assign(ingrid, 'case-001', current.etag, { userId: DEMO_USERS.sofie })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(actions.assign(mads, 'case-001', current.etag, { userId: 'nobody' })).rejects.toMatchObject({ issues: [{ path: 'userId' }] });
  await expect(actions.assign(mads, 'case-001', current.etag, { teamId: 'team-fab' })).rejects.toMatchObject({ issues: [{ path: 'teamId' }] });
  await expect(actions.assign(mads, 'case-001', current.etag, {})).rejects.toBeInstanceOf(ValidationError);
  await expect(actions.assign(mads, 'case-001', '"stale"', { userId: DEMO_USERS.sofie })).rejects.toBeInstanceOf(PreconditionFailedError);
  expect(await kinds('case-001')).toEqual([]);
  const toSofie = await actions.assign(mads, 'case-001', current.etag, { userId: DEMO_USERS.sofie });
  expect(toSofie.value).toMatchObject({ ownerId: DEMO_USERS.sofie, owningTeamId: 'team-dk' });
  expect(events).toMatchObject([{ kind: 'assigned', toUserId: DEMO_USERS.sofie, byUserId: DEMO_USERS.mads, recordId: 'case-001' }]);
  const toTeam = await actions.assign(lars, 'case-001', toSofie.etag, { teamId: 'team-se' });
  expect(toTeam.value).toMatchObject({ ownerId: null, owningTeamId: 'team-se' });
  expect(events).toHaveLength(1);
  const entries = (await timeline.list(CONTOSO, 'case-001', { limit: 10 })).items;
  expect(entries.map((e) => [e.kind, e.teamId ?? null])).toEqual([['recordAssigned', 'team-se'], ['recordAssigned', null]]);
  expect(await audits('case-001')).toEqual(['assign', 'assign']);
});

test('transfer: the owner passes their case with a note even without assign; others need assign', async () => {
  const { store, records, actions, as, events, timeline, audits } = await setup();
  await store.directory.putRole({ id: 'role-own', tenantId: CONTOSO, name: 'Own', isAdmin: false, privileges: { case: { read: 'tenant', write: 'own' } } });
  await store.directory.putUser({ id: 'u-own', tenantId: CONTOSO, displayName: 'Own Only', email: 'own@contoso.example', teamIds: ['team-dk'], roleIds: ['role-own'], locale: 'en-US' });
  const own = await new CallerService(store.directory).resolve(CONTOSO, 'u-own');
  const ingrid = await as('ingrid');
  const mine = await actions.accept(own, 'case-014');
  await expect(actions.transfer(ingrid, 'case-014', mine.etag, { userId: DEMO_USERS.sofie, note: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
  await expect(actions.transfer(own, 'case-014', mine.etag, { userId: 'u-own', note: 'x' })).rejects.toMatchObject({ issues: [{ path: 'userId' }] });
  const moved = await actions.transfer(own, 'case-014', mine.etag, { userId: DEMO_USERS.sofie, note: 'Customer prefers Danish, call after 14' });
  expect(moved.value.ownerId).toBe(DEMO_USERS.sofie);
  expect(events).toMatchObject([{ kind: 'transferred', toUserId: DEMO_USERS.sofie, note: 'Customer prefers Danish, call after 14' }]);
  const [entry] = (await timeline.list(CONTOSO, 'case-014', { limit: 1 })).items;
  expect(entry).toMatchObject({ kind: 'recordTransferred', userIds: [DEMO_USERS.sofie], note: 'Customer prefers Danish, call after 14' });
  expect(await audits('case-014')).toEqual(['transfer', 'accept']);
  expect((await records.get(own, 'case-014')).value.ownerId).toBe(DEMO_USERS.sofie);
});

test('close closes the ticket\'s conversations (H4); reopen reopens; refusals are conflicts', async () => {
  const { records, actions, conversations, as, kinds } = await setup();
  const mads = await as('mads');
  await conversations.create(conversationOf('conv-1', { tenantId: CONTOSO, ticketId: 'case-001', ownerId: DEMO_USERS.mads }));
  const closed = await actions.close(mads, 'case-001', (await records.get(mads, 'case-001')).etag);
  expect((await conversations.get(CONTOSO, 'conv-1'))?.value.status).toBe('closed');
  // Closing it again writes nothing and answers it as it is.
  expect((await actions.close(mads, 'case-001', closed.etag)).etag).toBe(closed.etag);
  await expect(actions.reopen(await as('oskar'), 'case-001', closed.etag)).rejects.toBeInstanceOf(ForbiddenError);
  const reopened = await actions.reopen(mads, 'case-001', closed.etag);
  expect(reopened.value.status).toBe('active');
  expect((await conversations.get(CONTOSO, 'conv-1'))?.value.status).toBe('open');
  await expect(actions.reopen(mads, 'case-001', reopened.etag)).rejects.toBeInstanceOf(ConflictError);
  expect(await kinds('case-001')).toEqual(['recordReopened', 'recordClosed']);
});

test('postpone: waiting until a future date; the sweep reopens it once when due, even with two sweeps at once', async () => {
  const { store, records, actions, timeline, as, kinds, audits, setNow } = await setup();
  const mads = await as('mads');
  const current = await records.get(mads, 'case-001');
  await expect(actions.postpone(mads, 'case-001', current.etag, '2026-11-01T00:00:00Z')).rejects.toMatchObject({ issues: [{ path: 'until' }] });
  const postponed = await actions.postpone(mads, 'case-001', current.etag, '2026-11-05T08:00:00+01:00');
  expect(postponed.value).toMatchObject({ status: 'waiting', postponedUntil: '2026-11-05T07:00:00.000Z' });
  const due = { due: async () => [await store.records.get(CONTOSO, 'case-001')].flatMap((r) => (r ? [r] : [])) };
  const failures: unknown[] = [];
  let now = new Date('2026-11-05T06:59:00Z');
  const sweep = () => new PostponeSweep({ postponed: due, records, timeline, audit: store.audit, clock: () => now, failed: (_id, e) => failures.push(e) });
  expect(await sweep().sweepOnce()).toBe(0);
  now = new Date('2026-11-05T07:00:00Z');
  setNow(now);
  const counts = await Promise.all([sweep().sweepOnce(), sweep().sweepOnce()]);
  expect(counts.sort()).toEqual([0, 1]);
  expect(failures).toEqual([]);
  expect((await records.get(mads, 'case-001')).value).toMatchObject({ status: 'active', postponedUntil: null, updatedBy: 'casebridge' });
  expect(await kinds('case-001')).toEqual(['recordReopened', 'recordPostponed']);
  expect(await audits('case-001')).toEqual(['postponeEnded', 'postpone']);
  // A postponed case changed by hand is no longer postponed: the sweep leaves it.
  const again = await actions.postpone(mads, 'case-001', (await records.get(mads, 'case-001')).etag, '2026-11-06T00:00:00Z');
  const byHand = await records.update(mads, 'case-001', again.etag, { status: 'active' });
  expect(byHand.value.postponedUntil).toBeNull();
  now = new Date('2026-11-07T00:00:00Z');
  expect(await sweep().sweepOnce()).toBe(0);
});

describe('field security on the owner (owner restricted to managers)', () => {
  test('accept by someone who may not see the owner: 409 without the owner\'s name; the audit hides owner values', async () => {
    const { records, actions, as } = await setup({ restrictions: { owner: ['role-manager'] } });
    const [lars, mads] = [await as('lars'), await as('mads')];
    // Lars (manager) gives case-002 to Sofie; Mads (agent, no manager role) tries to take it.
    const current = await records.get(lars, 'case-002');
    await actions.assign(lars, 'case-002', current.etag, { userId: DEMO_USERS.sofie });
    const refused = await actions.accept(mads, 'case-002').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AlreadyTakenError);
    expect(refused).toMatchObject({ messageKey: 'error.actions.takenHidden' });
    expect(JSON.stringify((refused as AlreadyTakenError).params)).not.toContain('Sofie');
    expect((refused as AlreadyTakenError).message).not.toContain('Sofie');
    const audit = await actions.auditOf(mads, 'case-002', { limit: 10 });
    expect(audit.items.map((e) => e.path)).toEqual(['assign']);
    const values = JSON.stringify(audit.items.map((e) => [e.oldValue, e.newValue]));
    expect(values).not.toContain('ownerId');
    expect(values).not.toContain(DEMO_USERS.sofie);
    // The manager sees them.
    const full = await actions.auditOf(lars, 'case-002', { limit: 10 });
    expect(full.items[0]?.newValue).toMatchObject({ ownerId: DEMO_USERS.sofie });
  });

  test('accept by someone who may see the owner still names them', async () => {
    const { records, actions, as } = await setup();
    const [lars, mads] = [await as('lars'), await as('mads')];
    await actions.assign(lars, 'case-002', (await records.get(lars, 'case-002')).etag, { userId: DEMO_USERS.sofie });
    await expect(actions.accept(mads, 'case-002')).rejects.toMatchObject({ messageKey: 'error.actions.taken', params: { owner: 'Sofie Kristensen' } });
  });
});

test('close after a close whose conversation step failed: the retry closes the conversations and answers 200', async () => {
  let failures = 1;
  const { records, actions, conversations, as, audits, kinds } = await setup({
    wrapConversations: (inner) => passThrough(inner, {
      replace: async (c, etag) => {
        if (failures > 0) { failures--; throw new Error('conversation store down'); }
        return inner.replace(c, etag);
      },
    }),
  });
  const mads = await as('mads');
  await conversations.create(conversationOf('conv-1', { tenantId: CONTOSO, ticketId: 'case-001', ownerId: DEMO_USERS.mads }));
  const { etag } = await records.get(mads, 'case-001');
  await expect(actions.close(mads, 'case-001', etag)).rejects.toThrow('conversation store down');
  expect((await records.get(mads, 'case-001')).value.status).toBe('closed');
  expect((await conversations.get(CONTOSO, 'conv-1'))?.value.status).toBe('open');
  // The client retries with the ETag it had: the case is closed already; its conversation is closed now.
  const retried = await actions.close(mads, 'case-001', etag);
  expect(retried.value.status).toBe('closed');
  expect((await conversations.get(CONTOSO, 'conv-1'))?.value.status).toBe('closed');
  // A reader still may not.
  await expect(actions.close(await as('oskar'), 'case-001', etag)).rejects.toBeInstanceOf(ForbiddenError);
  // The close the failure left unaudited is audited now (once: keyed by the record's version).
  await actions.close(mads, 'case-001', etag);
  expect(await audits('case-001')).toEqual(['close']);
  expect(await kinds('case-001')).toEqual(['recordClosed']);
});
