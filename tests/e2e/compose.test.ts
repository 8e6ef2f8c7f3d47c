/**
 * H3 compose in the tab, in real Chromium against the real server (local mode): an agent replies
 * to a phone case's customer with a reply template and a file (the mail lands in the outbox with
 * the file), adds an internal note (shown apart as internal), edits it from the message's menu by
 * keyboard (the edit history shows old → new, a visibility in words); an administrator sees the
 * templates in Settings.
 * Needs the built tab: `npm run build -w tab`.
 */
import { call, field, tokenFor } from '../fixtures/api-client';
import { BrowserSession, browserSessionForFile, expectText } from '../fixtures/browser';
import { outboxTo, parseRaw } from '../fixtures/mail-client';

let session: BrowserSession;
browserSessionForFile((started) => {
  session = started;
});

test('reply with a template and a file, add a note, edit it by keyboard, see its history', async () => {
  const lars = await session.demoUser('lars@contoso.example');
  const page = await session.signedInPage(lars);
  // case-005: "Fakturan har fel momssats", Anders Nilsson, no conversation yet.
  await page.goto(`${session.baseUrl}/records/case/case-005`);
  await page.getByTestId('composer').waitFor();
  await page.getByTestId('composer-template').selectOption({ label: 'Thanks — we are on it' });
  await expectText(page.getByTestId('composer-text'), 'Dear Anders Nilsson');
  await page.getByTestId('composer-files').setInputFiles({ name: 'invoice-fix.txt', mimeType: 'text/plain', buffer: Buffer.from('corrected VAT rate') });
  await expectText(page.getByTestId('composer-picked'), 'invoice-fix.txt');
  await page.getByTestId('composer-send').click();
  await page.getByTestId('composer-done').waitFor();
  const sent = page.locator('li[data-kind="sent"]');
  await expectText(sent, 'Dear Anders Nilsson');
  await expectText(page.getByTestId('record-badges'), 'Waiting');

  await session.server.app.mailIdle();
  const [mail] = await outboxTo(session.server, 'anders.nilsson@vasabygg.example');
  const mime = await parseRaw(mail?.raw ?? '');
  expect(mime.text).toContain('Fakturan har fel momssats');
  expect(mime.attachments.map((a) => a.filename)).toEqual(['invoice-fix.txt']);

  // An internal note: shown apart, marked internal.
  await page.getByTestId('composer-tab-note').click();
  await page.getByTestId('composer-text').fill('Check the VAT table with finance');
  await page.getByTestId('composer-send').click();
  const note = page.locator('li[data-kind="note"]');
  await expectText(note, 'Check the VAT table with finance');
  await note.locator('[data-testid^="message-internal-"]').waitFor();

  // Its menu by keyboard: focus the button, Enter opens, arrows move, Enter picks.
  await note.locator('[data-testid^="message-menu-"]').focus();
  await page.keyboard.press('Enter');
  const edit = page.locator('[data-testid^="message-edit-"]');
  await edit.waitFor();
  await edit.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('edit-text').fill('Check the VAT table with finance on Monday');
  await page.getByTestId('edit-save').click();
  await expectText(note, 'on Monday');
  await note.locator('[data-testid^="message-history-"]').first().click();
  await expectText(note.locator('[data-testid^="message-history-list-"]'), 'Lars Andersen changed the text');
});

test('an administrator sees the reply templates in Settings; an agent does not', async () => {
  const astrid = await session.demoUser('astrid@contoso.example');
  const page = await session.signedInPage(astrid);
  await page.goto(`${session.baseUrl}/settings/case`);
  await page.getByTestId('reply-template-tpl-thanks').waitFor();
  await page.getByTestId('reply-template-new').click();
  await page.getByTestId('reply-template-name').fill('Bad one');
  await page.getByTestId('reply-template-body-da').fill('Hej {{kunde}}');
  await page.getByTestId('reply-template-save').click();
  await expectText(page.getByTestId('reply-template-form'), '{{kunde}}');

  const mads = await session.demoUser('mads@contoso.example');
  const agent = await session.signedInPage(mads);
  await agent.goto(`${session.baseUrl}/settings/case`);
  await agent.getByTestId('settings-forbidden').waitFor();
  expect(await agent.getByTestId('reply-templates').count()).toBe(0);
});

test('the edit history names a visibility in the reader\'s words, not as stored', async () => {
  const base = session.server.baseUrl;
  const token = await tokenFor(base, 'Astrid Holm');
  const etag = async () => (await call(base, 'GET', '/api/records/case-002', { token })).headers.get('etag') ?? '';
  const note = await call(base, 'POST', '/api/records/case-002/notes', { token, body: { text: 'Share this with Mette' }, headers: { 'if-match': await etag() } });
  const id = field<string>(note.body, 'message', 'id');
  const edited = await call(base, 'PATCH', `/api/records/case-002/messages/${id}`, { token, body: { visibility: 'external' }, headers: { 'if-match': await etag() } });
  expect(edited.status).toBe(200);

  const astrid = await session.demoUser('astrid@contoso.example');
  const page = await session.signedInPage(astrid);
  await page.goto(`${base}/records/case/case-002`);
  await page.getByTestId(`message-history-${id}`).click();
  await expectText(page.getByTestId(`message-history-list-${id}`), 'changed the visibility: “internal” → “visible to the customer”');
});
