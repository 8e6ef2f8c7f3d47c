import net from 'node:net';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { MAIL_LIMITS } from '../../bot/src/domain/intake/parsed-mail';
import { startSmtpIntake, type SmtpIntake } from '../../bot/src/mail/smtp-intake';
import { RecordingIntake, sampleMail } from '../fixtures/mail/recording-intake';

let intake: RecordingIntake;
let smtp: SmtpIntake;

beforeAll(async () => {
  intake = new RecordingIntake();
  smtp = await startSmtpIntake({ intake, logger: pino({ level: 'silent' }), port: 0 });
}, 120_000);

afterAll(async () => {
  await smtp?.stop();
}, 120_000);

beforeEach(() => {
  intake.accepted.length = 0;
  intake.failWith = null;
  intake.acceptDelayMs = 0;
});

function client() {
  return nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true, tls: { rejectUnauthorized: false } });
}

async function sendError(options: Parameters<ReturnType<typeof client>['sendMail']>[0]): Promise<{ responseCode?: number; response?: string }> {
  const transport = client();
  try {
    await transport.sendMail(options);
  } catch (error) {
    const responseCode: unknown = Reflect.get(Object(error), 'responseCode');
    const response: unknown = Reflect.get(Object(error), 'response');
    return { responseCode: typeof responseCode === 'number' ? responseCode : undefined, response: typeof response === 'string' ? response : undefined };
  } finally {
    transport.close();
  }
  throw new Error('the mail was accepted');
}

test('a mail to a support address gets 250 only after intake accepted it, once per mailbox', async () => {
  const transport = client();
  const info = await transport.sendMail({ envelope: { from: 'Anna@Fabrikam.example', to: ['Support@Contoso.example'] }, raw: sampleMail() });
  transport.close();
  expect(info.response).toMatch(/^250 /);
  expect(intake.accepted).toHaveLength(1);
  expect(intake.accepted[0]).toMatchObject({ source: 'smtp', mailbox: 'support@contoso.example', mailFrom: 'anna@fabrikam.example', externalId: null });
  // The SMTP server's parse goes along, so intake does not parse the mail again.
  expect(intake.accepted[0]?.parsed?.from?.address).toBe('anna@fabrikam.example');
  expect(intake.accepted[0]?.raw.toString()).toContain('My printer is broken.');
}, 60_000);

test('SIZE is advertised as MAIL_LIMITS.maxBytes and there is no AUTH or STARTTLS', async () => {
  const ehlo = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(smtp.port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString();
      if (text.startsWith('220') && !text.includes('EHLO_SENT')) {
        text += 'EHLO_SENT';
        socket.write('EHLO test\r\n');
      }
      if (/\r\n250 [^\r\n]*\r\n$/.test(text)) {
        socket.end('QUIT\r\n');
        resolve(text);
      }
    });
    socket.on('error', reject);
  });
  expect(ehlo).toContain(`SIZE ${MAIL_LIMITS.maxBytes}`);
  expect(ehlo).not.toMatch(/AUTH|STARTTLS/);
}, 60_000);

test('an unknown recipient is refused with 550 5.1.1', async () => {
  const error = await sendError({ envelope: { from: 'anna@fabrikam.example', to: ['nobody@contoso.example'] }, raw: sampleMail('nobody@contoso.example') });
  expect(error.responseCode).toBe(550);
  expect(error.response).toMatch(/5\.1\.1 <nobody@contoso\.example>: no such support mailbox/);
  expect(intake.accepted).toHaveLength(0);
}, 60_000);

test('a 26 MB mail is refused with 552 5.3.4', async () => {
  const big = Buffer.concat([sampleMail(), Buffer.alloc(26 * 1024 * 1024, 'a')]);
  const error = await sendError({ envelope: { from: 'anna@fabrikam.example', to: ['support@contoso.example'] }, raw: big });
  expect(error.responseCode).toBe(552);
  expect(error.response).toMatch(/5\.3\.4 Message too large \(max 26214400 bytes\)/);
  expect(intake.accepted).toHaveLength(0);
}, 60_000);

test('garbage is refused with 554 5.6.0 and the reason', async () => {
  const error = await sendError({ envelope: { from: 'anna@fabrikam.example', to: ['support@contoso.example'] }, raw: Buffer.from('this is not a mail\r\njust words\r\n') });
  expect(error.responseCode).toBe(554);
  expect(error.response).toMatch(/5\.6\.0 .*no mail headers/);
  expect(intake.accepted).toHaveLength(0);
}, 60_000);

test('a failing intake answers 451 4.3.0 so the client retries', async () => {
  intake.failWith = new Error('blob store down');
  const error = await sendError({ envelope: { from: 'anna@fabrikam.example', to: ['support@contoso.example'] }, raw: sampleMail() });
  expect(error.responseCode).toBe(451);
  expect(error.response).toMatch(/4\.3\.0/);
}, 60_000);

test('the null sender <> reaches intake as an empty mailFrom', async () => {
  const transport = client();
  await transport.sendMail({ envelope: { from: '', to: ['support@contoso.example'] }, raw: sampleMail() });
  transport.close();
  expect(intake.accepted[0]?.mailFrom).toBe('');
}, 60_000);

test('the 250 waits for a slow intake; each support mailbox of the envelope gets the mail once', async () => {
  intake.acceptDelayMs = 300;
  const transport = client();
  const info = await transport.sendMail({ envelope: { from: 'anna@fabrikam.example', to: ['support@contoso.example', 'Sales@contoso.example', 'SUPPORT@contoso.example'] }, raw: sampleMail() });
  transport.close();
  expect(info.response).toMatch(/^250 /);
  expect(intake.accepted.map((a) => a.mailbox)).toEqual(['support@contoso.example', 'sales@contoso.example']);
}, 60_000);
