/**
 * "Register call" in the tab (issue 11, H1), in Swedish, in real Chromium against the real server:
 * an agent registers a call from a new caller (name and phone number), lands on the new case and
 * sees its phone conversation with the notes; the caller is a person the next call finds. A new caller without a way to reach them is not sent.
 * Needs the built tab: `npm run build -w tab`.
 */
import { BrowserSession, browserSessionForFile, expectText } from '../fixtures/browser';

const TIMEOUT = 120_000;

let session: BrowserSession;
browserSessionForFile((started) => {
  session = started;
});

test('a call from a new caller, registered in Swedish, becomes a case with its phone conversation', async () => {
  const mads = await session.demoUser('mads@contoso.example');
  const page = await session.signedInPage(mads);
  await page.goto(`${session.baseUrl}/?lang=sv`);
  const open = page.getByTestId('register-call');
  await expectText(open, 'Registrera samtal');
  await open.click();
  const dialog = page.getByTestId('register-call-dialog');
  await dialog.waitFor();
  expect(await dialog.getByRole('heading').first().textContent()).toBe('Registrera ett telefonsamtal');

  await dialog.getByTestId('call-mode-new').click();
  await dialog.getByTestId('call-caller-name').fill('Sven Lund');
  await dialog.getByTestId('call-subject').fill('Kassaregistret startar inte qzphone');
  await dialog.getByTestId('call-notes').fill('Kunden ringde: kassaregistret i butiken startar inte sedan i morse.');
  // Neither e-mail nor phone: said on the fields, nothing sent.
  await dialog.getByTestId('call-register').click();
  await expectText(dialog, 'Ange en e-postadress eller ett telefonnummer.');
  await dialog.getByTestId('call-caller-phone').fill('+46 8 123 456 78');

  const posted: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/intake/phone')) posted.push(request.headers()['idempotency-key'] ?? '');
  });
  await dialog.getByTestId('call-register').click();
  await page.waitForURL(/\/records\/case\/[^/?]+/);
  expect(new URL(page.url()).searchParams.get('lang')).toBe('sv');
  expect(posted).toHaveLength(1);
  expect(posted[0]).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
  await expectText(page.getByTestId('record-title'), 'Kassaregistret startar inte qzphone');

  const conversation = page.getByTestId('conversations').locator('[data-channel="phone"]');
  await conversation.waitFor();
  expect(await conversation.locator('[data-testid^="conversation-channel-"]').textContent()).toBe('Telefonsamtal');
  expect(await conversation.locator('[data-testid^="conversation-status-"]').textContent()).toBe('Öppen');
  await expectText(conversation, 'Sven Lund');
  await expectText(conversation, 'kassaregistret i butiken startar inte sedan i morse');

  // The next call finds the caller among the people.
  await page.goto(`${session.baseUrl}/?lang=sv`);
  await page.getByTestId('register-call').click();
  await page.getByTestId('call-person-search').fill('Sven Lund');
  const match = page.getByTestId('register-call-dialog').getByRole('radio', { name: /Sven Lund/ });
  await match.check();
  await expectText(page.getByTestId('call-person-chosen'), 'Uppringare: Sven Lund');
  await page.context().close();
}, TIMEOUT);
