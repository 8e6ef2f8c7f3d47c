/**
 * The record page's actions bar in real Chromium against the real server (H3): accept, and a
 * second agent with a stale page told who has the case; postpone with the date picker; transfer
 * with a note that shows on the timeline; close and reopen; split chosen messages into a new case
 * that opens after — keyboard only where it matters, and in Danish.
 * Needs the built tab: `npm run build -w tab`.
 */
import type { Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';
import { bare, sendMail } from '../fixtures/mail-client';

const TIMEOUT = 90_000;
let session: BrowserSession;

browserSessionForFile((started) => {
  session = started;
});

interface ApiRecord {
  id: string;
  type: string;
  title: string;
  status: string;
  etag: string;
  owner?: { id: string; displayName: string } | null;
  postponedUntil?: string | null;
}

async function apiRecord(user: DevUser, id: string): Promise<ApiRecord> {
  return session.getJson<ApiRecord>(`/api/records/${id}`, { headers: { authorization: `Bearer ${await session.tokenOf(user)}` } });
}

async function openRecord(page: Page, record: Pick<ApiRecord, 'type' | 'id' | 'title'>): Promise<void> {
  await page.goto(`${session.baseUrl}/records/${record.type}/${record.id}`);
  await expectText(page.getByTestId('record-title'), record.title);
}

test('accept: two agents press Accept at once; one gets the case, the other is told who has it', async () => {
  const [mads, sofie] = [await session.demoUser('mads@contoso.example'), await session.demoUser('sofie@contoso.example')];
  const record = await apiRecord(mads, 'case-022'); // new, unowned, team-dk
  expect(record.owner).toBeNull();
  const [madsPage, sofiePage] = [await session.signedInPage(mads), await session.signedInPage(sofie, 'da-DK')];
  await openRecord(madsPage, record);
  await openRecord(sofiePage, record);
  await sofiePage.getByTestId('action-accept').waitFor();
  await madsPage.getByTestId('action-accept').focus();

  // Mads by keyboard, Sofie by mouse, at the same moment.
  await Promise.all([madsPage.keyboard.press('Enter'), sofiePage.getByTestId('action-accept').click()]);
  // The presses only send the requests: both pages answer (a success or a warning) once they are decided.
  for (const page of [madsPage, sofiePage]) await page.locator('[data-testid="action-notice-success"], [data-testid="action-notice-warning"]').first().waitFor({ timeout: 30_000 });
  const winner = (await apiRecord(mads, 'case-022')).owner;
  expect([mads.id, sofie.id]).toContain(winner?.id);
  const [wonPage, lostPage] = winner?.id === mads.id ? [madsPage, sofiePage] : [sofiePage, madsPage];
  await wonPage.getByTestId('action-notice-success').waitFor();
  await expectText(wonPage.getByTestId('record-owner'), winner?.displayName ?? '');
  expect(await wonPage.getByTestId('action-accept').count()).toBe(0);
  await expectText(lostPage.getByTestId('action-notice-warning'), winner?.displayName ?? '');
}, TIMEOUT);

test('postpone with the date picker, then reopen; transfer with a note that shows on the timeline', async () => {
  const [lars, erik] = [await session.demoUser('lars@contoso.example'), await session.demoUser('erik@contoso.example')];
  const record = await apiRecord(lars, 'case-007'); // Erik's, team-se
  const page = await session.signedInPage(lars);
  await openRecord(page, record);

  await page.getByTestId('action-postpone').click();
  const until = page.getByTestId('postpone-until');
  await until.fill('2031-03-04T09:30');
  await page.getByTestId('postpone-dialog-submit').click();
  await page.getByTestId('record-postponed-until').waitFor();
  const postponed = await apiRecord(lars, 'case-007');
  expect(postponed.status).toBe('waiting');
  expect(new Date(postponed.postponedUntil ?? '').getFullYear()).toBe(2031);
  await page.getByTestId('timeline-entry-recordPostponed').waitFor();

  await page.getByTestId('action-reopen').click();
  await page.getByTestId('action-notice-success').waitFor();
  expect((await apiRecord(lars, 'case-007')).status).toBe('active');

  await page.getByTestId('action-transfer').click();
  const picker = page.getByTestId('owner-picker');
  await picker.click();
  await picker.fill('Lars');
  await page.getByTestId(`owner-option-${lars.id}`).click();
  await page.getByTestId('transfer-note').fill('Erik is on holiday; the customer expects a call Monday.');
  await page.getByTestId('transfer-dialog-submit').click();
  await page.getByTestId('action-notice-success').waitFor();
  expect((await apiRecord(erik, 'case-007')).owner?.id).toBe(lars.id);
  const note = page.locator('[data-testid^="timeline-note-"]');
  await expectText(note.first(), 'Erik is on holiday');
  await expectText(page.getByTestId('timeline-entry-recordTransferred').first(), 'transferred the case to Lars Andersen');
}, TIMEOUT);

test('a stale page gets 412 on close, is reloaded and told', async () => {
  const lars = await session.demoUser('lars@contoso.example');
  const record = await apiRecord(lars, 'case-009');
  const page = await session.signedInPage(lars);
  await openRecord(page, record);
  // The page's poll sees no change until the click (else a poll in between would refresh it first).
  let holding = true;
  await page.route((url) => url.pathname === '/api/records/case-009', async (route) => {
    const request = route.request();
    if (holding && request.method() === 'GET' && request.headers()['if-none-match']) await route.fulfill({ status: 304 });
    else await route.continue();
  });
  // Someone changes the case underneath.
  const token = await session.tokenOf(lars);
  await session.getJson(`/api/records/case-009`, {
    method: 'PATCH', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': record.etag },
    body: JSON.stringify({ priority: 'urgent' }),
  });
  await page.getByTestId('action-close').click();
  holding = false;
  await page.getByTestId('action-notice-warning').waitFor();
  expect((await apiRecord(lars, 'case-009')).status).not.toBe('closed');
}, TIMEOUT);

test('a case whose owner field is hidden from the user offers no Accept (it may well be someone\'s)', async () => {
  const mads = await session.demoUser('mads@contoso.example');
  const record = await apiRecord(mads, 'case-002'); // unowned: Accept would be offered
  expect(record.owner).toBeNull();
  const page = await session.signedInPage(mads);
  // The record as field security shows it to someone who may not read the owner: no `owner` at all.
  await page.route((url) => url.pathname === `/api/records/${record.id}`, async (route) => {
    if (route.request().method() !== 'GET') return route.continue();
    const response = await route.fetch();
    if (response.status() !== 200) return route.fulfill({ response });
    const { owner: _owner, ...hidden } = (await response.json()) as ApiRecord;
    return route.fulfill({ response, json: hidden });
  });
  await openRecord(page, record);
  await page.getByTestId('action-assign').waitFor();
  expect(await page.getByTestId('action-accept').count()).toBe(0);
}, TIMEOUT);

test('split: chosen messages move into a new case, which opens; the timelines link both ways', async () => {
  const lars = await session.demoUser('lars@contoso.example');
  const tag = `split${Date.now().toString(36)}`;
  const from = `Kunde <${tag}@kunde.example>`;
  const first = await sendMail(session.server, { from, subject: `Printer jam ${tag}`, text: 'The printer jams.' });
  const second = await sendMail(session.server, { from, subject: `Also the scanner ${tag}`, text: 'The scanner is broken too.', inReplyTo: first.messageId, references: [first.messageId] });
  const token = await session.tokenOf(lars);
  const list = await session.getJson<{ items: ApiRecord[] }>('/api/records?limit=50&type=case', { headers: { authorization: `Bearer ${token}` } });
  const source = list.items.find((r) => r.title.includes(tag));
  if (!source) throw new Error('the mail made no case');
  const threads = await session.getJson<{ items: Array<{ messages: Array<{ id: string; mail: { messageId: string } | null }> }> }>(
    `/api/records/${source.id}/conversations`, { headers: { authorization: `Bearer ${token}` } },
  );
  const moving = threads.items.flatMap((c) => c.messages).find((m) => m.mail?.messageId === bare(second.messageId));
  if (!moving) throw new Error('the second mail is not on the case');

  const page = await session.signedInPage(lars);
  await openRecord(page, source);
  await page.getByTestId('action-split').click();
  await page.getByTestId(`split-message-${moving.id}`).click();
  // Without a title the dialog says what is missing, next to the field.
  await page.getByTestId('split-dialog-submit').click();
  await expectText(page.getByTestId('split-dialog'), 'Give the new case a title.');
  await page.getByTestId('split-title').fill(`Scanner ${tag}`);
  await page.getByTestId('split-dialog-submit').click();
  await page.waitForURL((url) => url.pathname.startsWith('/records/case/') && !url.pathname.endsWith(source.id));
  await expectText(page.getByTestId('record-title'), `Scanner ${tag}`);
  await page.getByTestId('timeline-entry-caseSplit').waitFor();
  const back = page.locator('[data-testid^="timeline-linked-"]').first();
  await back.click();
  await page.waitForURL((url) => url.pathname.endsWith(source.id));
  await expectText(page.getByTestId('record-title'), source.title);
}, TIMEOUT);
