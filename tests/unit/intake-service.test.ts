/** The durable front door: a failed processing is retried after a short back-off, not a whole lease. */
import { composeMime } from '../../bot/src/mail/compose';
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import { intakeHarness, SUPPORT } from '../fixtures/intake-harness';

test('a processing that fails (storage hiccup) stays pending with its reason and is retried within seconds', async () => {
  let now = Date.parse('2026-11-30T10:00:00Z');
  const h = await intakeHarness({ now: () => new Date(now) });
  const get = h.mailIndex.get.bind(h.mailIndex);
  let failures = 1;
  jest.spyOn(h.mailIndex, 'get').mockImplementation(async (tenantId, id) => {
    if (failures-- > 0) throw new Error('storage hiccup');
    return get(tenantId, id);
  });
  const raw = await composeMime({ from: { name: 'Ulla', address: 'ulla@kunde.example' }, to: [{ name: '', address: SUPPORT }], subject: 'Retry me', text: 'x', messageId: 'retry@kunde.example' });
  const { intakeId } = await h.intake.acceptRawMail({ raw, source: 'smtp', mailbox: SUPPORT, mailFrom: null });
  await h.intake.idle();
  const failed = await h.items.get(CONTOSO, intakeId);
  expect(failed?.value).toMatchObject({ state: 'pending', attempts: 1, lastError: 'storage hiccup' });
  now += 2_000;
  expect(await h.intake.resumePending()).toBe(0);
  now += 4_000;
  expect(await h.intake.resumePending()).toBe(1);
  expect((await h.items.get(CONTOSO, intakeId))?.value).toMatchObject({ state: 'done', attempts: 2, lastError: null, outcome: { kind: 'newCase' } });
});

test('a graceful stop waits for a resume sweep in progress (idle covers it)', async () => {
  const h = await intakeHarness();
  const raw = await composeMime({ from: { name: 'Vera', address: 'vera@kunde.example' }, to: [{ name: '', address: SUPPORT }], subject: 'Left behind', text: 'x', messageId: 'left@kunde.example' });
  const at = new Date(Date.now() - 5 * 60_000).toISOString();
  await h.blobs.put('rawmail', 'left.eml', raw);
  await h.items.create({
    id: 'i-left', tenantId: CONTOSO, recordType: 'case', source: 'smtp', blobName: 'left.eml', mailbox: SUPPORT, mailFrom: null,
    receivedAt: at, state: 'pending', attempts: 0, lastError: null, outcome: null, updatedAt: at,
  });
  const sweep = h.intake.resumePending();
  await h.intake.idle();
  expect((await h.items.get(CONTOSO, 'i-left'))?.value.state).toBe('done');
  expect(await sweep).toBe(1);
});
