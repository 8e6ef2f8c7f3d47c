/**
 * A case's conversations in the tab (issue 11, H1/H4), in real Chromium against the real server
 * (local mode): a customer's mail goes over the real SMTP port (nodemailer) with an HTML part that
 * carries a script, an inline handler and a remote image, and a text attachment. The agent opens
 * the new case: the message is there (HTML in a sandboxed frame, text behind "Show as plain
 * text"), the acknowledgement with its delivery state, the timeline says who wrote, the attachment
 * downloads with the agent's token — and nothing of the hostile HTML ever ran or loaded.
 * Needs the built tab: `npm run build -w tab`.
 */
import { readFile } from 'node:fs/promises';
import { tokenFor } from '../fixtures/api-client';
import { BrowserSession, browserSessionForFile, expectText } from '../fixtures/browser';
import { onlyRecord, sendMail, type RecordSummary } from '../fixtures/mail-client';

const TIMEOUT = 120_000;
const SUBJECT = 'Scanner jams on page two qzconv';
const ATTACHMENT = 'Scanner log line 1\nScanner log line 2 (æøå)\n';
const HOSTILE_HTML = [
  '<p>Hello support,</p><p>The <b>scanner</b> jams on page two.</p>',
  "<script>fetch('/pwned-script'); parent.postMessage('pwned', '*');</script>",
  '<img src="/pwned-img" onerror="fetch(\'/pwned-onerror\')">',
  '<img src="https://tracker.example/pixel.png">',
].join('');

let session: BrowserSession;
let record: RecordSummary;
let token: string;

browserSessionForFile(async (started) => {
  session = started;
  await sendMail(session.server, {
    from: 'Karin Holm <karin.holm@fabrikam.example>',
    subject: SUBJECT,
    text: 'Hello support,\n\nThe scanner jams on page two.\n\n> On Monday you wrote:\n> Is it fixed?',
    html: HOSTILE_HTML,
    attachments: [{ filename: 'scanner-log.txt', content: ATTACHMENT, contentType: 'text/plain; charset=utf-8' }],
  });
  token = await tokenFor(session.baseUrl, 'Mads Nielsen');
  record = await onlyRecord(session.server, token, 'qzconv');
});

test('the agent sees the mail, the acknowledgement and its delivery, downloads the attachment, and the mail\'s script never runs', async () => {
  const mads = await session.demoUser('mads@contoso.example');
  const page = await session.signedInPage(mads);
  const hostile: string[] = [];
  page.context().on('request', (request) => {
    if (/pwned/.test(request.url())) hostile.push(request.url());
  });
  const posted: unknown[] = [];
  await page.exposeFunction('recordPosted', (data: unknown) => posted.push(data));

  await page.goto(`${session.baseUrl}/records/case/${record.id}`);
  await page.getByTestId('record-number').waitFor();
  // A message the frame posts to the tab would be recorded (the mail's script tries to).
  await page.evaluate(() => window.addEventListener('message', (event) => void Reflect.get(window, 'recordPosted')(event.data)));
  const section = page.getByTestId('conversations');
  const conversation = section.locator('[data-channel="email"]');
  await conversation.waitFor();
  expect(await conversation.locator('h3').textContent()).toContain(SUBJECT);
  expect(await conversation.textContent()).toContain('Karin Holm');
  expect(await conversation.locator('[data-testid^="conversation-status-"]').textContent()).toBe('Open');

  // The customer's message: received, rendered in a frame that may run nothing.
  const received = conversation.locator('li[data-kind="received"]');
  await received.waitFor();
  const frame = received.locator('iframe');
  expect(await frame.getAttribute('sandbox')).toBe('');
  const srcdoc = (await frame.getAttribute('srcdoc')) ?? '';
  expect(srcdoc).toContain("default-src 'none'");
  expect(srcdoc).toContain('img-src data: cid:');
  expect(srcdoc).not.toMatch(/<script/i);
  await expectText(page.frameLocator('li[data-kind="received"] iframe').locator('body'), 'jams on page two');
  // The plain text, quotes trimmed, and the whole text on demand.
  await received.locator('[data-testid^="message-plain-"]').click();
  const text = received.locator('[data-testid^="message-text-"]');
  await expectText(text, 'The scanner jams on page two.');
  expect(await text.textContent()).not.toContain('Is it fixed?');
  await received.locator('[data-testid^="message-full-"]').click();
  await expectText(text, 'Is it fixed?');

  // The acknowledgement: sent by Casebridge, with its delivery state.
  const ack = conversation.locator('li[data-kind="sent"]').filter({ has: page.locator('[data-testid^="message-purpose-"]') });
  await ack.waitFor();
  expect(await ack.locator('[data-testid^="message-purpose-"]').textContent()).toBe('Acknowledgement');
  const delivery = ack.locator('[data-testid^="message-delivery-"]');
  for (let i = 0; i < 20 && (await delivery.getAttribute('data-state')) !== 'sent'; i += 1) {
    await page.getByTestId('conversations-refresh').click();
    await page.waitForTimeout(500);
  }
  expect(await delivery.getAttribute('data-state')).toBe('sent');
  expect(await delivery.textContent()).toBe('Sent');
  expect(await ack.locator('[data-testid^="message-to-"]').textContent()).toContain('karin.holm@fabrikam.example');

  // The timeline names who wrote.
  await expectText(page.getByTestId('timeline').getByTestId('timeline-entry-messageReceived'), `Karin Holm wrote by e-mail: ${SUBJECT}`);

  // The attachment downloads with the agent's token, byte for byte.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    received.locator('[data-testid^="attachment-download-"]').first().click(),
  ]);
  expect(download.suggestedFilename()).toBe('scanner-log.txt');
  const path = await download.path();
  expect(await readFile(path, 'utf8')).toBe(ATTACHMENT);

  // Nothing of the hostile HTML ran or loaded.
  await page.waitForTimeout(500);
  expect(hostile).toEqual([]);
  expect(posted).toEqual([]);
  await page.context().close();
}, TIMEOUT);

test('a record without conversations says so', async () => {
  const mads = await session.demoUser('mads@contoso.example');
  const page = await session.signedInPage(mads);
  await page.goto(`${session.baseUrl}/records/case/case-003`);
  await expectText(page.getByTestId('conversations-empty'), 'There are no e-mails, web forms or calls on this record.');
  await page.context().close();
}, TIMEOUT);
