/**
 * H1's loop guard end to end: a customer's auto-responder answers every mail Casebridge sends it,
 * for 100 rounds over real SMTP. Casebridge stores every auto-reply, but sends that address at
 * most ACK_LIMIT acknowledgements — whether the responder is polite (RFC 3834 headers, threaded)
 * or rude (no automatic headers, a new subject and no threading each time: a new case each round).
 */
import { randomUUID } from 'node:crypto';
import { tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { allRecords, conversationsOf, onlyRecord, outboxTo, parseRaw, sendMail, smtpTo } from '../fixtures/mail-client';
import { ACK_LIMIT } from '../../bot/src/domain/intake/acknowledgement';

const ROUNDS = 100;
let server: TestServer;
let astrid: string;

beforeAll(async () => {
  server = await startServer();
  astrid = await tokenFor(server.baseUrl, 'Astrid Holm');
}, 150_000);
afterAll(() => server?.stop(), 60_000);

const tagOf = () => `loop${randomUUID().replace(/-/g, '').slice(0, 10)}`;

/** Acknowledgements Casebridge sent to the address (the outbox holds nothing else for it here). */
async function acksTo(address: string) {
  const sent = await outboxTo(server, address);
  const parsed = await Promise.all(sent.map((s) => parseRaw(s.raw)));
  return parsed.filter((m) => m.headers.some((h) => h.key === 'auto-submitted' && h.value === 'auto-replied'));
}

test(`a polite auto-responder (Auto-Submitted, In-Reply-To) answering for ${ROUNDS} rounds gets one acknowledgement; every auto-reply is stored`, async () => {
  const tag = tagOf();
  const address = `out.of.office.${tag}@kunde-loop.example`;
  await sendMail(server, { from: `Pia Holm <${address}>`, subject: `Screen flickers ${tag}`, text: 'My screen flickers.' });
  const record = await onlyRecord(server, astrid, tag);
  const transport = smtpTo(server);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const newest = (await outboxTo(server, address, 5))[0];
      if (!newest) throw new Error('nothing to answer');
      const mail = await parseRaw(newest.raw);
      await transport.sendMail({
        from: `Pia Holm <${address}>`, to: 'support@contoso.example', subject: `Automatic reply: ${mail.subject ?? ''}`,
        inReplyTo: mail.messageId, references: [mail.messageId ?? ''], headers: { 'Auto-Submitted': 'auto-replied' },
        text: `I am out of the office until Monday. (${round})`,
      });
      await server.app.mailIdle();
    }
  } finally {
    transport.close();
  }
  const acks = await acksTo(address);
  expect(acks.length).toBeLessThanOrEqual(ACK_LIMIT);
  expect(acks).toHaveLength(1);
  // Every auto-reply is on the case, marked automatic; no new case was made.
  expect(await allRecords(server, astrid, tag)).toHaveLength(1);
  const received = (await conversationsOf(server, astrid, record.id)).flatMap((c) => c.messages.filter((m) => m.direction === 'in'));
  expect(received).toHaveLength(ROUNDS + 1);
  expect(received.filter((m) => m.automatic === 'autoReply')).toHaveLength(ROUNDS);
}, 150_000);

test(`a rude auto-responder (no automatic headers, a new subject, no threading) for ${ROUNDS} rounds gets at most ${ACK_LIMIT} acknowledgements; every mail is a stored case`, async () => {
  const tag = tagOf();
  const address = `helpdesk.${tag}@kunde-rude.example`;
  await sendMail(server, { from: `Kunde Helpdesk <${address}>`, subject: `Hello ${tag} 0`, text: 'Please help.' });
  const transport = smtpTo(server);
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const newest = (await outboxTo(server, address, 5))[0];
      if (!newest) throw new Error('nothing to answer');
      // Answers whatever came last, but says nothing that threads it: no headers, no number, a fresh subject.
      await transport.sendMail({
        from: `Kunde Helpdesk <${address}>`, to: 'support@contoso.example', subject: `We got your message ${tag} ${round}`,
        text: `Thank you for writing to us, we will answer soon. Ticket ${round}.`,
      });
      await server.app.mailIdle();
    }
  } finally {
    transport.close();
  }
  const acks = await acksTo(address);
  expect(acks).toHaveLength(ACK_LIMIT);
  const records = await allRecords(server, astrid, tag);
  expect(records).toHaveLength(ROUNDS + 1);
  const sample = records[records.length - 1];
  const messages = (await conversationsOf(server, astrid, sample?.id ?? '')).flatMap((c) => c.messages);
  expect(messages.filter((m) => m.direction === 'in')).toHaveLength(1);
}, 150_000);

test('a mail from our own support address (a loop through a forwarding rule) is stored but never answered', async () => {
  const tag = tagOf();
  const before = (await outboxTo(server, 'support@contoso.example')).length;
  for (let round = 0; round < 5; round++) {
    await sendMail(server, { from: 'Contoso Support <support@contoso.example>', subject: `Forwarded to ourselves ${tag} ${round}`, text: 'Looping?' });
  }
  expect(await outboxTo(server, 'support@contoso.example')).toHaveLength(before);
  const records = await allRecords(server, astrid, tag);
  expect(records).toHaveLength(5);
  const messages = (await conversationsOf(server, astrid, records[0]?.id ?? '')).flatMap((c) => c.messages);
  expect(messages.map((m) => [m.direction, m.automatic])).toEqual([['in', 'ownAddress']]);
});

test('a bounce of the acknowledgement (DSN from the null sender) marks it failed, is stored internally, and is never answered', async () => {
  const tag = tagOf();
  const address = `gone.${tag}@kunde-bounce.example`;
  await sendMail(server, { from: address, subject: `Will bounce ${tag}`, text: 'My mailbox is about to be deleted.' });
  const record = await onlyRecord(server, astrid, tag);
  const ack = await parseRaw((await outboxTo(server, address))[0]?.raw ?? '');
  const dsn = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.kunde-bounce.example>', 'To: support@contoso.example', 'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: <dsn.${tag}@mx.kunde-bounce.example>`, 'Auto-Submitted: auto-replied', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="dsnb"', '',
    '--dsnb', 'Content-Type: text/plain; charset=us-ascii', '', 'Your message could not be delivered.', '',
    '--dsnb', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.kunde-bounce.example', '',
    `Final-Recipient: rfc822; ${address}`, 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 user unknown', '',
    '--dsnb', 'Content-Type: message/rfc822', '', 'From: support@contoso.example', `To: ${address}`, `Subject: ${ack.subject ?? ''}`, `Message-ID: ${ack.messageId ?? ''}`, '',
    'We received your request.', '--dsnb--', '',
  ].join('\r\n');
  const transport = smtpTo(server);
  try {
    await transport.sendMail({ envelope: { from: '', to: ['support@contoso.example'] }, raw: Buffer.from(dsn) });
  } finally {
    transport.close();
  }
  await server.app.mailIdle();
  const messages = (await conversationsOf(server, astrid, record.id)).flatMap((c) => c.messages);
  const sentAck = messages.find((m) => m.purpose === 'acknowledgement');
  expect(sentAck?.delivery?.state).toBe('failed');
  expect(sentAck?.delivery?.lastError).toContain(address);
  expect(messages.filter((m) => m.automatic === 'bounce')).toHaveLength(1);
  expect(await outboxTo(server, 'mailer-daemon@mx.kunde-bounce.example')).toEqual([]);
  expect(await outboxTo(server, address)).toHaveLength(1);
});

test(`ten new mails from one address at once still get at most ${ACK_LIMIT} acknowledgements`, async () => {
  const tag = tagOf();
  const address = `burst.${tag}@kunde-burst.example`;
  await Promise.all(
    Array.from({ length: 10 }, async (_, n) => {
      const transport = smtpTo(server);
      try {
        await transport.sendMail({ from: address, to: 'support@contoso.example', subject: `Burst ${tag} ${n}`, text: `Mail ${n}` });
      } finally {
        transport.close();
      }
    }),
  );
  await server.app.mailIdle();
  expect(await allRecords(server, astrid, tag)).toHaveLength(10);
  expect(await acksTo(address)).toHaveLength(ACK_LIMIT);
});
