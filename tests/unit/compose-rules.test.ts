/** H3 compose rules, table-driven: subjects, threading, status after a reply, forward text, edit policy, templates, limits. */
import type { ConversationMessage } from '../../bot/src/domain/conversations/conversation';
import { attachmentOverLimit, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../../bot/src/domain/compose/attachment-limits';
import { applyEdits, editRefusal, editsOf, type EditActor, type MessageChanges } from '../../bot/src/domain/compose/edit-policy';
import { forwardDate, forwardSubject, forwardText, replySubject, statusAfterReply, threadHeaders } from '../../bot/src/domain/compose/mail-thread';
import { fillTemplate, templateIssues, templateLocale, unknownPlaceholders } from '../../bot/src/domain/compose/reply-template';
import type { RecordStatus } from '../../bot/src/domain/records/record';

function msg(over: Partial<ConversationMessage>): ConversationMessage {
  return {
    id: 'm', tenantId: 't', conversationId: 'c', recordId: 'r', direction: 'in', visibility: 'external', author: { kind: 'person', personId: 'p', name: 'Kim' },
    from: { name: 'Kim', address: 'kim@x.example' }, to: [], cc: [], subject: 'Hello', text: 'text', visibleText: 'text', html: null, attachments: [],
    mail: null, rawBlobName: null, automatic: null, delivery: null, purpose: null, createdAt: '2026-11-30T10:00:00Z', ...over,
  };
}

test.each([
  ['Printer broken', 'CAS-10001', 'Re: [CAS-10001] Printer broken'],
  ['Re: Printer broken', 'CAS-10001', 'Re: [CAS-10001] Printer broken'],
  ['SV: Re: [CAS-10001] Printer broken', 'CAS-10001', 'Re: [CAS-10001] Printer broken'],
  ['AW: Vs: Faktura', 'CAS-10002', 'Re: [CAS-10002] Faktura'],
  ['', 'CAS-10003', 'Re: CAS-10003'],
])('replySubject(%j, %s) = %j', (subject, number, expected) => {
  expect(replySubject(subject, number)).toBe(expected);
});

test.each([
  ['Re: [CAS-10001] Printer broken', 'CAS-10001', 'Fwd: [CAS-10001] Printer broken'],
  ['Fw: Printer', 'CAS-10001', 'Fwd: [CAS-10001] Printer'],
])('forwardSubject(%j) = %j', (subject, number, expected) => {
  expect(forwardSubject(subject, number)).toBe(expected);
});

test.each<[RecordStatus, RecordStatus]>([
  ['new', 'waiting'], ['active', 'waiting'], ['waiting', 'waiting'], ['resolved', 'resolved'], ['closed', 'closed'],
])('a reply leaves a %s case %s', (before, after) => {
  expect(statusAfterReply(before)).toBe(after);
});

describe('threadHeaders', () => {
  const received = msg({ id: 'a', direction: 'in', mail: { messageId: 'in1@kunde', inReplyTo: null, references: ['old@kunde'] } });
  const ack = msg({ id: 'b', direction: 'out', mail: { messageId: 'ack@contoso', inReplyTo: 'in1@kunde', references: ['old@kunde', 'in1@kunde'] } });
  const note = msg({ id: 'n', direction: 'out', visibility: 'internal', mail: null });
  test.each<[string, ConversationMessage[], ConversationMessage | undefined, { inReplyTo: string | null; references: string[] }]>([
    ['nothing to answer', [], undefined, { inReplyTo: null, references: [] }],
    ['the customer\'s latest mail, not our acknowledgement', [received, ack, note], undefined, { inReplyTo: 'in1@kunde', references: ['old@kunde', 'in1@kunde'] }],
    ['our mail when the customer wrote none', [ack], undefined, { inReplyTo: 'ack@contoso', references: ['old@kunde', 'in1@kunde', 'ack@contoso'] }],
    ['the message asked for', [received, ack], ack, { inReplyTo: 'ack@contoso', references: ['old@kunde', 'in1@kunde', 'ack@contoso'] }],
  ])('%s', (_name, messages, answering, expected) => {
    expect(threadHeaders(messages, answering)).toEqual(expected);
  });
  test('at most 20 references: the thread\'s root and the 19 newest', () => {
    const long = msg({ mail: { messageId: 'last@x', inReplyTo: null, references: Array.from({ length: 30 }, (_, i) => `r${i}@x`) } });
    const { references } = threadHeaders([long]);
    expect(references).toEqual(['r0@x', ...Array.from({ length: 18 }, (_, i) => `r${i + 12}@x`), 'last@x']);
  });
});

test('a forward quotes each external message under a header block, never an internal note', () => {
  const labels = { heading: 'Forwarded message', from: 'From', date: 'Date', subject: 'Subject', to: 'To', formatDate: (iso: string) => forwardDate(iso, 'en') };
  const text = forwardText('Please look', [msg({ text: 'It leaks', to: [{ name: '', address: 'support@contoso.example' }] }), msg({ visibility: 'internal', text: 'SECRET' })], labels);
  expect(text).toBe('Please look\n\n---------- Forwarded message ----------\nFrom: Kim <kim@x.example>\nDate: Monday, November 30, 2026 at 10:00 AM UTC\nSubject: Hello\nTo: support@contoso.example\n\nIt leaks');
});

test.each([
  ['en', 'Monday, November 30, 2026 at 10:05 AM UTC'],
  ['da', 'mandag den 30. november 2026 kl. 10.05 UTC'],
  ['sv', 'måndag 30 november 2026 kl. 10:05 UTC'],
] as const)('a forwarded message\'s date in %s, in UTC', (locale, expected) => {
  expect(forwardDate('2026-11-30T10:05:00Z', locale)).toBe(expected);
});

describe('edit policy', () => {
  const admin: EditActor = { userId: 'u-admin', userName: 'Admin', admin: true };
  const author: EditActor = { userId: 'u-1', userName: 'One', admin: false };
  const other: EditActor = { userId: 'u-2', userName: 'Two', admin: false };
  const received = msg({ direction: 'in' });
  const sent = msg({ direction: 'out', author: { kind: 'user', userId: 'u-1', name: 'One' }, delivery: { state: 'sent', attempts: 1, lastError: null, nextAttemptAt: '', sentAt: '' } });
  const note = msg({ direction: 'out', visibility: 'internal', author: { kind: 'user', userId: 'u-1', name: 'One' }, from: null });
  const delivery = (state: 'pending' | 'sending' | 'failed') => ({ state, attempts: 0, lastError: null, nextAttemptAt: '', sentAt: null });
  const pending = msg({ ...sent, delivery: delivery('pending') });
  const sending = msg({ ...sent, delivery: delivery('sending') });
  const failed = msg({ ...sent, delivery: delivery('failed') });
  test.each<[string, EditActor, ConversationMessage, MessageChanges, string | null]>([
    ['admin changes the visibility of received mail', admin, received, { visibility: 'internal' }, null],
    ['admin changes the subject of sent mail', admin, sent, { subject: 'x' }, null],
    ['an agent may not change visibility', author, note, { visibility: 'external' }, 'adminOnly'],
    ['an agent may not change a subject', other, received, { subject: 'x' }, 'adminOnly'],
    ['nobody changes received text, not even an admin', admin, received, { text: 'x' }, 'receivedText'],
    ['nobody changes the text of sent mail', admin, sent, { text: 'x' }, 'sentText'],
    ['the author changes their note', author, note, { text: 'x' }, null],
    ['an admin changes anyone\'s note', admin, note, { text: 'x' }, null],
    ['another agent may not change a note', other, note, { text: 'x' }, 'notAuthor'],
    ['nobody changes mail waiting to be sent (the sender holds it)', admin, pending, { subject: 'x' }, 'delivering'],
    ['nobody changes mail being sent', admin, sending, { visibility: 'internal' }, 'delivering'],
    ['admin changes the subject of mail that failed', admin, failed, { subject: 'x' }, null],
  ])('%s', (_name, actor, message, changes, expected) => {
    expect(editRefusal(actor, message, changes)).toBe(expected);
  });
  test('the history keeps old → new of what really changed, and the message follows it', () => {
    const edits = editsOf(received, { visibility: 'internal', subject: 'Hello' }, admin, '2026-11-30T11:00:00Z');
    expect(edits).toEqual([{ at: '2026-11-30T11:00:00Z', userId: 'u-admin', userName: 'Admin', field: 'visibility', from: 'external', to: 'internal' }]);
    const next = applyEdits(received, edits);
    expect([next.visibility, next.text, next.edits?.length]).toEqual(['internal', received.text, 1]);
  });
});

describe('reply templates', () => {
  test.each<[string, string[]]>([
    ['Hi {{person.name}}, {{ record.number }}', []],
    ['Hi {{person.navn}} {{agent.name}} {{foo}}', ['person.navn', 'foo']],
    ['{single} braces are text', []],
  ])('unknown placeholders of %j', (text, expected) => {
    expect(unknownPlaceholders(text)).toEqual(expected);
  });
  test('issues name the field', () => {
    expect(templateIssues({ en: { body: 'ok {{agent.name}}' }, sv: { body: 'ok {{x}}' } })).toEqual([{ path: 'texts.sv.body', names: ['x'] }]);
  });
  test.each([
    ['da', { da: { body: 'd' }, en: { body: 'e' } }, 'da'],
    ['sv', { da: { body: 'd' }, en: { body: 'e' } }, 'en'],
    ['en', { sv: { body: 's' } }, 'sv'],
    ['en', {}, null],
  ] as const)('asked for %s, rendered in the right language', (wanted, texts, expected) => {
    expect(templateLocale(texts, wanted)).toBe(expected);
  });
  test('fill: known placeholders filled, missing values empty', () => {
    expect(fillTemplate('Hej {{person.firstName}} – {{record.number}} {{company.name}}!', { 'person.firstName': 'Mette', 'record.number': 'CAS-1' })).toBe('Hej Mette – CAS-1 !');
  });
});

const carried = (size: number) => [{ id: '0', filename: 'big', contentType: 'application/octet-stream', size, blobName: 'b', contentId: null, inline: false }];

test.each([
  [[], null],
  [Array.from({ length: MAX_ATTACHMENTS + 1 }, () => ({ filename: 'f', contentType: 'text/plain', content: Buffer.from('x') })), { limit: 'count', max: MAX_ATTACHMENTS }],
  [[{ filename: 'f', contentType: 'application/octet-stream', content: Buffer.alloc(MAX_ATTACHMENT_BYTES + 1) }], { limit: 'bytes', max: MAX_ATTACHMENT_BYTES }],
  [[{ filename: 'f', contentType: 'application/octet-stream', content: Buffer.alloc(MAX_ATTACHMENT_BYTES) }], null],
])('attachment limits (%#)', (files, expected) => {
  expect(attachmentOverLimit(files)).toEqual(expected);
});

test('forwarded files count towards the provider\'s limit with the new ones', () => {
  const one = [{ filename: 'f', contentType: 'text/plain', content: Buffer.alloc(1000) }];
  expect(attachmentOverLimit(one, 2000, carried(1000))).toBeNull();
  expect(attachmentOverLimit(one, 2000, carried(1001))).toEqual({ limit: 'bytes', max: 2000 });
  expect(attachmentOverLimit([], 2000, carried(2001))).toEqual({ limit: 'bytes', max: 2000 });
});
