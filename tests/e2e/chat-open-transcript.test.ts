/**
 * Issue 10 items 1 and 6 in real Chromium against the real server (local mode, local Teams
 * sandbox): a connected chat shows its members (avatars, a count) and last activity and opens in
 * "Teams" (the sandbox's chat page, in a new tab outside Teams); the timeline's last message shows
 * its opening words where the record type keeps transcripts; the transcript view lists the kept
 * messages, and explains when the type keeps none.
 * Needs the built tab: `npm run build -w tab`.
 */
import type { Locator, Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, type DevUser } from '../fixtures/browser';

const TIMEOUT = 90_000;

let session: BrowserSession;
let mads: DevUser;
/** A chat of wo-001 (work orders keep transcripts here) and one of case-003 (cases do not). */
let keptChat = '';
let plainChat = '';
const LONG = `Can someone bring the spare pump and a ladder to the basement? ${'The old one leaks badly again. '.repeat(5)}`;

async function api<T>(user: DevUser, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<{ status: number; body: T; etag: string | null }> {
  const response = await fetch(`${session.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${await session.tokenOf(user)}`, 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, etag: response.headers.get('etag') };
}

async function post(chatId: string, userId: string, text: string): Promise<void> {
  const response = await fetch(`${session.baseUrl}/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId, text }),
  });
  if (!response.ok) throw new Error(`posting in ${chatId} → ${response.status}`);
}

/** Waits until the record's timeline has the chat's last message (with text when `withText`). */
async function lastMessageSeen(recordId: string, chatId: string, withText: boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const { body } = await api<{ items: { kind: string; chatId: string | null; text: string | null }[] }>(mads, `/api/records/${recordId}/timeline`);
    if (body.items.some((e) => e.kind === 'lastMessage' && e.chatId === chatId && (!withText || e.text !== null))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no last message of ${chatId} on ${recordId}`);
}

async function openRecord(page: Page, type: string, id: string): Promise<Locator> {
  await page.goto(`${session.baseUrl}/records/${type}/${id}`);
  const panel = page.getByTestId('chat-panel');
  await panel.waitFor();
  return panel;
}

const sandboxPath = (chatId: string) => `/sandbox/chats/${encodeURIComponent(chatId)}?as=${mads.id}`;

browserSessionForFile(async (started) => {
  session = started;
  mads = await session.demoUser('mads@contoso.example');
  const sofie = await session.demoUser('sofie@contoso.example');
  const astrid = await session.demoUser('astrid@contoso.example');
  const settings = await api<unknown>(astrid, '/api/settings/workorder');
  const on = await api<unknown>(astrid, '/api/settings/workorder', { method: 'PATCH', body: { transcript: { enabled: true } }, headers: { 'if-match': settings.etag ?? '' } });
  if (on.status !== 200) throw new Error(`turning transcripts on → ${on.status}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const kept = await api<{ chatId: string }>(mads, '/api/records/wo-001/chats', { method: 'POST', body: { memberIds: [sofie.id] }, headers: { 'idempotency-key': 'e2e-open-transcript-1' } });
  const plain = await api<{ chatId: string }>(mads, '/api/records/case-003/chats', { method: 'POST', body: { memberIds: [sofie.id] }, headers: { 'idempotency-key': 'e2e-open-transcript-2' } });
  if (kept.status !== 201 || plain.status !== 201) throw new Error(`creating chats → ${kept.status}, ${plain.status}`);
  keptChat = kept.body.chatId;
  plainChat = plain.body.chatId;
  await post(keptChat, mads.id, 'Is the pump on site?');
  await post(keptChat, sofie.id, LONG);
  await post(plainChat, sofie.id, 'Nothing kept here');
  await lastMessageSeen('wo-001', keptChat, true);
  await lastMessageSeen('case-003', plainChat, false);
});

test('the panel shows members, their count and the last activity, and opens the chat in a new tab', async () => {
  const page = await session.signedInPage(mads);
  const panel = await openRecord(page, 'workorder', 'wo-001');
  const item = panel.getByTestId(`connected-chat-${keptChat}`);
  await item.waitFor();
  await item.getByTestId(`chat-members-${keptChat}`).waitFor();
  expect(await item.getByTestId('chat-member').count()).toBe(2);
  expect(await item.getByTestId(`chat-member-count-${keptChat}`).textContent()).toBe('2 members');
  expect(await item.getByTestId(`chat-last-activity-${keptChat}`).textContent()).toMatch(/^Last activity (now|just now|\d+ seconds? ago|\d+ minutes? ago)/i);

  const open = item.getByTestId(`open-chat-${keptChat}`);
  expect(await open.getAttribute('href')).toBe(sandboxPath(keptChat));
  expect(await open.getAttribute('target')).toBe('_blank');
  expect(await open.getAttribute('rel')).toContain('noopener');
  expect(await item.getByTestId(`chat-name-link-${keptChat}`).getAttribute('href')).toBe(sandboxPath(keptChat));

  // Outside Teams it opens the sandbox's page of that chat in a new tab.
  const [opened] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
  await opened.waitForLoadState();
  expect(opened.url()).toBe(`${session.baseUrl}${sandboxPath(keptChat)}`);
  expect(await opened.locator('body').getAttribute('data-chat')).toBe(keptChat);
  await page.context().close();
}, TIMEOUT);

test('the timeline’s last message shows its opening words where transcripts are kept, and none where not', async () => {
  const page = await session.signedInPage(mads);
  await openRecord(page, 'workorder', 'wo-001');
  const entryId = `last:${keptChat}`;
  const text = page.getByTestId(`timeline-text-${entryId}`);
  await text.waitFor();
  const words = (await text.textContent()) ?? '';
  expect(words.startsWith('Can someone bring the spare pump and a ladder to the basement?')).toBe(true);
  expect(words.length).toBe(120);
  expect(words.endsWith('…')).toBe(true);
  expect(await page.getByTestId(`timeline-open-${entryId}`).getAttribute('href')).toBe(sandboxPath(keptChat));

  await openRecord(page, 'case', 'case-003');
  await page.locator(`[data-entry-id="last:${plainChat}"]`).waitFor();
  expect(await page.getByTestId(`timeline-text-last:${plainChat}`).count()).toBe(0);
  await page.context().close();
}, TIMEOUT);

test('the transcript view lists the kept messages (from the panel and the timeline), and explains when none are kept', async () => {
  const page = await session.signedInPage(mads);
  const panel = await openRecord(page, 'workorder', 'wo-001');
  await panel.getByTestId(`transcript-${keptChat}`).click();
  const dialog = page.getByTestId('transcript-dialog');
  await dialog.getByTestId('transcript-messages').waitFor();
  const messages = dialog.getByTestId('transcript-message');
  expect(await messages.count()).toBe(2);
  expect(await messages.nth(0).textContent()).toContain('Is the pump on site?');
  expect(await messages.nth(0).textContent()).toContain('Mads Nielsen');
  expect(await messages.nth(1).textContent()).toContain(LONG.trim());
  await dialog.getByTestId('transcript-close').click();
  await dialog.waitFor({ state: 'detached' });

  await page.getByTestId(`timeline-transcript-last:${keptChat}`).click();
  await page.getByTestId('transcript-dialog').getByTestId('transcript-messages').waitFor();
  expect(await page.getByTestId('transcript-dialog').getByTestId('transcript-message').count()).toBe(2);
  await page.getByTestId('transcript-close').click();
  await page.getByTestId('transcript-dialog').waitFor({ state: 'detached' });

  const casePanel = await openRecord(page, 'case', 'case-003');
  await casePanel.getByTestId(`transcript-${plainChat}`).click();
  await page.getByTestId('transcript-off').waitFor();
  expect(await page.getByTestId('transcript-off').textContent()).toContain('Transcripts are not kept for this record type');
  await page.context().close();
}, TIMEOUT);
