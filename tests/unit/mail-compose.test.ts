import { composeMime, envelopeRecipients } from '../../bot/src/mail/compose';
import { parseMail } from '../../bot/src/mail/parse';

const input = {
  from: { name: 'Contoso Support', address: 'support@contoso.example' },
  to: [{ name: 'Søren Æbelø', address: 'soren@example.dk' }],
  cc: [{ name: 'Göran', address: 'Goran@Example.se' }],
  bcc: [{ name: 'Hidden', address: 'hidden@contoso.example' }],
  subject: '[CASE-12] Spørgsmål – svar',
  text: 'Hej Søren,\n\nHer er svaret.',
  html: '<p>Hej Søren,</p><p>Her er svaret.</p>',
  messageId: 'case-12.out3@contoso.example',
  inReplyTo: 'CAF=abc@mail.example',
  references: ['case-12.first@contoso.example', 'CAF=abc@mail.example'],
  date: new Date('2025-03-04T10:00:00Z'),
  headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
  attachments: [{ filename: 'faktura.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4 fake') }],
};

test('composed MIME round-trips through parseMail', async () => {
  const raw = await composeMime(input);
  const mail = await parseMail(raw);
  expect(mail.messageId).toBe('case-12.out3@contoso.example');
  expect(mail.inReplyTo).toBe('CAF=abc@mail.example');
  expect(mail.references).toEqual(['case-12.first@contoso.example', 'CAF=abc@mail.example']);
  expect(mail.from).toEqual(input.from);
  expect(mail.to).toEqual(input.to);
  expect(mail.cc).toEqual([{ name: 'Göran', address: 'goran@example.se' }]);
  expect(mail.subject).toBe('[CASE-12] Spørgsmål – svar');
  expect(mail.date).toBe('2025-03-04T10:00:00.000Z');
  expect(mail.text.trim()).toBe(input.text);
  expect(mail.html).toContain('<p>Hej Søren,</p>');
  expect(mail.headers.autoSubmitted).toBe('auto-replied');
  expect(mail.headers.xAutoResponseSuppress).toBe('All');
  expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([['faktura.pdf', 'application/pdf', '%PDF-1.4 fake']]);
});

test('Bcc is in the envelope only, never in the headers; the Message-ID is rendered in brackets', async () => {
  const raw = (await composeMime(input)).toString('utf8');
  const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
  expect(headers).not.toMatch(/^bcc:/im);
  expect(raw).not.toContain('hidden@contoso.example');
  expect(headers).toMatch(/^Message-ID: <case-12\.out3@contoso\.example>$/m);
  expect(envelopeRecipients(input)).toEqual(['soren@example.dk', 'goran@example.se', 'hidden@contoso.example']);
});

test('text only, no optional fields', async () => {
  const raw = await composeMime({ from: input.from, to: input.to, subject: 'Hi', text: 'Plain', messageId: 'x1@contoso.example' });
  const mail = await parseMail(raw);
  expect(mail).toMatchObject({ html: null, inReplyTo: null, references: [], messageId: 'x1@contoso.example' });
  expect(mail.text.trim()).toBe('Plain');
});
