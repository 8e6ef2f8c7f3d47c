/**
 * The agent side of customer chat (I1–I7) in the tab, in real Chromium against the real server
 * (local mode), with a real WebSocket customer on the demo site: status, a chat with agent A,
 * A transfers to B who accepts (A drops to listen mode, B answers the customer), the decline path,
 * a lost race told in words, and a manager's live dashboard opening a queued chat read-only.
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
let lars: DevUser;
const customers: ChatClient[] = [];

browserSessionForFile(async (started) => {
  session = started;
  mads = await session.demoUser('mads@contoso.example');
  sofie = await session.demoUser('sofie@contoso.example');
  lars = await session.demoUser('lars@contoso.example');
});

afterAll(() => {
  for (const customer of customers) customer.close();
});

const api = <T>(user: DevUser, path: string, init: { method?: string; body?: unknown } = {}) => session.api<T>(user, path, init);

/** Picks a status in the header and waits until the badge shows it, in words. */
async function setStatus(page: Page, status: 'present' | 'away' | 'busy' | 'offline', label: string): Promise<void> {
  const picker = page.getByTestId('status-picker');
  await picker.click();
  await page.getByTestId(`status-option-${status}`).click();
  await page.locator(`[data-testid="status-picker"][data-status="${status}"]`).waitFor();
  await expectText(picker, label);
}

/** A customer on the demo site who starts a chat. */
async function customerStarts(text: string, name: string): Promise<{ customer: ChatClient; sessionId: string }> {
  const customer = await ChatClient.connect(session.baseUrl, { tenant: CONTOSO, site: 'web' });
  customers.push(customer);
  await customer.hello({ lang: 'da' });
  const { sessionId } = await customer.start(text, { name });
  return { customer, sessionId };
}

async function customerGets(customer: ChatClient, text: string): Promise<{ authorName: string | null }> {
  const frame = await customer.waitFor((f) => isEntry(f) && f.entry.kind === 'agent' && f.entry.text === text, { timeoutMs: 15_000 });
  if (!isEntry(frame)) throw new Error('not an entry');
  return { authorName: frame.entry.authorName };
}

/** Opens the session from the page's list of chats (it arrives live). */
async function openFromList(page: Page, sessionId: string): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/sessions')) await page.getByTestId('nav-sessions').click();
  const item = page.getByTestId(`session-item-${sessionId}`);
  await item.waitFor();
  await item.getByRole('link').click();
  await page.locator(`[data-testid="session-pane"][data-session-id="${sessionId}"]`).waitFor();
}

async function sendFromTab(page: Page, text: string): Promise<void> {
  const composer = page.getByTestId('session-composer');
  await composer.fill(text);
  await composer.press('Enter');
  await page.getByTestId('session-entry-text').filter({ hasText: text }).waitFor();
  await expect(page.getByTestId('session-outgoing').count()).resolves.toBe(0);
}

let madsPage: Page;
let acceptedId = '';
let sofiePage: Page;

test('an agent sets the chat status in the header: shown as a badge with words, and counted as present', async () => {
  madsPage = await session.signedInPage(mads);
  // Before choosing, a heartbeat makes the agent count as away.
  await madsPage.locator('[data-testid="status-picker"][data-status="away"]').waitFor();
  await setStatus(madsPage, 'busy', 'Busy');
  await setStatus(madsPage, 'present', 'Present');
  const present = await api<{ items: Array<{ userId: string; status: string }> }>(sofie, '/api/agents?status=present');
  expect(present.body.items.map((a) => a.userId)).toEqual([mads.id]);
  // A reader without write or listen on any type has no chat status, no chats and sends no heartbeat.
  const oskar = await session.signedInPage(await session.demoUser('oskar@contoso.example'));
  const oskarRequests: string[] = [];
  oskar.on('request', (request) => oskarRequests.push(new URL(request.url()).pathname));
  // Reloaded (still signed in) with the requests recorded from the start; the shell is up once its name shows.
  await oskar.reload();
  await expectText(oskar.getByTestId('signed-in-as'), 'Oskar Svensson');
  await oskar.waitForLoadState('networkidle');
  expect(oskarRequests).toContain('/api/me');
  await expect(oskar.getByTestId('status-picker').count()).resolves.toBe(0);
  await expect(oskar.getByTestId('nav-sessions').count()).resolves.toBe(0);
  expect(oskarRequests.filter((path) => path === '/api/me/heartbeat')).toEqual([]);
  await oskar.context().close();
}, TIMEOUT);

test('a customer chats with agent A; A transfers to B, B accepts, A listens, B answers the customer', async () => {
  const { customer, sessionId } = await customerStarts('Hej, min faktura for oktober er forkert.', 'Kirsten Holm');
  acceptedId = sessionId;

  // Mads (the only one present) gets it in his list and opens it; the customer's words are there.
  await openFromList(madsPage, sessionId);
  await expectText(madsPage.getByTestId('session-log'), 'min faktura for oktober er forkert');
  await madsPage.locator('[data-testid="session-entry"][data-note="agentJoined"]').waitFor();
  await madsPage.locator('[data-testid="sessions-page"][data-live="socket"]').waitFor();

  // The customer types and writes again: Mads sees both live (once the service said it watches the chat for him).
  await madsPage.locator(`[data-testid="session-pane"][data-session-id="${sessionId}"][data-watching="true"]`).waitFor();
  customer.send({ t: 'typing' });
  await expectText(madsPage.getByTestId('session-typing'), 'The customer is writing');
  await customer.post('Fakturanummer 4711.');
  await madsPage.getByTestId('session-entry-text').filter({ hasText: 'Fakturanummer 4711.' }).waitFor();

  // Mads answers with Enter; Shift+Enter makes a second line.
  const composer = madsPage.getByTestId('session-composer');
  await composer.fill('Tak, jeg kigger på den.');
  await composer.press('Shift+Enter');
  await composer.pressSequentially('Et øjeblik.');
  await composer.press('Enter');
  expect((await customerGets(customer, 'Tak, jeg kigger på den.\nEt øjeblik.')).authorName).toBe('Mads Nielsen');
  await expect(composer.inputValue()).resolves.toBe('');

  // Sofie comes in and sets herself present.
  sofiePage = await session.signedInPage(sofie);
  await setStatus(sofiePage, 'present', 'Present');

  // Mads transfers: only present colleagues are listed (Sofie, not Lars who is away).
  await madsPage.getByTestId('session-transfer').click();
  const dialog = madsPage.getByTestId('session-transfer-dialog');
  await dialog.getByTestId(`session-transfer-to-${sofie.id}`).waitFor();
  await expect(dialog.getByTestId(`session-transfer-to-${lars.id}`).count()).resolves.toBe(0);
  await expect(dialog.getByTestId(`session-transfer-to-${mads.id}`).count()).resolves.toBe(0);
  await dialog.getByTestId(`session-transfer-to-${sofie.id}`).click();
  await madsPage.getByTestId('session-transfer-dialog-submit').click();
  await dialog.waitFor({ state: 'detached' });
  await expectText(madsPage.getByTestId('session-pending'), 'Sofie Kristensen');
  await madsPage.locator(`[data-testid="session-item-${sessionId}"][data-pending="true"]`).waitFor();
  await madsPage.getByTestId('session-cancel-transfer').waitFor();

  // Sofie sees the offer arrive in her list, opens it and accepts.
  await openFromList(sofiePage, sessionId);
  await sofiePage.locator(`[data-testid="session-item-${sessionId}"][data-part="offered"]`).waitFor();
  await expectText(sofiePage.getByTestId('session-offer'), 'Mads Nielsen');
  await sofiePage.getByTestId('session-accept').click();
  await sofiePage.locator('[data-testid="session-pane"][data-role="agent"]').waitFor();

  // Mads is in listen mode: sees everything, cannot write, may close the window.
  await madsPage.locator('[data-testid="session-pane"][data-role="listener"]').waitFor();
  await expectText(madsPage.getByTestId('session-listen-mode'), 'Sofie Kristensen');
  await expect(madsPage.getByTestId('session-composer').count()).resolves.toBe(0);
  await madsPage.locator(`[data-testid="session-item-${sessionId}"][data-part="listening"]`).waitFor();

  // Sofie answers; the customer gets it from her, and Mads, listening, sees it too.
  await sendFromTab(sofiePage, 'Hej Kirsten, det er Sofie. Jeg har rettet fakturaen.');
  expect((await customerGets(customer, 'Hej Kirsten, det er Sofie. Jeg har rettet fakturaen.')).authorName).toBe('Sofie Kristensen');
  await madsPage.getByTestId('session-entry-text').filter({ hasText: 'Jeg har rettet fakturaen.' }).waitFor();
  // The customer saw short notes for the transfer, never a gap.
  const seen = customer.entries();
  const seqs = seen.map((e) => e.seq);
  expect(seqs.length).toBeGreaterThan(0);
  expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] ?? 0) + i));
  const notes = seen.flatMap((e) => (e.note === null ? [] : [e.note.key]));
  expect(notes).toEqual(expect.arrayContaining(['transferPending', 'transferAccepted']));
  expect(notes.indexOf('transferPending')).toBeLessThan(notes.indexOf('transferAccepted'));

  // Mads closes his window: gone from his list; the chat goes on with Sofie.
  await madsPage.getByTestId('session-close-window').click();
  await madsPage.getByTestId(`session-item-${sessionId}`).waitFor({ state: 'detached' });
  const after = await api<{ session: { status: string; agent: { id: string } | null; listeners: unknown[] } }>(sofie, `/api/sessions/${sessionId}`);
  expect(after.body.session).toMatchObject({ status: 'active', agent: { id: sofie.id }, listeners: [] });
}, TIMEOUT);

let declinedId = '';
let declinedCustomer: ChatClient;

test('B declines: the mark goes and A goes on writing; a decision that lost a race is told what happened', async () => {
  const { customer, sessionId } = await customerStarts('Kan I hjælpe med min adgangskode?', 'Peter Lund');
  declinedId = sessionId;
  await openFromList(madsPage, sessionId);

  await madsPage.getByTestId('session-transfer').click();
  await madsPage.getByTestId(`session-transfer-to-${sofie.id}`).click();
  await madsPage.getByTestId('session-transfer-dialog-submit').click();
  await madsPage.getByTestId('session-pending').waitFor();

  await openFromList(sofiePage, sessionId);
  await sofiePage.getByTestId('session-decline').click();
  // Declined: none of hers; she is back at her list, where it is gone.
  await sofiePage.getByTestId('session-pane').waitFor({ state: 'detached' });
  await sofiePage.getByTestId(`session-item-${sessionId}`).waitFor({ state: 'detached' });

  // Mads: the highlight and the notice go, the note says who declined, and he writes on.
  await madsPage.getByTestId('session-pending').waitFor({ state: 'detached' });
  await madsPage.locator(`[data-testid="session-item-${sessionId}"][data-pending="false"]`).waitFor();
  await expectText(madsPage.locator('[data-testid="session-entry"][data-note="transferDeclined"]'), 'Sofie Kristensen declined the transfer.');
  await sendFromTab(madsPage, 'Jeg sender dig et link til at nulstille den.');
  await customerGets(customer, 'Jeg sender dig et link til at nulstille den.');

  // A second offer; Mads cancels it just as Sofie accepts: her accept loses and she is told.
  await madsPage.getByTestId('session-transfer').click();
  await madsPage.getByTestId(`session-transfer-to-${sofie.id}`).click();
  await madsPage.getByTestId('session-transfer-dialog-submit').click();
  await madsPage.getByTestId('session-pending').waitFor();
  await openFromList(sofiePage, sessionId);
  await sofiePage.getByTestId('session-offer').waitFor();
  // Recorded in the handler, checked after it (a failed expect inside a route handler is lost).
  const cancelled: number[] = [];
  await sofiePage.route('**/transfers/*/accept', async (route) => {
    try {
      const view = await api<{ session: { transfer: { id: string } | null } }>(mads, `/api/sessions/${sessionId}`);
      const transferId = view.body.session.transfer?.id ?? 'none';
      cancelled.push((await api(mads, `/api/sessions/${sessionId}/transfers/${transferId}/cancel`, { method: 'POST', body: {} })).status);
    } finally {
      await route.continue();
    }
  });
  await sofiePage.getByTestId('session-accept').click();
  await expectText(sofiePage.getByTestId('problem'), 'Too late: Mads Nielsen has already cancelled this transfer.');
  await sofiePage.unroute('**/transfers/*/accept');
  expect(cancelled).toEqual([200]);
  // Reloaded: the offer is gone from her view, and Mads still has the chat.
  await sofiePage.getByTestId('session-offer').waitFor({ state: 'detached' });
  await madsPage.getByTestId('session-pending').waitFor({ state: 'detached' });
  await madsPage.getByTestId('session-composer').waitFor();

  // Mads makes a case of the chat: a link to it appears, and it leads to the case.
  await madsPage.getByTestId('session-make-case').click();
  await madsPage.getByTestId('session-case-title').fill('Nulstilling af adgangskode');
  await madsPage.getByTestId('session-case-dialog-submit').click();
  const link = madsPage.getByTestId('session-case-link');
  await link.waitFor();
  await madsPage.getByTestId('session-make-case').waitFor({ state: 'detached' });
  const made = await api<{ session: { recordId: string | null } }>(mads, `/api/sessions/${sessionId}`);
  const record = await api<{ number: string; title: string }>(mads, `/api/records/${made.body.session.recordId ?? 'none'}`);
  expect(record.body.title).toBe('Nulstilling af adgangskode');
  await expectText(link, record.body.number);
  await madsPage.locator('[data-testid="session-entry"][data-note="caseMade"]').waitFor();
  declinedCustomer = customer;
}, TIMEOUT);

test('with the live connection down the open chat polls: the customer\'s words still arrive, and the page says so', async () => {
  const page = await session.signedInPage(mads);
  // This page's WebSocket never connects (a proxy that refuses upgrades).
  await page.context().addInitScript(() => {
    class Refused extends EventTarget {
      static readonly CONNECTING = 0;
      static readonly OPEN = 1;
      static readonly CLOSING = 2;
      static readonly CLOSED = 3;
      readyState = 3;
      constructor() {
        super();
        setTimeout(() => this.dispatchEvent(new CloseEvent('close', { code: 1006 })), 10);
      }
      send(): void {}
      close(): void {}
    }
    Object.defineProperty(window, 'WebSocket', { value: Refused });
  });
  await page.goto(`${session.baseUrl}/sessions/${declinedId}`);
  await page.locator('[data-testid="sessions-page"][data-live="polling"]').waitFor();
  await page.getByTestId('sessions-polling').waitFor();
  await page.locator(`[data-testid="session-pane"][data-session-id="${declinedId}"][data-role="agent"]`).waitFor();
  await declinedCustomer.post('Tak! Linket virker.');
  await page.getByTestId('session-entry-text').filter({ hasText: 'Tak! Linket virker.' }).waitFor();
  // Writing goes over HTTP either way.
  await sendFromTab(page, 'Dejligt at høre.');
  await customerGets(declinedCustomer, 'Dejligt at høre.');
  await page.context().close();
}, TIMEOUT);

test('a manager sees every live chat with agent, state and waiting time, and opens a queued one read-only', async () => {
  // Nobody present: the next chat queues.
  await setStatus(madsPage, 'away', 'Away');
  await setStatus(sofiePage, 'away', 'Away');
  const { sessionId } = await customerStarts('Er der nogen?', 'Ole Berg');

  const larsPage = await session.signedInPage(lars);
  await larsPage.getByTestId('nav-live-sessions').click();
  const queued = larsPage.getByTestId(`live-row-${sessionId}`);
  await queued.waitFor();
  expect(await queued.getAttribute('data-state')).toBe('queued');
  await expectText(queued.getByTestId('live-waiting'), ' s');
  const waited = Number(await queued.getByTestId('live-waiting').getAttribute('data-ms'));
  expect(waited).toBeGreaterThanOrEqual(0);
  // The declined chat is still Mads's, active.
  const active = larsPage.getByTestId(`live-row-${declinedId}`);
  expect(await active.getAttribute('data-state')).toBe('active');
  await expectText(active.getByTestId('live-agent'), 'Mads Nielsen');
  // The waiting time counts up while the page is open.
  await larsPage.waitForFunction(
    ([id, before]) => Number(document.querySelector(`[data-testid="live-row-${id}"] [data-testid="live-waiting"]`)?.getAttribute('data-ms')) > Number(before) + 1000,
    [sessionId, String(waited)] as const,
  );

  await larsPage.getByTestId(`live-open-${sessionId}`).click();
  await larsPage.locator(`[data-testid="session-pane"][data-session-id="${sessionId}"][data-role="viewer"]`).waitFor();
  await larsPage.getByTestId('session-read-only').waitFor();
  await expectText(larsPage.getByTestId('session-log'), 'Er der nogen?');
  await expect(larsPage.getByTestId('session-composer').count()).resolves.toBe(0);

  // A manager may take it over: then it is his to answer.
  await larsPage.getByTestId('session-takeover').click();
  await larsPage.locator('[data-testid="session-pane"][data-role="agent"]').waitFor();
  await larsPage.getByTestId('session-composer').waitFor();
  await larsPage.context().close();
}, TIMEOUT);

test('a manager who takes over a chat that changed hands meanwhile is told who has it now, and nothing changes', async () => {
  // Sofie is present again for the transfer (and goes away after: the last test expects it).
  expect((await api(sofie, '/api/me/status', { method: 'PUT', body: { status: 'present' } })).status).toBe(200);
  const larsPage = await session.signedInPage(lars);
  await larsPage.getByTestId('nav-live-sessions').click();
  await larsPage.getByTestId(`live-open-${declinedId}`).click();
  // Opened from the live chats: that is where he is, and where back leads.
  await larsPage.locator(`[data-testid="session-pane"][data-session-id="${declinedId}"][data-role="viewer"]`).waitFor();
  await expect(larsPage.getByTestId('nav-live-sessions').getAttribute('aria-current')).resolves.toBe('page');
  await expect(larsPage.getByTestId('nav-sessions').getAttribute('aria-current')).resolves.toBeNull();
  await expectText(larsPage.getByTestId('session-back'), 'Back to live chats');

  // Just as Lars clicks Take over (seeing Mads handle it), Mads transfers it to Sofie and she accepts.
  const changed: number[] = [];
  const sent: unknown[] = [];
  await larsPage.route('**/takeover', async (route) => {
    try {
      sent.push(route.request().postDataJSON());
      const offered = await api<{ id: string }>(mads, `/api/sessions/${declinedId}/transfers`, { method: 'POST', body: { toUserId: sofie.id } });
      changed.push(offered.status);
      changed.push((await api(sofie, `/api/sessions/${declinedId}/transfers/${offered.body.id}/accept`, { method: 'POST', body: {} })).status);
    } finally {
      await route.continue();
    }
  });
  await larsPage.getByTestId('session-takeover').click();
  await expectText(larsPage.getByTestId('problem'), 'Sofie Kristensen');
  await larsPage.unroute('**/takeover');
  expect(changed).toEqual([201, 200]);
  expect(sent).toEqual([{ expectedAgentId: mads.id }]);
  // The take over did not happen: Sofie has the chat, Lars still only views it.
  const after = await api<{ session: { agent: { id: string } | null } }>(sofie, `/api/sessions/${declinedId}`);
  expect(after.body.session.agent?.id).toBe(sofie.id);
  await larsPage.locator(`[data-testid="session-pane"][data-session-id="${declinedId}"][data-role="viewer"]`).waitFor();

  // Back leads to the live chats.
  await larsPage.getByTestId('session-back').click();
  await larsPage.getByTestId('live-table').waitFor();
  await larsPage.context().close();
  expect((await api(sofie, '/api/me/status', { method: 'PUT', body: { status: 'away' } })).status).toBe(200);
}, TIMEOUT);

/** The document is no wider than the viewport (names what sticks out when it is). */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const culprits = Array.from(document.body.querySelectorAll('*'))
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}[${element.getAttribute('data-testid') ?? ''}]`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
  });
  expect(found.scrollWidth <= found.clientWidth ? [] : [`scrollWidth ${found.scrollWidth}`, ...found.culprits]).toEqual([]);
}

test('narrow and in Swedish: the header, the list and the open chat fit 320 px and speak Swedish', async () => {
  const page = await session.signedInPage(sofie, 'sv-SE');
  await page.setViewportSize({ width: 320, height: 640 });
  await expectText(page.getByTestId('nav-sessions'), 'Chattar');
  await page.getByTestId('nav-sessions').click();
  await page.getByTestId(`session-item-${acceptedId}`).waitFor();
  await expectNoHorizontalOverflow(page);
  await page.getByTestId(`session-item-${acceptedId}`).getByRole('link').click();
  await page.getByTestId('session-composer').waitFor();
  await expectText(page.locator('[data-testid="session-entry"][data-note="transferAccepted"]'), 'Sofie Kristensen accepterade överföringen');
  await expectText(page.getByTestId('status-picker'), 'Borta'); // she went away for the manager's test
  await expectNoHorizontalOverflow(page);
  await page.context().close();
}, TIMEOUT);
