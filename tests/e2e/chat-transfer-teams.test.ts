/**
 * Issue 13's headline browser test, in real Chromium with three pages against the real server in
 * local mode: a customer on the widget's demo page (/chat/demo) chats with agent A (Mads, in the
 * tab's Sessions view); A transfers the chat to B (Sofie, present) from the tab's transfer dialog
 * and it is marked pending; B, in the local Teams sandbox page (her personal chat with the bot),
 * presses Accept on the transfer card (a real `adaptiveCard/action` invoke) and every posted copy of
 * the card (hers and A's) says so; A's tab drops to listen mode (cannot send, sees B's words); B's
 * answer reaches the customer; the customer reloads the page mid-chat and loses nothing — every
 * earlier message once, in order — and what they write after the reload reaches B; the status line
 * still names B after the reload.
 * Needs the built tab and widget (`npm run build -w tab`, `node scripts/build-widget.mjs`).
 */
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';
import { personalCards, texts } from '../fixtures/teams-notify';
import { Agent, openWidgetPage, requireWidget, shownLog, waitForShown, waitUntilSent, widget, type ShownEntry, type WidgetPage } from '../fixtures/widget-page';

/** Each step of the story; the CI machine is a loaded 2-core box. */
const TIMEOUT = 120_000;
/** Waits for something another process or page must do first. */
const WAIT = 45_000;

let session: BrowserSession;
let madsUser: DevUser;
let sofieUser: DevUser;
/** REST clients (Mads's only reads; Sofie's also keeps her present with a heartbeat, as her open tab would). */
let mads: Agent;
let sofie: Agent;

/** Page 1: the customer. */
let customer: WidgetPage;
/** Page 2: Mads's tab. */
let madsTab: Page;
/** Page 3: the Teams sandbox (Sofie's personal chat with the bot, then Mads's). */
let teams: Page;
/** Alerts the sandbox page raised (it alerts on failed requests and bot errors); none is expected. */
const alerts: string[] = [];

let sessionId = '';
/** The widget's status line just before the reload. */
let statusBeforeReload: string | null = null;
let transferId = '';

const FIRST = 'Hello, my invoice for October is wrong.';
const SECOND = 'The invoice number is 4711.';
const MADS_REPLY = 'Thank you, I am looking at it now.';
const SOFIE_REPLY = 'Hi Kirsten, this is Sofie. I have corrected the invoice.';
const BEFORE_RELOAD = 'Great, will I get a new one by e-mail?';
const SOFIE_SECOND = 'Yes, it is on its way.';
const AFTER_RELOAD = 'Got it, thanks! (written after the reload)';

browserSessionForFile(async (started) => {
  requireWidget();
  session = started;
  madsUser = await session.demoUser('mads@contoso.example');
  sofieUser = await session.demoUser('sofie@contoso.example');
  mads = new Agent(session, madsUser);
  sofie = new Agent(session, sofieUser);
});

afterAll(async () => {
  sofie?.stop();
  for (const page of [customer?.page, madsTab, teams]) await page?.context().close().catch(() => undefined);
}, 60_000);

/** Opens the session from the tab's list of chats (it arrives live). */
async function openFromList(page: Page, id: string): Promise<void> {
  if (!new URL(page.url()).pathname.startsWith('/sessions')) await page.getByTestId('nav-sessions').click();
  const item = page.getByTestId(`session-item-${id}`);
  await item.waitFor({ timeout: WAIT });
  await item.getByRole('link').click();
  await page.locator(`[data-testid="session-pane"][data-session-id="${id}"]`).waitFor({ timeout: WAIT });
}

/** The texts of the customer's and agents' messages in a tab's open chat, top to bottom (notes left out). */
async function tabTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="session-entry"]:not([data-kind="system"]) [data-testid="session-entry-text"]').allTextContents();
}

/** The log the customer sees, once nothing is on its way: seq, kind, who, text. */
async function customerLog(): Promise<ShownEntry[]> {
  await waitUntilSent(customer.page);
  return shownLog(customer.page);
}

/** The customer's and agents' messages as [kind, who, text] (who is null for the customer). */
const messagesOf = (log: ShownEntry[]) => log.filter((e) => e.kind !== 'system').map((e) => [e.kind, e.kind === 'agent' ? e.who : null, e.text]);

/** A sandbox page of its own context (its requests off this machine are checked after each test). */
async function sandboxPage(): Promise<Page> {
  const context = await session.browser.newContext({ locale: 'da-DK' });
  context.on('request', (request) => {
    const { hostname } = new URL(request.url());
    if (hostname !== '127.0.0.1' && hostname !== 'localhost') session.offMachine.push(request.url());
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT);
  page.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  return page;
}

const PostedChat = z.object({ messages: z.array(z.looseObject({ id: z.string(), kind: z.string(), attachments: z.array(z.looseObject({ content: z.unknown() })) })) });

/** The posted activity itself (as everyone sees it before any own view), read back from the sandbox's chat API. */
async function postedCard(chatId: string, messageId: string): Promise<unknown> {
  const chat = PostedChat.parse(await session.getJson(`/sandbox/api/chats/${encodeURIComponent(chatId)}`));
  return chat.messages.find((m) => m.id === messageId)?.attachments[0]?.content;
}

/** Waits (up to WAIT) until `ready` holds for the posted card; answers it either way, for the assertions to say what it was. */
async function postedCardWhen(chatId: string, messageId: string, ready: (card: unknown) => boolean): Promise<unknown> {
  const until = Date.now() + WAIT;
  let card = await postedCard(chatId, messageId);
  while (!ready(card) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    card = await postedCard(chatId, messageId);
  }
  return card;
}

/** The verbs of every Action.Execute in a card (the refresh's included). */
function verbs(card: unknown): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    if (Reflect.get(node, 'type') === 'Action.Execute') found.push(String(Reflect.get(node, 'verb')));
    Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
}

/** The newest transfer card in a person's personal chat with the bot, once it is there. */
async function transferCardOf(userId: string): Promise<{ chatId: string; id: string; card: unknown }> {
  const until = Date.now() + WAIT;
  for (;;) {
    const found = await personalCards(session.baseUrl, userId);
    const card = found.cards.filter((c) => texts(c.card).includes(`"tid":"${transferId}"`)).at(-1);
    if (card) return { chatId: found.chatId, ...card };
    if (Date.now() > until) throw new Error(`no transfer card for ${userId} (cards: ${found.cards.length})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const SessionView = z.looseObject({
  session: z.looseObject({
    status: z.string(),
    agent: z.looseObject({ id: z.string() }).nullable(),
    listeners: z.array(z.looseObject({ id: z.string() })),
    transfer: z.looseObject({ id: z.string(), status: z.string(), toUserId: z.string().optional() }).nullable(),
  }),
});

async function sessionView(as: Agent) {
  const answer = await as.call<unknown>('GET', `/api/sessions/${sessionId}`);
  expect(answer.status).toBe(200);
  return SessionView.parse(answer.body).session;
}

test('1. the customer on the demo page writes; Mads (present, in the tab) gets it and answers; the customer sees the answer', async () => {
  // Page 2: Mads opens the tab and makes himself present: the only one, so the chat is his.
  madsTab = await session.signedInPage(madsUser);
  madsTab.setDefaultTimeout(WAIT);
  const picker = madsTab.getByTestId('status-picker');
  await picker.waitFor();
  await picker.click();
  await madsTab.getByTestId('status-option-present').click();
  await madsTab.locator('[data-testid="status-picker"][data-status="present"]').waitFor();
  await madsTab.getByTestId('nav-sessions').click();
  const present = await mads.call<{ items: Array<{ userId: string }> }>('GET', '/api/agents?status=present');
  expect(present.body.items.map((a) => a.userId)).toEqual([madsUser.id]);

  // Page 1: the customer, on the demo site, opens the chat and writes.
  customer = await openWidgetPage(session, { locale: 'en-GB' });
  customer.page.setDefaultTimeout(WAIT);
  const { page } = customer;
  await widget(page).getByRole('button', { name: 'Chat with us' }).click();
  await widget(page).getByRole('textbox', { name: 'Name (optional)', exact: true }).fill('Kirsten Holm');
  await widget(page).getByRole('textbox', { name: 'Message', exact: true }).fill(FIRST);
  await widget(page).getByRole('button', { name: 'Start chat' }).click();
  await waitForShown(page, FIRST, 'customer', WAIT);
  await widget(page).getByText('You are chatting with Mads Nielsen').waitFor();
  sessionId = await mads.sessionStartedWith(FIRST);

  // Mads gets it live in his list, opens it and sees the customer's words; the customer writes again.
  await openFromList(madsTab, sessionId);
  await madsTab.locator('[data-testid="sessions-page"][data-live="socket"]').waitFor();
  await madsTab.getByTestId('session-entry-text').filter({ hasText: FIRST }).waitFor();
  const input = widget(page).getByRole('textbox', { name: 'Write a message', exact: true });
  await input.fill(SECOND);
  await input.press('Enter');
  await madsTab.getByTestId('session-entry-text').filter({ hasText: SECOND }).waitFor();

  // Mads answers from the tab; the customer sees it, from him.
  const composer = madsTab.getByTestId('session-composer');
  await composer.fill(MADS_REPLY);
  await composer.press('Enter');
  await madsTab.getByTestId('session-entry-text').filter({ hasText: MADS_REPLY }).waitFor();
  await waitForShown(page, MADS_REPLY, 'agent');
  expect(messagesOf(await customerLog())).toEqual([
    ['customer', null, FIRST],
    ['customer', null, SECOND],
    ['agent', 'Mads Nielsen', MADS_REPLY],
  ]);
  expect(await tabTexts(madsTab)).toEqual([FIRST, SECOND, MADS_REPLY]);
}, TIMEOUT);

test('2. Mads transfers to Sofie (present) from the tab\'s transfer dialog: the chat is marked pending for him', async () => {
  expect(sessionId).not.toBe('');
  await sofie.present();

  await madsTab.getByTestId('session-transfer').click();
  const dialog = madsTab.getByTestId('session-transfer-dialog');
  // Only present colleagues are offered: Sofie, not Mads himself.
  await dialog.getByTestId(`session-transfer-to-${sofieUser.id}`).waitFor();
  await expect(dialog.getByTestId(`session-transfer-to-${madsUser.id}`).count()).resolves.toBe(0);
  await dialog.getByTestId(`session-transfer-to-${sofieUser.id}`).click();
  await madsTab.getByTestId('session-transfer-dialog-submit').click();
  await dialog.waitFor({ state: 'detached' });

  await expectText(madsTab.getByTestId('session-pending'), 'Sofie Kristensen');
  await madsTab.locator(`[data-testid="session-pane"][data-session-id="${sessionId}"][data-pending="true"]`).waitFor();
  await madsTab.locator(`[data-testid="session-item-${sessionId}"][data-pending="true"]`).waitFor();
  await madsTab.getByTestId('session-cancel-transfer').waitFor();

  const view = await sessionView(mads);
  expect(view.agent?.id).toBe(madsUser.id);
  expect(view.transfer?.status).toBe('pending');
  transferId = view.transfer?.id ?? '';
  expect(transferId).not.toBe('');
  // The customer is told, in a short note (never a gap).
  await widget(customer.page).getByText('Please wait a moment while we bring in a colleague.').waitFor();
}, TIMEOUT);

test('3. Sofie, in her Teams chat with the bot (sandbox page), presses Accept on the card: her card and Mads\'s copy both say "Accepteret af Sofie Kristensen"', async () => {
  expect(transferId).not.toBe('');
  const hers = await transferCardOf(sofieUser.id);
  const his = await transferCardOf(madsUser.id);
  expect(hers.chatId).not.toBe(his.chatId);
  expect(verbs(hers.card)).toEqual(['session.transfer.refresh', 'session.transfer.accept', 'session.transfer.decline']);
  expect(verbs(his.card)).toEqual(['session.transfer.refresh', 'session.transfer.cancel']);

  // Page 3: the sandbox page as Sofie, in her personal chat; the card renders with its buttons.
  teams = await sandboxPage();
  // The pending card refreshes itself for its reader (an automatic invoke, then a redraw): press once that settled.
  const refreshed = teams.waitForResponse((r) => r.url().endsWith('/invoke') && (r.request().postData() ?? '').includes('"automatic"'));
  await teams.goto(`${session.baseUrl}/sandbox/chats/${encodeURIComponent(hers.chatId)}?as=${encodeURIComponent(sofieUser.id)}`);
  expect((await refreshed).status()).toBe(200);
  await teams.waitForResponse((r) => r.url().includes('/sandbox/api/view'));
  const herCard = teams.locator(`.card[data-message="${hers.id}"]`);
  await herCard.locator('.ac-adaptiveCard').waitFor();
  await expectText(herCard, 'Mads Nielsen beder dig overtage en kundechat.');
  await expectText(herCard, 'Kirsten Holm');
  const accept = herCard.getByRole('button', { name: 'Acceptér' });
  await accept.waitFor();
  await expect(herCard.getByRole('button', { name: 'Afvis' }).count()).resolves.toBe(1);

  // Pressing it sends the invoke, as a Teams client does, and the page redraws from the answer.
  const invoked = teams.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/invoke') && (r.request().postData() ?? '').includes('session.transfer.accept'));
  await accept.click();
  expect((await invoked).status()).toBe(200);
  await herCard.filter({ hasText: 'Accepteret af Sofie Kristensen' }).waitFor();
  await expectText(herCard, 'Chatten er din nu.');
  await expect(herCard.getByRole('button').count()).resolves.toBe(0);

  // The decision was made: the chat is Sofie's, Mads listens.
  const view = await sessionView(sofie);
  expect(view.agent?.id).toBe(sofieUser.id);
  expect(view.listeners.map((l) => l.id)).toEqual([madsUser.id]);
  expect(view.transfer).toBeNull();

  // Every posted copy was updated (not only the clicker's view): final, no buttons, no refresh.
  const accepted = (card: unknown) => texts(card).includes('Accepteret af Sofie Kristensen');
  for (const copy of [hers, his]) {
    const now = await postedCardWhen(copy.chatId, copy.id, accepted);
    expect(texts(now)).toContain('Accepteret af Sofie Kristensen');
    expect(verbs(now)).toEqual([]);
    expect(texts(now)).not.toContain(SECOND);
  }

  // Mads's copy, as the sandbox page shows it to him.
  await teams.goto(`${session.baseUrl}/sandbox/chats/${encodeURIComponent(his.chatId)}?as=${encodeURIComponent(madsUser.id)}`);
  const hisCard = teams.locator(`.card[data-message="${his.id}"]`);
  await hisCard.locator('.ac-adaptiveCard').waitFor();
  await hisCard.filter({ hasText: 'Accepteret af Sofie Kristensen' }).waitFor();
  await expect(hisCard.getByRole('button').count()).resolves.toBe(0);
  expect(alerts).toEqual([]);
}, TIMEOUT);

test('4. Mads\'s tab is in listen mode (no composer, sees Sofie\'s words); Sofie answers and the customer sees it', async () => {
  expect(transferId).not.toBe('');
  await madsTab.locator(`[data-testid="session-pane"][data-session-id="${sessionId}"][data-role="listener"]`).waitFor();
  await expectText(madsTab.getByTestId('session-listen-mode'), 'Sofie Kristensen');
  await expect(madsTab.getByTestId('session-composer').count()).resolves.toBe(0);
  await expect(madsTab.getByTestId('session-send').count()).resolves.toBe(0);
  await expect(madsTab.getByTestId('session-transfer').count()).resolves.toBe(0);
  await madsTab.locator(`[data-testid="session-item-${sessionId}"][data-part="listening"]`).waitFor();
  // Over REST too, a listener cannot send.
  const refused = await mads.call<{ title?: string }>('POST', `/api/sessions/${sessionId}/messages`, { text: 'Mads should not be able to send this.' });
  expect(refused.status).toBeGreaterThanOrEqual(400);
  expect(refused.status).toBeLessThan(500);

  // The customer is told who has taken over.
  await widget(customer.page).getByText('Sofie Kristensen has taken over the chat.').waitFor();
  await widget(customer.page).getByText('You are chatting with Sofie Kristensen').waitFor();

  await sofie.reply(sessionId, SOFIE_REPLY);
  await waitForShown(customer.page, SOFIE_REPLY, 'agent');
  await madsTab.getByTestId('session-entry-text').filter({ hasText: SOFIE_REPLY }).waitFor();
  expect(await tabTexts(madsTab)).toEqual([FIRST, SECOND, MADS_REPLY, SOFIE_REPLY]);
  expect(messagesOf(await customerLog())).toEqual([
    ['customer', null, FIRST],
    ['customer', null, SECOND],
    ['agent', 'Mads Nielsen', MADS_REPLY],
    ['agent', 'Sofie Kristensen', SOFIE_REPLY],
  ]);
  expect((await sofie.entries(sessionId)).map((e) => e.text)).not.toContain('Mads should not be able to send this.');
}, TIMEOUT);

test('5. the customer reloads mid-chat and loses nothing: every earlier message once, in order; the chat goes on and reaches Sofie', async () => {
  expect(transferId).not.toBe('');
  const { page } = customer;
  const input = widget(page).getByRole('textbox', { name: 'Write a message', exact: true });
  await input.fill(BEFORE_RELOAD);
  await input.press('Enter');
  await waitForShown(page, BEFORE_RELOAD, 'customer');
  await sofie.waitForCustomerText(sessionId, BEFORE_RELOAD);
  await sofie.reply(sessionId, SOFIE_SECOND);
  await waitForShown(page, SOFIE_SECOND, 'agent');

  const before = await customerLog();
  const stored = await sofie.entries(sessionId);
  // What the customer saw is what the session holds, each entry once, in order (notes included).
  expect(before.map((e) => [e.seq, e.kind])).toEqual(stored.map((e) => [e.seq, e.kind]));
  expect(stored.map((e) => e.seq)).toEqual(stored.map((_, i) => i + 1));
  const expectedMessages = [
    ['customer', null, FIRST],
    ['customer', null, SECOND],
    ['agent', 'Mads Nielsen', MADS_REPLY],
    ['agent', 'Sofie Kristensen', SOFIE_REPLY],
    ['customer', null, BEFORE_RELOAD],
    ['agent', 'Sofie Kristensen', SOFIE_SECOND],
  ];
  expect(messagesOf(before)).toEqual(expectedMessages);
  const notes = before.filter((e) => e.kind === 'system').map((e) => e.text);
  expect(notes).toContain('Please wait a moment while we bring in a colleague.');
  expect(notes).toContain('Sofie Kristensen has taken over the chat.');

  statusBeforeReload = await widget(page).getByRole('status').textContent();
  await page.reload();
  // The panel is open again, with the whole conversation: the same entries, once each, in order.
  await widget(page).getByRole('dialog', { name: 'Chat with us' }).waitFor();
  await waitForShown(page, SOFIE_SECOND, 'agent', WAIT);
  const after = await customerLog();
  expect(after).toEqual(before);

  // The chat goes on: the next message reaches Sofie (and Mads, listening, sees it too).
  await input.fill(AFTER_RELOAD);
  await input.press('Enter');
  await waitForShown(page, AFTER_RELOAD, 'customer');
  await sofie.waitForCustomerText(sessionId, AFTER_RELOAD);
  await madsTab.getByTestId('session-entry-text').filter({ hasText: AFTER_RELOAD }).waitFor();
  const final = await sofie.entries(sessionId);
  expect(final.filter((e) => e.kind !== 'system').map((e) => e.text)).toEqual([...expectedMessages.map((m) => m[2]), AFTER_RELOAD]);
  expect(final.filter((e) => e.text === AFTER_RELOAD)).toHaveLength(1);
  expect(final.map((e) => e.seq)).toEqual(final.map((_, i) => i + 1));
  const shown = await customerLog();
  expect(shown.map((e) => e.seq)).toEqual(final.map((e) => e.seq));
  expect(messagesOf(shown)).toEqual([...expectedMessages, ['customer', null, AFTER_RELOAD]]);
  expect(await tabTexts(madsTab)).toEqual([FIRST, SECOND, MADS_REPLY, SOFIE_REPLY, BEFORE_RELOAD, SOFIE_SECOND, AFTER_RELOAD]);
  expect((await sessionView(sofie)).agent?.id).toBe(sofieUser.id);
  expect(customer.problems).toEqual([]);
}, TIMEOUT);

test('6. after the reload the status line still says who the customer is chatting with (Sofie), as it did before', async () => {
  expect(transferId).not.toBe('');
  const { page } = customer;
  const status = widget(page).getByRole('status');
  expect(statusBeforeReload).toBe('You are chatting with Sofie Kristensen');
  // No agent has written since the reload: the name must come from the conversation the page kept.
  await status.filter({ hasText: 'You are chatting with Sofie Kristensen' }).waitFor({ timeout: 30_000 }).catch(() => undefined);
  expect(await status.textContent()).toBe('You are chatting with Sofie Kristensen');
}, TIMEOUT);
