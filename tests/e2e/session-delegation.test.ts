/**
 * J2, J6 for customer chats in the tab, in real Chromium against the real server (local mode),
 * with a real WebSocket customer: Mads handles a chat and has named Sofie his delegate; Sofie (her
 * tab in Danish) finds it under "Delegeret til mig", takes it for Mads, parks it for him; Mads
 * sees "parkeret til dig" on the chat and picks it up. The customer reads each step in Danish.
 * Needs the built tab: `npm run build -w tab`.
 */
import type { Page } from 'playwright-core';
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';
import { ChatClient, isEntry } from '../fixtures/chat-client';

const TIMEOUT = 120_000;
let session: BrowserSession;
let mads: DevUser;
let sofie: DevUser;
let customer: ChatClient | null = null;
const pages: Page[] = [];
let sessionId = '';

browserSessionForFile(async (started) => {
  session = started;
  mads = await session.demoUser('mads@contoso.example');
  sofie = await session.demoUser('sofie@contoso.example');
});

afterAll(async () => {
  customer?.close();
  for (const page of pages) await page.context().close().catch(() => undefined);
}, 60_000);

const noteFor = async (key: string, from: number): Promise<string> => {
  if (!customer) throw new Error('no customer');
  const frame = await customer.waitFor((f) => isEntry(f) && f.entry.note?.key === key, { from, timeoutMs: 15_000 });
  return isEntry(frame) ? frame.entry.text : '';
};

test('Sofie takes Mads’s chat for him from "Delegeret til mig", parks it for him, and Mads picks it up', async () => {
  expect((await session.api(mads, '/api/me/status', { method: 'PUT', body: { status: 'present' } })).status).toBe(200);
  expect([200, 201]).toContain((await session.api(mads, '/api/me/delegates', { method: 'POST', body: { userId: sofie.id } })).status);
  customer = await ChatClient.connect(session.baseUrl, { tenant: CONTOSO, site: 'web' });
  await customer.hello({ lang: 'da' });
  sessionId = (await customer.start('Hej, min router blinker rødt.', { name: 'Kirsten Holm' })).sessionId;

  const sofiePage = await session.signedInPage(sofie, 'da-DK');
  pages.push(sofiePage);
  await sofiePage.getByTestId('nav-sessions').click();
  const item = sofiePage.getByTestId(`session-delegated-${sessionId}`);
  await item.waitFor();
  // Grouped by delegator, with a count each; choosing Mads shows his chats.
  await expectText(sofiePage.getByTestId('sessions-delegated-tab-all'), 'Alle (1)');
  const madsTab = sofiePage.getByTestId(`sessions-delegated-tab-${mads.id}`);
  await expectText(madsTab, 'Mads Nielsen (1)');
  await madsTab.click();
  await sofiePage.locator(`[data-testid="sessions-delegated"] ul[data-delegator="${mads.id}"]`).waitFor();
  await item.waitFor();
  const take = item.getByTestId('session-take-for');
  await expectText(take, 'Overtag for Mads Nielsen');
  let from = customer.mark();
  await take.click();
  await sofiePage.locator(`[data-testid="session-pane"][data-session-id="${sessionId}"][data-role="agent"]`).waitFor();
  await expectText(sofiePage.getByTestId('session-handling-for'), 'Du håndterer denne chat for Mads Nielsen');
  expect(await noteFor('takenFor', from)).toBe('Sofie Kristensen hjælper dig nu i stedet for Mads Nielsen.');
  // The note on her own log, in her words.
  await expectText(sofiePage.locator('[data-testid="session-entry"][data-note="takenFor"]'), 'Sofie Kristensen overtog chatten for Mads Nielsen.');

  from = customer.mark();
  await sofiePage.getByTestId('session-park').click();
  await expectText(sofiePage.getByTestId('session-parked'), 'Parkeret til Mads Nielsen af Sofie Kristensen');
  expect(await noteFor('parked', from)).toBe('Et øjeblik – Mads Nielsen er hos dig om lidt.');

  const madsPage = await session.signedInPage(mads, 'da-DK');
  pages.push(madsPage);
  await madsPage.getByTestId('nav-sessions').click();
  const mine = madsPage.getByTestId(`session-item-${sessionId}`);
  await mine.waitFor();
  await mine.getByRole('link').click();
  const notice = madsPage.getByTestId('session-parked-for-you');
  await expectText(notice, 'Sofie Kristensen har parkeret denne chat til dig.');
  from = customer.mark();
  await notice.getByTestId('session-pick-up').click();
  await madsPage.locator(`[data-testid="session-pane"][data-session-id="${sessionId}"][data-role="agent"]`).waitFor();
  expect(await noteFor('pickedUp', from)).toBe('Mads Nielsen er nu med i chatten.');
  await expect(madsPage.getByTestId('session-parked-for-you').count()).resolves.toBe(0);
  const after = await session.api<{ session: { agent: { id: string } | null; parked: unknown } }>(mads, `/api/sessions/${sessionId}`);
  expect(after.body.session).toMatchObject({ agent: { id: mads.id }, parked: null });
}, TIMEOUT);
