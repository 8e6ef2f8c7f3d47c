/** H1's small rules as tables: automatic mail, the number in a subject, acknowledgement text and language, names from addresses, phone numbers. */
import { ackLocale, fillPlaceholders, renderAcknowledgement, withNumber } from '../../bot/src/domain/intake/acknowledgement';
import { automaticKind, numberInSubject } from '../../bot/src/domain/intake/classify';
import { nameFromAddress } from '../../bot/src/domain/intake/identify';
import { normalizePhone } from '../../bot/src/domain/intake/phone-intake';
import type { ParsedMail } from '../../bot/src/domain/intake/parsed-mail';
import { defaultSettings } from '../../bot/src/domain/settings/settings';

function mail(from: string, headers: ParsedMail['headers'] = {}, report: ParsedMail['report'] = null): ParsedMail {
  return {
    messageId: 'm@x', inReplyTo: null, references: [], from: from ? { name: '', address: from } : null, replyTo: [], to: [], cc: [], subject: 's', date: null,
    text: '', html: null, visibleText: '', attachments: [], headers, report, warnings: [],
  };
}
const OWN = new Set(['support@contoso.example']);

test.each<[string, ParsedMail, string | null, string | null]>([
  ['a person', mail('anna@nordlys.example'), 'anna@nordlys.example', null],
  ['Auto-Submitted: no', mail('anna@nordlys.example', { autoSubmitted: 'no' }), null, null],
  ['Auto-Submitted: auto-replied', mail('anna@nordlys.example', { autoSubmitted: 'auto-replied' }), null, 'autoReply'],
  ['Auto-Submitted: auto-generated', mail('anna@nordlys.example', { autoSubmitted: 'Auto-Generated' }), null, 'autoReply'],
  ['X-Autoreply', mail('anna@nordlys.example', { xAutoreply: 'yes' }), null, 'autoReply'],
  ['Precedence: bulk', mail('anna@nordlys.example', { precedence: 'bulk' }), null, 'bulk'],
  ['Precedence: junk', mail('anna@nordlys.example', { precedence: ' Junk ' }), null, 'bulk'],
  ['Precedence: list', mail('anna@nordlys.example', { precedence: 'list' }), null, 'bulk'],
  ['Precedence: first-class', mail('anna@nordlys.example', { precedence: 'first-class' }), null, null],
  ['X-Auto-Response-Suppress: All', mail('anna@nordlys.example', { xAutoResponseSuppress: 'All' }), null, 'autoReply'],
  ['X-Auto-Response-Suppress: OOF, AutoReply', mail('anna@nordlys.example', { xAutoResponseSuppress: 'OOF, AutoReply' }), null, 'autoReply'],
  ['List-Id', mail('anna@nordlys.example', { listId: '<x.list>' }), null, 'bulk'],
  ['empty Return-Path', mail('anna@nordlys.example', { returnPath: '' }), null, 'autoReply'],
  ['null envelope sender', mail('anna@nordlys.example'), '', 'autoReply'],
  ['mailer-daemon', mail('MAILER-DAEMON@mx.example'), null, 'autoReply'],
  ['no-reply', mail('no-reply@shop.example'), null, 'autoReply'],
  ['noreply+tag', mail('noreply+orders@shop.example'), null, 'autoReply'],
  ['donotreply', mail('donotreply@bank.example'), null, 'autoReply'],
  ['a person called Norris', mail('norris@nordlys.example'), null, null],
  ['our own address', mail('support@contoso.example'), null, 'ownAddress'],
  ['no sender', mail(''), null, 'autoReply'],
  ['a bounce report', mail('x@y.example', {}, { kind: 'bounce', originalMessageId: null, failedRecipients: [] }), null, 'bounce'],
  ['a delivery report', mail('x@y.example', {}, { kind: 'deliveryReport', originalMessageId: null, failedRecipients: [] }), null, 'deliveryReport'],
])('automatic mail: %s', (_name, parsed, mailFrom, expected) => {
  expect(automaticKind(parsed, mailFrom, OWN)).toBe(expected);
});

test.each<[string, string | null]>([
  ['Re: [CAS-01042] Printer offline', 'CAS-01042'],
  ['SV: Sag CAS-01042', 'CAS-01042'],
  ['VS: cas-01042 again', 'CAS-01042'],
  ['CAS-01042', 'CAS-01042'],
  ['About XCAS-01042', null],
  ['CAS-01042999 is a phone number', 'CAS-01042999'],
  ['CAS-42', null],
  ['Printer offline', null],
])('the number in %p is %p', (subject, expected) => {
  expect(numberInSubject(subject, 'CAS')).toBe(expected);
});

test('acknowledgement text: built-in per language, custom templates, the number always in the subject', () => {
  const settings = defaultSettings('case').intake;
  const values = { number: 'CAS-01042', title: 'Printer offline', name: 'Anna Berg', agent: 'Kundeservice, Contoso' };
  const da = renderAcknowledgement(settings, 'da', values);
  expect(da.subject).toBe('[CAS-01042] Vi har modtaget din henvendelse: Printer offline');
  expect(da.body).toContain('Kære Anna Berg');
  expect(da.body).toContain('CAS-01042: Printer offline');
  const sv = renderAcknowledgement(settings, 'sv', values);
  expect(sv.body).toContain('Hej Anna Berg');
  const custom = { ...settings, acknowledgement: { enabled: true, templates: { en: { subject: 'Ticket {number}', body: 'Hi {name}, {unknown} stays.' }, da: null, sv: null } } };
  expect(renderAcknowledgement(custom, 'en', values)).toEqual({ subject: 'Ticket CAS-01042', body: 'Hi Anna Berg, {unknown} stays.' });
  expect(withNumber('Thanks', 'CAS-1')).toBe('[CAS-1] Thanks');
  expect(fillPlaceholders('{title}{title}', values)).toBe('Printer offlinePrinter offline');
});

test.each<[string | undefined, 'en' | 'da' | 'sv' | undefined, string]>([
  ['da-DK', 'en', 'da'], ['sv', 'en', 'sv'], ['nb-NO', 'sv', 'da'], ['de', 'sv', 'sv'], [undefined, 'da', 'da'], [undefined, undefined, 'en'], ['en-GB, da', 'sv', 'en'],
])('acknowledgement language for Content-Language %p and tenant %p is %p', (contentLanguage, tenant, expected) => {
  expect(ackLocale(contentLanguage, tenant)).toBe(expected);
});

test.each([
  ['anna.berg@nordlys.example', 'Anna Berg'], ['bo_dahl-77@x.dk', 'Bo Dahl'], ['12345@x.dk', '12345@x.dk'], ['karin@x.se', 'Karin'],
])('a name for %p is %p', (address, name) => {
  expect(nameFromAddress(address)).toBe(name);
});

test.each([
  ['+45 12 34 56 78', '+4512345678'], ['(0045) 1234-5678', '004512345678'], ['+46 70-123 45 67', '+46701234567'],
])('phone %p is %p', (input, normalized) => {
  expect(normalizePhone(input)).toBe(normalized);
});
