/**
 * The record's chat panel in real Chromium against the real server (local mode, local Teams
 * sandbox): an agent starts a connected chat (C2) — created in the sandbox with the record's name
 * (B3), the app installed and the intro card posted (B4) — connects it to a second record from
 * "Your other chats" (C3, C4), a colleague without disconnect rights sees it without the action and
 * the API refuses her (C5, B5), the owner disconnects it from one record only (C5), and a reader
 * is told why chat actions are not offered (C1).
 * The tests run in order and share the chat. Needs the built tab: `npm run build -w tab`.
 */
import type { Locator, Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, type DevUser } from '../fixtures/browser';

const TIMEOUT = 90_000;
const TOKEN_KEY = 'casebridge.devToken';

interface ApiRecord {
  id: string;
  type: string;
  number: string;
  title: string;
  owner?: { id: string; displayName: string } | null;
  canWrite: boolean;
}

interface SandboxChat {
  id: string;
  topic: string | null;
  appInstalled: boolean;
  members: { userId: string; visibleHistoryStartDateTime: string }[];
  messages: { kind: string; text: string; attachments: { contentType: string; content: unknown }[] }[];
}

interface Panel {
  refusal: string | null;
  connected: { chatId: string; name: string | null; canDisconnect: boolean }[];
}

let session: BrowserSession;
/** The chat test (a) creates; the later tests use it. */
let chatId = '';

function base(): string {
  return session.baseUrl;
}

function theChat(): string {
  if (chatId === '') throw new Error('no chat was created (the first test failed)');
  return chatId;
}

function demoUser(email: string): Promise<DevUser> {
  return session.demoUser(email);
}

async function asUser<T>(user: DevUser, apiPath: string): Promise<T> {
  return session.getJson<T>(apiPath, { headers: { authorization: `Bearer ${await session.tokenOf(user)}` } });
}

function signedInPage(user: DevUser): Promise<Page> {
  return session.signedInPage(user);
}

async function openRecord(page: Page, record: Pick<ApiRecord, 'type' | 'id' | 'title'>): Promise<Locator> {
  await page.goto(`${base()}/records/${record.type}/${record.id}`);
  await page.getByTestId('record-title').filter({ hasText: record.title }).waitFor();
  const panel = page.getByTestId('chat-panel');
  await panel.waitFor();
  return panel;
}

/** Polls the sandbox until the chat satisfies `ready` (the intro card is posted after the 201). */
async function sandboxChat(id: string, ready: (chat: SandboxChat) => boolean): Promise<SandboxChat> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await fetch(`${base()}/sandbox/api/chats/${encodeURIComponent(id)}`);
    if (response.ok) {
      const chat = (await response.json()) as SandboxChat;
      if (ready(chat) || Date.now() > deadline) return chat;
    } else if (Date.now() > deadline) {
      throw new Error(`GET /sandbox/api/chats/${id} → ${response.status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const hasCard = (chat: SandboxChat) =>
  chat.messages.some((m) => m.kind === 'bot' && m.attachments.some((a) => a.contentType === 'application/vnd.microsoft.card.adaptive'));

browserSessionForFile((started) => {
  session = started;
});

test('(a) the owner starts a new chat with the default name; Teams has it, with the app and the intro card (C2, B3, B4)', async () => {
  const mads = await demoUser('mads@contoso.example');
  const ingrid = await demoUser('ingrid@contoso.example');
  const record = await asUser<ApiRecord>(mads, '/api/records/case-001');
  expect(record.owner?.id).toBe(mads.id);
  const defaultName = `${record.number} · ${record.title}`;
  expect(defaultName).toBe('CAS-01001 · Printer offline on 3rd floor');

  const page = await signedInPage(mads);
  const panel = await openRecord(page, record);
  await panel.getByTestId('new-chat').click();

  const people = page.getByTestId('new-chat-people');
  await people.click();
  await people.fill('Ingrid');
  await page.getByTestId(`person-option-${ingrid.id}`).click();
  await page.getByTestId(`person-chip-${ingrid.id}`).waitFor();
  expect(await page.getByTestId('new-chat-name').inputValue()).toBe(defaultName);

  const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/records/case-001/chats'));
  await page.getByTestId('new-chat-create').click();
  const response = await created;
  expect(response.status()).toBe(201);
  expect(response.request().headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,100}$/);
  // The name was left as proposed, so the service names the chat (B3).
  expect(JSON.parse(response.request().postData() ?? '{}')).toEqual({ memberIds: [ingrid.id] });
  chatId = ((await response.json()) as { chatId: string }).chatId;

  await page.getByTestId('chat-created').waitFor();
  await panel.getByTestId(`connected-chat-${chatId}`).filter({ hasText: defaultName }).waitFor();
  expect(await page.getByTestId('new-chat-dialog').count()).toBe(0);

  const chat = await sandboxChat(chatId, (c) => c.appInstalled && hasCard(c));
  expect(chat.topic).toBe(defaultName);
  expect(chat.appInstalled).toBe(true);
  expect(hasCard(chat)).toBe(true);
  expect(chat.members.map((m) => m.userId).sort()).toEqual([mads.id, ingrid.id].sort());

  // The sandbox's Teams page renders the intro card.
  await page.goto(`${base()}/sandbox/chats/${encodeURIComponent(chatId)}`);
  const card = page.locator('.msg.bot .card .ac-adaptiveCard').first();
  await card.waitFor();
  expect(await card.textContent()).toContain('CAS-01001');
}, TIMEOUT);

test('(b) the agent connects the same chat to a second record from “Your other chats”; both panels list it (C3, C4)', async () => {
  const id = theChat();
  const mads = await demoUser('mads@contoso.example');
  const second = await asUser<ApiRecord>(mads, '/api/records/case-013');
  expect(second.canWrite).toBe(true);

  const page = await signedInPage(mads);
  const panel = await openRecord(page, second);
  const other = panel.getByTestId(`other-chat-${id}`);
  await other.waitFor();
  expect(await other.textContent()).toContain('CAS-01001 · Printer offline on 3rd floor');
  await other.getByTestId('other-chat-record-case-001').filter({ hasText: 'CAS-01001' }).waitFor();
  // Chats connected to other records come first.
  expect(await panel.getByTestId('other-chats').locator('li').first().getAttribute('data-testid')).toBe(`other-chat-${id}`);

  await panel.getByTestId(`connect-${id}`).click();
  await panel.getByTestId(`connected-chat-${id}`).waitFor();
  await page.getByTestId('chat-connected').waitFor();
  expect(await panel.getByTestId(`other-chat-${id}`).count()).toBe(0);

  // The filter box filters every list by chat name.
  await page.getByTestId('chat-filter').fill('printer offline');
  await panel.getByTestId(`connected-chat-${id}`).waitFor();
  await page.getByTestId('chat-filter').fill('no chat is called this');
  await panel.getByTestId(`connected-chat-${id}`).waitFor({ state: 'detached' });
  await page.getByTestId('chat-filter').fill('');

  // The first record's panel still lists it.
  const first = await openRecord(page, { type: 'case', id: 'case-001', title: 'Printer offline on 3rd floor' });
  await first.getByTestId(`connected-chat-${id}`).waitFor();
  const panels = await Promise.all(['case-001', 'case-013'].map((record) => asUser<Panel>(mads, `/api/records/${record}/chats`)));
  for (const listed of panels) expect(listed.connected.map((c) => c.chatId)).toContain(id);
}, TIMEOUT);

test('(c) a colleague who neither owns the record nor connected the chat sees it, cannot disconnect, and the API refuses (C5, B5)', async () => {
  const id = theChat();
  const sofie = await demoUser('sofie@contoso.example');
  const record = await asUser<ApiRecord>(sofie, '/api/records/case-001');
  expect(record.canWrite).toBe(true);
  expect(record.owner?.id).not.toBe(sofie.id);

  const page = await signedInPage(sofie);
  const panel = await openRecord(page, record);
  const item = panel.getByTestId(`connected-chat-${id}`);
  await item.waitFor();
  // She is not in the chat.
  await item.getByTestId(`chat-lock-${id}`).filter({ hasText: 'You are not in this chat' }).waitFor();
  expect(await panel.getByTestId(`disconnect-${id}`).count()).toBe(0);
  // "Show more" tells who connected it.
  await item.getByTestId(`chat-more-${id}`).click();
  await item.getByTestId(`chat-details-${id}`).filter({ hasText: 'Connected by Mads Nielsen' }).waitFor();

  const status = await page.evaluate(
    async ({ recordId, chat, key }) => {
      const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { token?: string };
      const response = await fetch(`/api/records/${recordId}/chats/${encodeURIComponent(chat)}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${stored.token ?? ''}` },
      });
      return response.status;
    },
    { recordId: 'case-001', chat: id, key: TOKEN_KEY },
  );
  expect(status).toBe(403);
  const listed = await asUser<Panel>(sofie, '/api/records/case-001/chats');
  expect(listed.connected.map((c) => c.chatId)).toContain(id);
}, TIMEOUT);

test('(d) the owner disconnects the chat from one record; the other record keeps it (C4, C5)', async () => {
  const id = theChat();
  const mads = await demoUser('mads@contoso.example');
  const page = await signedInPage(mads);
  const panel = await openRecord(page, { type: 'case', id: 'case-001', title: 'Printer offline on 3rd floor' });

  await panel.getByTestId(`disconnect-${id}`).click();
  await page.getByTestId('confirm-disconnect').click();
  await panel.getByTestId(`connected-chat-${id}`).waitFor({ state: 'detached' });
  await page.getByTestId('chat-disconnected').waitFor();
  // Still connected to case-013, so it is offered again under "Your other chats".
  await panel.getByTestId(`other-chat-${id}`).getByTestId('other-chat-record-case-013').waitFor();

  await page.reload();
  await page.getByTestId('chat-panel').getByTestId('connected-chats-empty').waitFor();
  expect(await page.getByTestId(`connected-chat-${id}`).count()).toBe(0);

  const second = await openRecord(page, { type: 'case', id: 'case-013', title: 'Order confirmation e-mails not arriving' });
  await second.getByTestId(`connected-chat-${id}`).waitFor();
  const listed = await asUser<Panel>(mads, '/api/records/case-001/chats');
  expect(listed.connected.map((c) => c.chatId)).not.toContain(id);
}, TIMEOUT);

test('(e) a reader is told why chats cannot be started or connected, and gets no New chat button (C1)', async () => {
  const oskar = await demoUser('oskar@contoso.example');
  const record = await asUser<ApiRecord>(oskar, '/api/records/case-001');
  expect(record.canWrite).toBe(false);

  const page = await signedInPage(oskar);
  const panel = await openRecord(page, record);
  await panel
    .getByTestId('chat-refusal')
    .filter({ hasText: 'You need write access to this record to start or connect chats' })
    .waitFor();
  expect(await panel.getByTestId('new-chat').count()).toBe(0);
  expect(await panel.getByTestId('other-chats').count()).toBe(0);
  expect(await panel.locator('[data-testid^="connect-"]').count()).toBe(0);
}, TIMEOUT);
