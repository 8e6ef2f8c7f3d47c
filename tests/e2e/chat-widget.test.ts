/**
 * The customer chat widget (issue 13) in real Chromium on local mode's demo page, against the real
 * server, with Mads (demo agent, team-dk) present and answering through the REST API: a chat with
 * typing both ways; a reload mid-chat (with a message whose acknowledgement was lost) shows the
 * whole conversation once and loses nothing; a connection dropped during a burst resumes, sends
 * what waited with the same client ids, and nothing is stored twice; a Danish visitor on a
 * 390×844 phone does it all with the keyboard alone; and a site's signed-in user (identify() with
 * the site's HMAC) starts a verified session. Needs the built tab and widget (`npm test`
 * builds both).
 */
import { BrowserSession, browserSessionForFile, type DevUser } from '../fixtures/browser';
import { createHmac } from 'node:crypto';
import { WebSocket } from '../../bot/src/realtime/ws';
import { AgentSocketClient } from '../fixtures/chat-client';
import { Agent, backOnline, focused, lowContrastTexts, openWidgetPage, requireWidget, shownLog, waitForShown, waitUntilSent, widget, type WidgetPage } from '../fixtures/widget-page';

declare global {
  interface Window {
    /** The widget's page API (widget/src/main.ts). */
    CasebridgeChat?: { identify?(identity: { userId: string; name: string; email: string; signature: string }): void };
  }
}

const TIMEOUT = 120_000;
let session: BrowserSession;
let mads: Agent;
const pages: WidgetPage[] = [];

browserSessionForFile(async (started) => {
  requireWidget();
  session = started;
  const user: DevUser = await session.demoUser('mads@contoso.example');
  mads = new Agent(session, user);
  await mads.present();
});

afterEach(async () => {
  for (const open of pages.splice(0)) {
    expect(open.problems).toEqual([]);
    await open.context.close();
  }
}, 60_000);

afterAll(() => mads?.stop());

async function customer(options: Parameters<typeof openWidgetPage>[1]): Promise<WidgetPage> {
  const opened = await openWidgetPage(session, options);
  pages.push(opened);
  return opened;
}

/** Shown entries (seq, kind, text) match the server's, in order, each once; nothing pending. */
async function expectSameAsServer(open: WidgetPage, sessionId: string): Promise<void> {
  await waitUntilSent(open.page);
  const stored = await mads.entries(sessionId);
  const shown = await shownLog(open.page);
  expect(shown.map((e) => e.seq)).toEqual(stored.map((e) => e.seq));
  expect(shown.map((e) => e.kind)).toEqual(stored.map((e) => e.kind));
  const texts = (list: Array<{ kind: string; text: string }>) => list.filter((e) => e.kind !== 'system').map((e) => e.text);
  expect(texts(shown)).toEqual(texts(stored));
  expect(new Set(shown.map((e) => e.seq)).size).toBe(shown.length);
}

/** The visitor ends the chat (the agent has a capacity of three sessions). */
async function endChat(open: WidgetPage, labels: { end: string; ended: string }): Promise<void> {
  await widget(open.page).getByRole('button', { name: labels.end }).click();
  await widget(open.page).getByText(labels.ended).waitFor();
}

test('a visitor chats with Mads: his replies come with his name, typing shows both ways, the message log is a polite live log', async () => {
  const open = await customer({ locale: 'en-GB' });
  const { page } = open;
  expect(await page.title()).toBe('Contoso: demo customer site');
  const launcher = widget(page).getByRole('button', { name: 'Chat with us' });
  await launcher.click();
  const dialog = widget(page).getByRole('dialog', { name: 'Chat with us' });
  await dialog.waitFor();
  await widget(page).getByRole('textbox', { name: 'Name (optional)', exact: true }).fill('Ellen Ripley');
  await widget(page).getByRole('textbox', { name: 'E-mail address (optional)', exact: true }).fill('ellen@customer.example');
  await widget(page).getByRole('textbox', { name: 'Message', exact: true }).fill('My printer blinks red.');
  await widget(page).getByRole('button', { name: 'Start chat' }).click();
  await waitForShown(page, 'My printer blinks red.', 'customer');
  await widget(page).getByText('Mads Nielsen has joined the chat.').waitFor();
  await widget(page).getByText('You are chatting with Mads Nielsen').waitFor();

  const log = widget(page).getByRole('log', { name: 'Conversation' });
  expect(await log.getAttribute('aria-live')).toBe('polite');
  const sessionId = await mads.sessionStartedWith('My printer blinks red.');

  // Typing: the agent's socket sees the visitor type; the visitor sees the agent type.
  const { body: ticket } = await mads.call<{ ticket: string }>('POST', '/api/realtime/ticket');
  // The socket's listener is on before it opens: the server says `ready` at once.
  const agentSocket = new AgentSocketClient(new WebSocket(`${session.baseUrl.replace(/^http/, 'ws')}/api/realtime?ticket=${encodeURIComponent(ticket.ticket)}`));
  try {
    await agentSocket.waitFor((f) => f.t === 'ready');
    await agentSocket.watch(sessionId);
    await widget(page).getByRole('textbox', { name: 'Write a message', exact: true }).pressSequentially('Is it');
    await agentSocket.waitFor((f) => f.t === 'typing' && f.sessionId === sessionId && f.who === 'customer', { timeoutMs: 10_000 });
    agentSocket.send({ t: 'typing', sessionId });
    await widget(page).getByText('Mads Nielsen is typing…').waitFor();
  } finally {
    agentSocket.close();
  }
  await widget(page).getByRole('textbox', { name: 'Write a message', exact: true }).press('Enter');
  await waitForShown(page, 'Is it', 'customer');

  await mads.reply(sessionId, 'Hello Ellen, which model is it?');
  await waitForShown(page, 'Hello Ellen, which model is it?', 'agent');
  const reply = (await shownLog(page)).find((e) => e.text === 'Hello Ellen, which model is it?');
  expect(reply?.who).toBe('Mads Nielsen');
  await expect(widget(page).getByText('Mads Nielsen is typing…').count()).resolves.toBe(0);
  await expectSameAsServer(open, sessionId);
  // Bubbles, names, notes and times keep 4.5:1, light and dark.
  expect(await lowContrastTexts(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await lowContrastTexts(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });

  // Too long is said before anything is sent.
  await widget(page).getByRole('textbox', { name: 'Write a message', exact: true }).fill('x'.repeat(2001));
  await widget(page).getByRole('button', { name: 'Send' }).click();
  await widget(page).getByText('The message is too long: at most 2000 characters.').waitFor();
  expect(await widget(page).getByRole('textbox', { name: 'Write a message', exact: true }).getAttribute('aria-invalid')).toBe('true');
  await widget(page).getByRole('textbox', { name: 'Write a message', exact: true }).fill('');

  await endChat(open, { end: 'End chat', ended: 'The chat has ended.' });
  await widget(page).getByText('You ended the chat.').waitFor();
  expect((await mads.call<{ session: { status: string } }>('GET', `/api/sessions/${sessionId}`)).body.session.status).toBe('closed');
}, TIMEOUT);

test('a reload mid-chat shows the whole conversation once, and a message whose acknowledgement was lost is sent again without a duplicate', async () => {
  const open = await customer({ locale: 'en-US' });
  const { page } = open;
  await widget(page).getByRole('button', { name: 'Chat with us' }).click();
  await widget(page).getByRole('textbox', { name: 'Message', exact: true }).fill('Reload test: first');
  await widget(page).getByRole('button', { name: 'Start chat' }).click();
  const sessionId = await mads.sessionStartedWith('Reload test: first');
  await mads.reply(sessionId, 'Agent: one');
  await waitForShown(page, 'Agent: one', 'agent');
  const input = widget(page).getByRole('textbox', { name: 'Write a message', exact: true });
  await input.fill('Customer: two');
  await input.press('Enter');
  await waitForShown(page, 'Customer: two', 'customer');

  // The server stores the next message, but its acknowledgement never reaches the page.
  open.hold = true;
  await input.fill('Customer: three (ack lost)');
  await input.press('Enter');
  await mads.waitForCustomerText(sessionId, 'Customer: three (ack lost)');
  expect((await shownLog(page)).find((e) => e.text === 'Customer: three (ack lost)')?.state).toBe('sending');
  open.hold = false;
  await page.reload();

  // The panel is open again with everything, the lost-ack message once, resent under its own id.
  await widget(page).getByRole('dialog', { name: 'Chat with us' }).waitFor();
  await waitForShown(page, 'Customer: three (ack lost)', 'customer');
  await expectSameAsServer(open, sessionId);
  const stored = await mads.entries(sessionId);
  expect(stored.filter((e) => e.text === 'Customer: three (ack lost)')).toHaveLength(1);
  expect(stored.filter((e) => e.kind === 'customer').map((e) => e.text)).toEqual(['Reload test: first', 'Customer: two', 'Customer: three (ack lost)']);

  // A second reload still shows it all, and the chat goes on.
  await page.reload();
  await waitForShown(page, 'Agent: one', 'agent');
  await mads.reply(sessionId, 'Agent: after the reloads');
  await waitForShown(page, 'Agent: after the reloads', 'agent');
  await expectSameAsServer(open, sessionId);
  await endChat(open, { end: 'End chat', ended: 'The chat has ended.' });
}, TIMEOUT);

test('a connection dropped during a burst resumes: what waited is sent in order, what the agent wrote meanwhile arrives, nothing twice', async () => {
  const open = await customer({ locale: 'en-US' });
  const { page } = open;
  await widget(page).getByRole('button', { name: 'Chat with us' }).click();
  await widget(page).getByRole('textbox', { name: 'Message', exact: true }).fill('Burst 0');
  await widget(page).getByRole('button', { name: 'Start chat' }).click();
  const sessionId = await mads.sessionStartedWith('Burst 0');
  const input = widget(page).getByRole('textbox', { name: 'Write a message', exact: true });
  for (const n of [1, 2, 3]) {
    await input.fill(`Burst ${n}`);
    await input.press('Enter');
  }
  // Burst 4 reaches the server, its ack is lost, then the network goes and stays away a while.
  await waitUntilSent(page);
  open.hold = true;
  await input.fill('Burst 4');
  await input.press('Enter');
  await mads.waitForCustomerText(sessionId, 'Burst 4');
  open.refuse = true;
  await open.drop();
  open.hold = false;
  await widget(page).getByText('The connection was lost. Reconnecting…').waitFor();
  for (const n of [5, 6, 7]) {
    await input.fill(`Burst ${n}`);
    await input.press('Enter');
  }
  await mads.reply(sessionId, 'Agent: while you were away');
  const waiting = await shownLog(page);
  expect(waiting.filter((e) => e.state === 'sending').map((e) => e.text)).toEqual(['Burst 4', 'Burst 5', 'Burst 6', 'Burst 7']);

  open.refuse = false;
  await backOnline(page);
  await waitForShown(page, 'Agent: while you were away', 'agent', 60_000);
  await waitForShown(page, 'Burst 7', 'customer');
  await expectSameAsServer(open, sessionId);
  const stored = await mads.entries(sessionId);
  const customerTexts = stored.filter((e) => e.kind === 'customer').map((e) => e.text);
  expect(customerTexts).toEqual(['Burst 0', 'Burst 1', 'Burst 2', 'Burst 3', 'Burst 4', 'Burst 5', 'Burst 6', 'Burst 7']);
  expect(new Set(stored.filter((e) => e.kind === 'customer').map((e) => e.clientId)).size).toBe(8);
  expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
  await expect(widget(page).getByText('The connection was lost. Reconnecting…').count()).resolves.toBe(0);
  await endChat(open, { end: 'End chat', ended: 'The chat has ended.' });
}, TIMEOUT);

test('offline before the session exists: the first message and one written after it wait, then go in order once the session starts', async () => {
  const open = await customer({ locale: 'en-US' });
  const { page } = open;
  await widget(page).getByRole('button', { name: 'Chat with us' }).click();
  const dialog = widget(page).getByRole('dialog', { name: 'Chat with us' });
  await widget(page).getByRole('textbox', { name: 'Message', exact: true }).waitFor();
  // Beside the page, the panel is not modal; the empty status line is still a live region.
  expect(await dialog.getAttribute('aria-modal')).toBeNull();
  const status = widget(page).getByRole('status');
  expect(await status.count()).toBe(1);
  expect(await status.textContent()).toBe('');
  expect(await status.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');

  open.refuse = true;
  await open.drop();
  await widget(page).getByText('The connection was lost. Reconnecting…').waitFor();
  await widget(page).getByRole('textbox', { name: 'Message', exact: true }).fill('Offline: first');
  await widget(page).getByRole('button', { name: 'Start chat' }).click();
  const input = widget(page).getByRole('textbox', { name: 'Write a message', exact: true });
  await input.fill('Offline: second');
  await input.press('Enter');
  expect((await shownLog(page)).map((e) => [e.text, e.state])).toEqual([['Offline: first', 'sending'], ['Offline: second', 'sending']]);

  open.refuse = false;
  await backOnline(page);
  await waitForShown(page, 'Offline: second', 'customer', 60_000);
  const sessionId = await mads.sessionStartedWith('Offline: first');
  await expectSameAsServer(open, sessionId);
  const stored = await mads.entries(sessionId);
  expect(stored.filter((e) => e.kind === 'customer').map((e) => e.text)).toEqual(['Offline: first', 'Offline: second']);
  await endChat(open, { end: 'End chat', ended: 'The chat has ended.' });
}, TIMEOUT);

test('Danish on a 390×844 phone, keyboard only: full-screen dialog, focus in and back, Escape closes, nothing scrolls sideways', async () => {
  const open = await customer({ locale: 'da-DK', viewport: { width: 390, height: 844 }, isMobile: true });
  const { page } = open;
  expect(await page.title()).toBe('Contoso: demo af en kundes websted');
  const noSideways = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await noSideways();

  // The launcher is the page's first stop; its focus ring shows.
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Chat med os' });
  const outline = await widget(page).getByRole('button', { name: 'Chat med os' }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  const dialog = widget(page).getByRole('dialog', { name: 'Chat med os' });
  await dialog.waitFor();
  // Full screen is modal.
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  await dialog.evaluate((el) => Promise.all(el.getAnimations().map((animation) => animation.finished)));
  const box = await dialog.boundingBox();
  expect([box?.x, box?.y, box?.width, box?.height].map((n) => Math.round(n ?? -1))).toEqual([0, 0, 390, 844]);
  expect(await focused(page)).toMatchObject({ tag: 'input', label: 'Navn (valgfrit)' });
  await noSideways();

  await page.keyboard.type('Mette Hansen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('mette@kunde.example');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'textarea', label: 'Besked' });
  await page.keyboard.type('Min printer blinker rødt.');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Start chat' });
  await page.keyboard.press('Enter');

  // Focus follows into the chat; Enter sends.
  await waitForShown(page, 'Min printer blinker rødt.', 'customer');
  expect(await focused(page)).toMatchObject({ tag: 'textarea', label: 'Skriv en besked' });
  await widget(page).getByText('Mads Nielsen er nu med i chatten.').waitFor();
  await widget(page).getByText('Du chatter med Mads Nielsen').waitFor();
  const sessionId = await mads.sessionStartedWith('Min printer blinker rødt.');
  await page.keyboard.type('Det er en LaserJet.');
  await page.keyboard.press('Enter');
  await waitForShown(page, 'Det er en LaserJet.', 'customer');
  await mads.reply(sessionId, 'Tak, Mette. Prøv at slukke og tænde den.');
  await waitForShown(page, 'Tak, Mette. Prøv at slukke og tænde den.', 'agent');

  // The input is on screen (above where the keyboard would be) and the panel does not scroll sideways.
  const input = await widget(page).getByRole('textbox', { name: 'Skriv en besked', exact: true }).boundingBox();
  expect(input).not.toBeNull();
  expect((input?.y ?? 0) + (input?.height ?? 0)).toBeLessThanOrEqual(844);
  expect(await widget(page).locator('.panel').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await noSideways();

  // Escape closes, focus goes back to the launcher; Enter opens again with focus in the input.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Chat med os' });
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'textarea', label: 'Skriv en besked' });

  // The close button (labelled) and End chat are reachable with Shift+Tab.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', label: 'Luk chatvinduet' });
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Afslut chat' });
  // Focus stays in the modal panel: Shift+Tab from its first control goes to its last, Tab back to the first.
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Send' });
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Afslut chat' });
  await page.keyboard.press('Enter');
  await widget(page).getByText('Chatten er afsluttet.').waitFor();
  await widget(page).getByText('Du afsluttede chatten.').waitFor();
  await expectSameAsServer(open, sessionId);
}, TIMEOUT);

test("a site's signed-in user: identify() with the site's HMAC signature skips name and e-mail, and the session's visitor is verified", async () => {
  const secret = 'demo-identity-secret-0123456789abcdef';
  const astrid = new Agent(session, await session.demoUser('astrid@contoso.example'));
  const sites = await astrid.call<{ items: Array<Record<string, unknown> & { id: string }> }>('GET', '/api/chat-sites');
  const site = sites.body.items.find((s) => s.id === 'web');
  expect(site).toBeDefined();
  const { id: _id, tenantId: _tenant, hasIdentitySecret: _has, ...input } = site ?? { id: '' };
  expect((await astrid.call('PUT', '/api/chat-sites/web', { ...input, identitySecret: secret })).status).toBe(200);

  const identity = { userId: 'shop-user-42', name: 'Karen Blixen', email: 'karen@customer.example' };
  const signature = createHmac('sha256', secret).update(`${identity.userId}:${identity.email}`).digest('hex');
  const open = await customer({ locale: 'en-US' });
  const { page } = open;
  await page.waitForFunction(() => window.CasebridgeChat?.identify !== undefined);
  await page.evaluate((signed) => window.CasebridgeChat?.identify?.(signed), { ...identity, signature });
  await widget(page).getByRole('button', { name: 'Chat with us' }).click();
  await widget(page).getByRole('textbox', { name: 'Message', exact: true }).waitFor();
  expect(await widget(page).getByRole('textbox', { name: 'Name (optional)', exact: true }).count()).toBe(0);
  await widget(page).getByRole('textbox', { name: 'Message', exact: true }).fill('Signed in and asking.');
  await widget(page).getByRole('button', { name: 'Start chat' }).click();
  const sessionId = await mads.sessionStartedWith('Signed in and asking.');
  const { body } = await mads.call<{ session: { visitor: { name: string | null; email: string | null; verified: boolean } } }>('GET', `/api/sessions/${sessionId}`);
  expect(body.session.visitor).toEqual({ name: 'Karen Blixen', email: 'karen@customer.example', verified: true, locale: 'en' });
  await endChat(open, { end: 'End chat', ended: 'The chat has ended.' });
}, TIMEOUT);

test('a flood: the server refuses a message over the per-session limit, and the widget shows it as not sent with a retry, politely', async () => {
  const open = await customer({ locale: 'en-US' });
  const { page } = open;
  await widget(page).getByRole('button', { name: 'Chat with us' }).click();
  await widget(page).getByRole('textbox', { name: 'Message', exact: true }).fill('Flood 0');
  await widget(page).getByRole('button', { name: 'Start chat' }).click();
  const sessionId = await mads.sessionStartedWith('Flood 0');
  const input = widget(page).getByRole('textbox', { name: 'Write a message', exact: true });
  // CHAT_MESSAGES_PER_MINUTE is 30 per session: the 31st message in the minute is refused.
  for (let n = 1; n <= 31; n++) {
    await input.fill(`Flood ${n}`);
    await input.press('Enter');
  }
  await widget(page).getByText('You are sending messages very quickly. Wait a moment and try again.').waitFor();
  const refused = widget(page).locator('.log > li.failed');
  await refused.waitFor();
  expect(await refused.locator('.text').textContent()).toBe('Flood 31');
  expect(await refused.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  const stored = await mads.entries(sessionId);
  expect(stored.filter((e) => e.kind === 'customer').map((e) => e.text)).toEqual(Array.from({ length: 31 }, (_, n) => `Flood ${n}`));
  await endChat(open, { end: 'End chat', ended: 'The chat has ended.' });
}, TIMEOUT);
