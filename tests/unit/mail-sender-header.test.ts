/** J2's mail rule in the MIME: a reply written for a delegator is From them with the delegate as Sender (RFC 5322 §3.6.2); one's own has no Sender. */
import { composeMime } from '../../bot/src/mail/compose';

const base = {
  from: { name: 'Mads Nielsen (Contoso Service)', address: 'support@contoso.example' },
  to: [{ name: 'Kim Kunde', address: 'kim@kunde.example' }],
  subject: 'Re: [CAS-01042] Printer',
  text: 'Hej Kim',
  messageId: 'reply-1@contoso.example',
};

const headersOf = async (input: Parameters<typeof composeMime>[0]) => {
  const raw = (await composeMime(input)).toString('utf8');
  return raw.slice(0, raw.indexOf('\r\n\r\n'));
};

test('for a delegator: From is the delegator, Sender the delegate, both at the case\'s mailbox', async () => {
  const headers = await headersOf({ ...base, sender: { name: 'Sofie Kristensen (Contoso Service)', address: 'support@contoso.example' } });
  expect(headers).toMatch(/^From: "Mads Nielsen \(Contoso Service\)" <support@contoso\.example>$/m);
  expect(headers).toMatch(/^Sender: "Sofie Kristensen \(Contoso Service\)" <support@contoso\.example>$/m);
});

test('for oneself: no Sender header at all', async () => {
  expect(await headersOf(base)).not.toMatch(/^Sender:/im);
  expect(await headersOf({ ...base, sender: undefined })).not.toMatch(/^Sender:/im);
});
