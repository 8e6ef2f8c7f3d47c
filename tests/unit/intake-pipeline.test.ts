/** H1's intake pipeline, in order, on the in-memory repositories with the real MIME parser and composer. */
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';
import { CallerService } from '../../bot/src/domain/access/caller-service';
import { composeMime } from '../../bot/src/mail/compose';
import { parseMail } from '../../bot/src/mail/parse';
import type { IntakeItem } from '../../bot/src/domain/intake/intake-item';
import { intakeHarness, SUPPORT } from '../fixtures/intake-harness';

const anna = { name: 'Anna Berg', address: 'anna@nordlys.example' };
const bo = { name: 'Bo Dahl', address: 'bo@fjord.example' };

function recordIdOf(outcome: { kind: string } & Partial<Record<'recordId', string | null>>): string {
  if (!outcome.recordId) throw new Error(`no record in ${outcome.kind}`);
  return outcome.recordId;
}

test('a new mail becomes a case with its person, conversation, message, timeline entry and a threaded acknowledgement', async () => {
  const h = await intakeHarness();
  const outcome = await h.receive({ from: anna, subject: 'Printer offline', text: 'The printer on floor 2 is offline.', messageId: 'first@nordlys.example' });
  expect(outcome.kind).toBe('newCase');
  const record = (await h.store.records.get(CONTOSO, recordIdOf(outcome)))?.value;
  expect(record).toMatchObject({ type: 'case', title: 'Printer offline', status: 'new', ownerId: null, description: 'The printer on floor 2 is offline.' });
  const person = await h.store.people.findPersonByEmail(CONTOSO, 'anna@nordlys.example');
  expect(person).toMatchObject({ name: 'Anna Berg', id: record?.personId });
  const [thread] = await h.conversations.ofTicket(CONTOSO, recordIdOf(outcome));
  expect(thread?.value).toMatchObject({ channel: 'email', status: 'open', mailbox: SUPPORT, personId: person?.id, messageCount: 2 });
  const messages = (await h.conversations.messagesOf(CONTOSO, thread?.value.id ?? '', { limit: 10 })).items;
  expect(messages.map((m) => [m.direction, m.purpose])).toEqual([['in', null], ['out', 'acknowledgement']]);
  const ack = messages[1];
  expect(ack?.to).toEqual([{ name: 'Anna Berg', address: 'anna@nordlys.example' }]);
  expect(ack?.from?.address).toBe(SUPPORT);
  expect(ack?.subject).toContain(record?.number ?? 'none');
  expect(ack?.mail?.inReplyTo).toBe('first@nordlys.example');
  expect(ack?.text).toContain(record?.number ?? 'none');
  expect(ack?.delivery?.state).toBe('pending');
  expect(h.queuedCount()).toBe(1);
  const timeline = (await h.store.timeline.list(CONTOSO, recordIdOf(outcome), { limit: 10 })).items.map((e) => e.kind).sort();
  expect(timeline).toEqual(['messageReceived', 'recordCreated', 'replySent']);
});

test('the same Message-ID again is a duplicate: nothing new, no second acknowledgement', async () => {
  const h = await intakeHarness();
  const first = await h.receive({ from: anna, messageId: 'same@nordlys.example' });
  const again = await h.receive({ from: anna, messageId: 'same@nordlys.example', subject: 'Resent' });
  expect(again).toEqual({ kind: 'duplicate', conversationId: first.kind === 'newCase' ? first.conversationId : '', recordId: recordIdOf(first) });
  expect(h.queuedCount()).toBe(1);
});

test('replies thread: Outlook-style reply to the acknowledgement, a changed subject with References, the case number in the subject', async () => {
  const h = await intakeHarness();
  const first = await h.receive({ from: anna, subject: 'Invoice wrong', messageId: 'inv@nordlys.example' });
  const conversationId = first.kind === 'newCase' ? first.conversationId : '';
  const [, ack] = (await h.conversations.messagesOf(CONTOSO, conversationId, { limit: 10 })).items;
  const ackId = ack?.mail?.messageId ?? '';
  // Outlook: "SV:" prefix, In-Reply-To our acknowledgement, quoted text below.
  const outlook = await h.receive({ from: anna, subject: `SV: ${ack?.subject ?? ''}`, inReplyTo: ackId, references: ['inv@nordlys.example', ackId], text: 'Here is the invoice.\n\n-----Original Message-----\nFrom: Support' });
  expect(outlook).toMatchObject({ kind: 'followUp', conversationId, recordId: recordIdOf(first) });
  // A changed subject, threaded only by References.
  const changed = await h.receive({ from: anna, subject: 'Something else entirely', references: ['inv@nordlys.example'] });
  expect(changed).toMatchObject({ kind: 'followUp', conversationId });
  // Only the number in the subject (a new mail, no threading headers).
  const record = await h.store.records.get(CONTOSO, recordIdOf(first));
  const byNumber = await h.receive({ from: anna, subject: `About ${record?.value.number ?? ''} again` });
  expect(byNumber).toMatchObject({ kind: 'followUp', conversationId });
  const messages = (await h.conversations.messagesOf(CONTOSO, conversationId, { limit: 20 })).items;
  expect(messages.filter((m) => m.direction === 'in')).toHaveLength(4);
  expect(messages.find((m) => m.text.startsWith('Here is the invoice.'))?.visibleText).toBe('Here is the invoice.');
  expect(h.queuedCount()).toBe(1);
});

test('replies to one mass mailing from two customers never merge; a number in the subject from a stranger is a new case', async () => {
  const h = await intakeHarness();
  const a = await h.receive({ from: anna, subject: 'Re: Our November newsletter', inReplyTo: 'newsletter-42@marketing.example', references: ['newsletter-42@marketing.example'] });
  const b = await h.receive({ from: bo, subject: 'Re: Our November newsletter', inReplyTo: 'newsletter-42@marketing.example', references: ['newsletter-42@marketing.example'] });
  expect(a.kind).toBe('newCase');
  expect(b.kind).toBe('newCase');
  expect(recordIdOf(a)).not.toBe(recordIdOf(b));
  // Bo replies to Anna's acknowledgement (forwarded to him): it is Anna's thread, not his.
  const conversationId = a.kind === 'newCase' ? a.conversationId : '';
  const ack = (await h.outgoing(conversationId))[0];
  const record = await h.store.records.get(CONTOSO, recordIdOf(a));
  const stranger = await h.receive({ from: bo, subject: `Re: [${record?.value.number ?? ''}] newsletter`, inReplyTo: ack?.mail?.messageId ?? '' });
  expect(stranger.kind).toBe('newCase');
  expect(recordIdOf(stranger)).not.toBe(recordIdOf(a));
});

test('a reply to a closed case reopens it within the time limit, else starts a new linked case', async () => {
  const h = await intakeHarness();
  const first = await h.receive({ from: anna, subject: 'Broken screen', messageId: 'screen@nordlys.example' });
  const recordId = recordIdOf(first);
  const close = async () => {
    const current = await h.store.records.get(CONTOSO, recordId);
    if (!current) throw new Error('gone');
    await h.store.records.replace({ ...current.value, status: 'closed', updatedAt: new Date().toISOString() }, current.etag);
  };
  await close();
  const reopened = await h.receive({ from: anna, subject: 'Re: Broken screen', inReplyTo: 'screen@nordlys.example' });
  expect(reopened).toMatchObject({ kind: 'followUp', recordId, reopened: true });
  expect((await h.store.records.get(CONTOSO, recordId))?.value.status).toBe('active');
  await close();
  // 15 days later (the default limit is 14): a new case, linked both ways.
  const later = Date.now() + 15 * 24 * 60 * 60 * 1000;
  h.setNow(() => new Date(later));
  const linked = await h.receive({ from: anna, subject: 'Re: Broken screen', inReplyTo: 'screen@nordlys.example' });
  expect(linked.kind).toBe('linkedCase');
  expect(linked).toMatchObject({ previousRecordId: recordId });
  expect((await h.store.records.get(CONTOSO, recordId))?.value.status).toBe('closed');
  const links = (await h.store.timeline.list(CONTOSO, recordId, { limit: 20 }, ['caseLinked'])).items;
  expect(links.map((e) => e.linkedRecordId)).toEqual([recordIdOf(linked)]);
  const back = (await h.store.timeline.list(CONTOSO, recordIdOf(linked), { limit: 20 }, ['caseLinked'])).items;
  expect(back.map((e) => e.linkedRecordId)).toEqual([recordId]);
  // Another reply on the old thread goes to the new case, not to a third one.
  const again = await h.receive({ from: anna, subject: 'Re: Broken screen', inReplyTo: 'screen@nordlys.example' });
  expect(again).toMatchObject({ kind: 'followUp', recordId: recordIdOf(linked) });
});

test.each([
  ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }],
  ['Precedence: bulk', { Precedence: 'bulk' }],
  ['X-Autoreply', { 'X-Autoreply': 'yes' }],
  ['X-Auto-Response-Suppress: All', { 'X-Auto-Response-Suppress': 'All' }],
  ['List-Id', { 'List-Id': '<news.list.example>' }],
])('automatic mail (%s) is stored as a case but never acknowledged', async (_name, headers) => {
  const h = await intakeHarness();
  const outcome = await h.receive({ from: anna, subject: 'Out of office', headers });
  expect(outcome.kind).toBe('automatic');
  expect(h.queuedCount()).toBe(0);
  const [thread] = await h.conversations.ofTicket(CONTOSO, recordIdOf(outcome));
  const [message] = (await h.conversations.messagesOf(CONTOSO, thread?.value.id ?? '', { limit: 5 })).items;
  expect(message?.automatic).not.toBeNull();
});

test('the null envelope sender, mailer-daemon and no-reply senders, and our own address are never acknowledged', async () => {
  const h = await intakeHarness();
  expect((await h.receive({ from: anna }, { mailFrom: '' })).kind).toBe('automatic');
  expect((await h.receive({ from: { name: '', address: 'no-reply@shop.example' } })).kind).toBe('automatic');
  // A mailer-daemon's mail is taken for a bounce (a report) when it looks like one; either way, no answer.
  expect(['automatic', 'report']).toContain((await h.receive({ from: { name: 'Mail Delivery', address: 'MAILER-DAEMON@mx.example' } })).kind);
  expect((await h.receive({ from: { name: 'Shop', address: 'noreply@shop.example' }, subject: 'Your order' })).kind).toBe('automatic');
  expect((await h.receive({ from: { name: 'Support', address: SUPPORT } })).kind).toBe('automatic');
  expect(h.queuedCount()).toBe(0);
});

test('an auto-reply to our acknowledgement attaches to the case and does not reopen it or answer', async () => {
  const h = await intakeHarness();
  const first = await h.receive({ from: anna, subject: 'Help', messageId: 'help@nordlys.example' });
  const conversationId = first.kind === 'newCase' ? first.conversationId : '';
  const [ack] = await h.outgoing(conversationId);
  const outcome = await h.receive({ from: anna, subject: 'Automatic reply: Help', inReplyTo: ack?.mail?.messageId ?? '', headers: { 'Auto-Submitted': 'auto-replied' } });
  expect(outcome).toMatchObject({ kind: 'followUp', conversationId });
  expect(h.queuedCount()).toBe(1);
});

test('a bounce of our acknowledgement lands on its conversation, fails the sent message and marks the address', async () => {
  const h = await intakeHarness();
  const first = await h.receive({ from: anna, subject: 'Help', messageId: 'help2@nordlys.example' });
  const conversationId = first.kind === 'newCase' ? first.conversationId : '';
  const [ack] = await h.outgoing(conversationId);
  const ackId = ack?.mail?.messageId ?? '';
  const dsn = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.nordlys.example>', `To: ${SUPPORT}`, 'Subject: Undelivered Mail Returned to Sender',
    'Message-ID: <dsn-1@mx.nordlys.example>', 'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
    '--B', 'Content-Type: text/plain', '', 'Your message could not be delivered.', '',
    '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.nordlys.example', '', 'Final-Recipient: rfc822; anna@nordlys.example', 'Action: failed', 'Status: 5.1.1', '',
    '--B', 'Content-Type: text/rfc822-headers', '', `Message-ID: <${ackId}>`, `From: ${SUPPORT}`, 'To: anna@nordlys.example', 'Subject: ack', '',
    '--B--', '',
  ].join('\r\n');
  const outcome = await h.receiveRaw(Buffer.from(dsn), { mailFrom: '' });
  expect(outcome).toMatchObject({ kind: 'report', conversationId, failedRecipients: ['anna@nordlys.example'] });
  expect(await h.addressHealth.isFailing(CONTOSO, 'anna@nordlys.example', '2000-01-01T00:00:00.000Z')).toBe(true);
  const sent = (await h.outgoing(conversationId))[0];
  expect(sent?.delivery).toMatchObject({ state: 'failed' });
  expect(sent?.delivery?.lastError).toContain('anna@nordlys.example');
  expect(h.queuedCount()).toBe(1);
  // Anna writes about something new: a case, but no acknowledgement to the address that bounced.
  expect((await h.receive({ from: anna, subject: 'New question' })).kind).toBe('newCase');
  expect(h.queuedCount()).toBe(1);
  // A month later the bounce no longer counts.
  h.setNow(() => new Date(Date.now() + 31 * 24 * 60 * 60 * 1000));
  expect((await h.receive({ from: anna, subject: 'Another question' })).kind).toBe('newCase');
  expect(h.queuedCount()).toBe(2);
});

test('at most three acknowledgements per sender in four hours, however many new cases they open', async () => {
  const h = await intakeHarness();
  for (let i = 0; i < 6; i++) await h.receive({ from: bo, subject: `Question ${i}` });
  expect(h.queuedCount()).toBe(3);
});

test('the company comes from the mail domain only when exactly one company has people there', async () => {
  const h = await intakeHarness();
  const people = await h.store.people.searchPeople(CONTOSO, [], { limit: 100 });
  const withCompany = people.items.find((p) => p.email && p.companyId);
  if (!withCompany?.email) throw new Error('demo data has no person with a company');
  const domain = withCompany.email.split('@')[1] ?? '';
  const sameDomain = people.items.filter((p) => p.email?.endsWith(`@${domain}`));
  const companies = new Set(sameDomain.map((p) => p.companyId));
  const outcome = await h.receive({ from: { name: 'New Colleague', address: `new.colleague@${domain}` } });
  const person = await h.store.people.findPersonByEmail(CONTOSO, `new.colleague@${domain}`);
  expect(outcome.kind).toBe('newCase');
  expect(person?.companyId).toBe(companies.size === 1 ? withCompany.companyId : null);
  await h.receive({ from: { name: 'Free Mailer', address: 'someone@gmail.com' } });
  expect((await h.store.people.findPersonByEmail(CONTOSO, 'someone@gmail.com'))?.companyId).toBeNull();
});

test('processing is idempotent: running an item again after a crash changes nothing', async () => {
  const h = await intakeHarness();
  const outcome = await h.receive({ from: anna, subject: 'Once', messageId: 'once@nordlys.example' });
  const [item] = [...(await h.items.pending(new Date(Date.now() + 3_600_000).toISOString(), 10))];
  expect(item).toBeUndefined();
  // Run the same stored mail through the pipeline again, as a resumed item would.
  const raw = await composeMime({ from: anna, to: [{ name: '', address: SUPPORT }], subject: 'Once', text: 'x', messageId: 'once@nordlys.example' });
  const stored = await h.intake.acceptRawMail({ raw, source: 'smtp', mailbox: SUPPORT, mailFrom: null });
  await h.intake.idle();
  expect(h.outcomes.at(-1)).toMatchObject({ kind: 'duplicate', recordId: recordIdOf(outcome) });
  expect(stored.tenantId).toBe(CONTOSO);
  const all = await h.store.records.search(CONTOSO, { type: 'case', personIds: [(await h.store.people.findPersonByEmail(CONTOSO, anna.address))?.id ?? ''] }, { userId: 'x', teamIds: [], scopes: [{ type: 'case', depth: 'tenant' }] }, { limit: 10 });
  expect(all.items).toHaveLength(1);
  expect(h.queuedCount()).toBe(1);
});

test('unknown support addresses are refused before anything is stored', async () => {
  const h = await intakeHarness();
  const raw = await composeMime({ from: anna, to: [{ name: '', address: 'nobody@contoso.example' }], subject: 'x', text: 'x', messageId: 'x@y' });
  await expect(h.intake.acceptRawMail({ raw, source: 'smtp', mailbox: 'nobody@contoso.example', mailFrom: null })).rejects.toThrow('no mailbox');
  expect(h.blobs.count('rawmail')).toBe(0);
});

test('the reopen window runs from when the case was closed, not from a later edit', async () => {
  let now = Date.parse('2026-11-01T09:00:00Z');
  const h = await intakeHarness({ now: () => new Date(now) });
  const first = await h.receive({ from: anna, subject: 'Window', messageId: 'window@nordlys.example' });
  const astrid = await new CallerService(h.store.directory).resolve(CONTOSO, DEMO_USERS.astrid);
  const recordId = recordIdOf(first);
  const current = async () => {
    const found = await h.store.records.get(CONTOSO, recordId);
    if (!found) throw new Error('gone');
    return found;
  };
  await h.records.update(astrid, recordId, (await current()).etag, { status: 'closed' });
  now += 10 * 24 * 60 * 60 * 1000;
  await h.records.update(astrid, recordId, (await current()).etag, { priority: 'high' });
  now += 5 * 24 * 60 * 60 * 1000;
  // 15 days after closing (the limit is 14), 5 after the edit: a new linked case.
  const reply = await h.receive({ from: anna, subject: 'Re: Window', inReplyTo: 'window@nordlys.example' });
  expect(reply).toMatchObject({ kind: 'linkedCase', previousRecordId: recordId });
});

test('two copies of one mail processed at once make one case and one acknowledgement', async () => {
  const h = await intakeHarness();
  const mail = await parseMail(await composeMime({ from: bo, to: [{ name: '', address: SUPPORT }], subject: 'Twice', text: 'x', messageId: 'twice@fjord.example' }));
  // Slow reads, so every copy has looked before any has written.
  const get = h.mailIndex.get.bind(h.mailIndex);
  jest.spyOn(h.mailIndex, 'get').mockImplementation(async (tenantId, id) => {
    const found = await get(tenantId, id);
    await new Promise((resolve) => setTimeout(resolve, 30));
    return found;
  });
  const at = new Date().toISOString();
  const item = (id: string): IntakeItem => ({
    id, tenantId: CONTOSO, recordType: 'case', source: 'smtp', blobName: `x/${id}.eml`, mailbox: SUPPORT, mailFrom: null,
    receivedAt: at, state: 'pending', attempts: 1, lastError: null, outcome: null, updatedAt: at,
  });
  const outcomes = await Promise.all(['copy-1', 'copy-2', 'copy-3'].map((id) => h.pipeline.run({ item: item(id), channel: 'email', mail })));
  expect(outcomes.map((o) => o.kind).sort()).toEqual(['duplicate', 'duplicate', 'newCase']);
  expect(h.queuedCount()).toBe(1);
});

test('a web form naming someone else\'s address and case number starts a new case; it never adds to theirs', async () => {
  const h = await intakeHarness();
  const first = await h.receive({ from: anna, subject: 'My invoice' });
  const record = await h.store.records.get(CONTOSO, recordIdOf(first));
  const before = h.outcomes.length;
  await h.intake.acceptWebForm({ tenantId: CONTOSO, recordType: 'case', name: 'Mallory', email: anna.address, subject: `Re: ${record?.value.number ?? ''}`, message: 'Cancel everything', locale: 'en' });
  await h.intake.idle();
  expect(h.outcomes[before]?.kind).toBe('newCase');
  expect(recordIdOf(h.outcomes[before] ?? { kind: 'none' })).not.toBe(recordIdOf(first));
});

test('a forged bounce (not about mail we sent) marks no address failing', async () => {
  const h = await intakeHarness();
  const dsn = [
    'From: MAILER-DAEMON@evil.example', `To: ${SUPPORT}`, 'Subject: Undelivered', 'Message-ID: <forged@evil.example>', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '', '--B', 'Content-Type: text/plain', '', 'failed', '',
    '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; evil.example', '', 'Final-Recipient: rfc822; victim@nordlys.example', 'Action: failed', 'Status: 5.1.1', '',
    '--B', 'Content-Type: text/rfc822-headers', '', 'Message-ID: <not-ours@elsewhere.example>', '', '--B--', '',
  ].join('\r\n');
  const outcome = await h.receiveRaw(Buffer.from(dsn), { mailFrom: '' });
  expect(outcome).toMatchObject({ kind: 'report', conversationId: null, failedRecipients: [] });
  expect(await h.addressHealth.isFailing(CONTOSO, 'victim@nordlys.example', '2000-01-01T00:00:00.000Z')).toBe(false);
});
