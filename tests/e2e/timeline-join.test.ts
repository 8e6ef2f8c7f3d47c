/**
 * Join chat and the record timeline in real Chromium against the real server (local mode, local
 * Teams sandbox). Mads Nielsen starts a connected chat on case-012 with Sofie Kristensen through
 * the API and Sofie writes in it; then (a) the expert Ingrid Johansson sees the chat locked with
 * Join, joins from the timeline (E5, D4) and is in the Teams chat with the whole history, the
 * members told who joined through which record (D2, D3, D5); (b) the reader Oskar Svensson sees
 * the lock and why, and no Join (D1); (c) a new message shows up on Ingrid's open timeline
 * without a reload (E1, E3); (d) an admin sees the intro card preview follow the chosen fields (B4);
 * (e) a long timeline pages with "Load more", keeps those pages through a live update, and filters
 * by kind (E2, E3).
 * The tests run in order and share the chat. Needs the built tab: `npm run build -w tab`.
 */
import type { Locator, Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';

const TIMEOUT = 90_000;
const RECORD = { type: 'case', id: 'case-012', number: 'CAS-01012' };

interface SandboxChat {
  members: { userId: string; visibleHistoryStartDateTime: string }[];
  messages: { kind: string; text: string }[];
}

let session: BrowserSession;
let chatId = '';
/** Ingrid's page from (a), with the timeline open; (c) goes on with it. */
let ingridPage: Page | undefined;

async function api<T>(user: DevUser, path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const headers = { authorization: `Bearer ${await session.tokenOf(user)}`, 'content-type': 'application/json', ...init.headers };
  const response = await fetch(`${session.baseUrl}${path}`, { ...init, headers });
  return { status: response.status, body: (await response.json()) as T };
}

function sandboxPath(): string {
  return `/sandbox/api/chats/${encodeURIComponent(chatId)}`;
}

/** Polls the sandbox until the chat satisfies `ready` (bot messages follow the API's answer). */
async function sandboxChat(ready: (chat: SandboxChat) => boolean): Promise<SandboxChat> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const chat = await session.getJson<SandboxChat>(sandboxPath());
    if (ready(chat) || Date.now() > deadline) return chat;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function postAs(user: DevUser, text: string): Promise<void> {
  await session.getJson(sandboxPath(), {}); // the chat exists
  const response = await fetch(`${session.baseUrl}${sandboxPath()}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: user.id, text }),
  });
  expect(response.status).toBeLessThan(300);
}

/** Changes a record through the API (If-Match with its current ETag); each change is a timeline entry. */
async function patchRecord(user: DevUser, id: string, patch: object): Promise<void> {
  const authorization = `Bearer ${await session.tokenOf(user)}`;
  const current = await fetch(`${session.baseUrl}/api/records/${id}`, { headers: { authorization } });
  const etag = current.headers.get('etag') ?? '';
  const response = await fetch(`${session.baseUrl}/api/records/${id}`, {
    method: 'PATCH',
    headers: { authorization, 'content-type': 'application/json', 'if-match': etag },
    body: JSON.stringify(patch),
  });
  expect(response.status).toBe(200);
}

async function openRecord(page: Page): Promise<{ panel: Locator; timeline: Locator }> {
  await page.goto(`${session.baseUrl}/records/${RECORD.type}/${RECORD.id}`);
  await expectText(page.getByTestId('record-number'), RECORD.number);
  const panel = page.getByTestId('chat-panel');
  const timeline = page.getByTestId('timeline');
  await panel.getByTestId(`connected-chat-${chatId}`).waitFor();
  await timeline.locator(`[data-testid="timeline-entry-chatConnected"][data-chat-id="${chatId}"]`).waitFor();
  return { panel, timeline };
}

browserSessionForFile(async (started) => {
  session = started;
  const mads = await session.demoUser('mads@contoso.example');
  const sofie = await session.demoUser('sofie@contoso.example');
  const created = await api<{ chatId: string }>(mads, `/api/records/${RECORD.id}/chats`, {
    method: 'POST',
    headers: { 'Idempotency-Key': 'timeline-join-e2e-0001' },
    body: JSON.stringify({ memberIds: [sofie.id] }),
  });
  expect(created.status).toBe(201);
  chatId = created.body.chatId;
  await postAs(sofie, 'Hej! Jeg har bestilt reservedelen til sterilisatoren.');
});

test('(a) an expert sees the chat locked with Join, joins from the timeline and is in the Teams chat with the whole history (D1–D5, E1, E4, E5)', async () => {
  const ingrid = await session.demoUser('ingrid@contoso.example');
  const page = await session.signedInPage(ingrid);
  ingridPage = page;
  const { panel, timeline } = await openRecord(page);
  // A second tab of hers, opened before the join, that hears of nothing after it (no live updates).
  const stale = await session.signedInPage(ingrid);
  await openRecord(stale);
  await stale.route('**/timeline?**', (route) => route.abort());

  // The panel: locked, with Join.
  const item = panel.getByTestId(`connected-chat-${chatId}`);
  await item.getByTestId(`chat-lock-${chatId}`).waitFor();
  await item.getByTestId(`join-${chatId}`).waitFor();
  expect(await item.getByTestId(`join-refusal-${chatId}`).count()).toBe(0);

  // The timeline: who connected the chat, the last message, and "Show more" (E4).
  const connected = timeline.locator(`[data-testid="timeline-entry-chatConnected"][data-chat-id="${chatId}"]`);
  await expectText(connected, 'Mads Nielsen connected the chat “CAS-01012 · Sterilisator viser fejlkode E42”');
  const last = timeline.locator(`[data-testid="timeline-entry-lastMessage"][data-chat-id="${chatId}"]`);
  await expectText(last, 'from Sofie Kristensen');
  await connected.locator('[data-testid^="timeline-more-"]').click();
  await expectText(connected.locator('[data-testid^="timeline-details-"]'), 'First connected by Mads Nielsen');

  const joined = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/join'));
  await timeline.getByTestId(`timeline-join-${chatId}`).click();
  const response = await joined;
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ alreadyMember: false });
  await expectText(timeline.getByTestId('joined-notice'), 'You joined the chat');

  // Both views catch up: she is in the chat, and the join is on the timeline (D5).
  await item.getByTestId(`add-people-${chatId}`).waitFor();
  expect(await item.getByTestId(`join-${chatId}`).count()).toBe(0);
  expect(await item.getByTestId(`chat-lock-${chatId}`).count()).toBe(0);
  const join = timeline.locator(`[data-testid="timeline-entry-memberJoined"][data-chat-id="${chatId}"]`);
  await expectText(join, 'Ingrid Johansson joined the chat');
  expect(await timeline.getByTestId(`timeline-join-${chatId}`).count()).toBe(0);

  // Joining again from the stale tab (a race, a double click) is friendly, not an error.
  const again = stale.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/join'));
  await stale.getByTestId('chat-panel').getByTestId(`join-${chatId}`).click();
  expect(await (await again).json()).toEqual({ alreadyMember: true });
  const notice = stale.getByTestId('chat-panel').getByTestId('joined-notice');
  await expectText(notice, 'You are already in this chat');
  expect(await notice.getAttribute('data-already-member')).toBe('true');
  await stale.getByTestId('chat-panel').getByTestId(`add-people-${chatId}`).waitFor();

  // In Teams: a member with the whole history, and the members are told who joined through which record.
  const chat = await sandboxChat((c) => c.messages.some((m) => m.kind === 'bot' && m.text.includes('Ingrid Johansson')));
  expect(chat.members.find((m) => m.userId === ingrid.id)?.visibleHistoryStartDateTime).toBe('0001-01-01T00:00:00Z');
  const told = chat.messages.find((m) => m.kind === 'bot' && m.text.includes('Ingrid Johansson'));
  expect(told?.text).toContain(RECORD.number);
}, TIMEOUT);

test('(b) a reader sees the lock and why, and no Join button (D1)', async () => {
  const oskar = await session.demoUser('oskar@contoso.example');
  const page = await session.signedInPage(oskar);
  const { panel, timeline } = await openRecord(page);

  const item = panel.getByTestId(`connected-chat-${chatId}`);
  await item.getByTestId(`chat-lock-${chatId}`).waitFor();
  await expectText(item.getByTestId(`join-refusal-${chatId}`), 'you do not have write access to this record');
  await expectText(item.getByTestId(`join-refusal-${chatId}`), 'Ask a member of the chat or an administrator');
  await expectText(timeline.getByTestId(`timeline-lock-${chatId}`), 'you do not have write access to this record');
  expect(await page.getByTestId(`join-${chatId}`).count()).toBe(0);
  expect(await page.getByTestId(`timeline-join-${chatId}`).count()).toBe(0);

  // The service refuses him too, naming the condition.
  const refused = await api<{ conditions: string[]; detail: string }>(oskar, `/api/records/${RECORD.id}/chats/${encodeURIComponent(chatId)}/join`, {
    method: 'POST',
  });
  expect(refused.status).toBe(403);
  expect(refused.body.conditions).toEqual(['noWriteAccess']);
}, TIMEOUT);

test('(c) a message posted in the chat shows up on the open timeline without a reload (E1, E3)', async () => {
  const page = ingridPage;
  if (page === undefined) throw new Error('test (a) did not open Ingrid’s page');
  const sofie = await session.demoUser('sofie@contoso.example');
  const timeline = page.getByTestId('timeline');
  const last = timeline.locator(`[data-testid="timeline-entry-lastMessage"][data-chat-id="${chatId}"]`);
  const before = (await last.getAttribute('data-at')) ?? '';
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });

  await postAs(sofie, 'Reservedelen er kommet – jeg kommer forbi i morgen.');
  const started = Date.now();
  await page.waitForFunction(
    ({ id, was }) => {
      const entry = document.querySelector(`[data-testid="timeline-entry-lastMessage"][data-chat-id="${CSS.escape(id)}"]`);
      return entry !== null && (entry.getAttribute('data-at') ?? '') > was;
    },
    { id: chatId, was: before },
    { timeout: 10_000 },
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  // Newest first: the message is the first entry now, after Ingrid's join.
  expect(await timeline.locator('li').first().getAttribute('data-testid')).toBe('timeline-entry-lastMessage');
  await expectText(last, 'Last message in “CAS-01012 · Sterilisator viser fejlkode E42” from Sofie Kristensen');
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
}, TIMEOUT);

test('(d) an admin sees the intro card preview drawn with the chosen fields, and it follows a change (B4)', async () => {
  const astrid = await session.demoUser('astrid@contoso.example');
  const page = await session.signedInPage(astrid);
  await page.goto(`${session.baseUrl}/settings/case`);

  const preview = page.getByTestId('intro-preview');
  const card = preview.getByTestId('intro-preview-card');
  await card.locator('.ac-adaptiveCard').waitFor();
  expect(await preview.getByTestId('intro-preview-caption').textContent()).toMatch(/^Preview, drawn with CAS-\d{5}/);
  const drawn = (await card.textContent()) ?? '';
  for (const label of ['Status', 'Priority', 'Owner', 'Customer', 'Open record']) expect(drawn).toContain(label);
  // The heading shows number and title already: the facts never repeat them.
  for (const label of ['Number', 'Title']) expect(drawn).not.toContain(label);
  expect(await preview.getAttribute('data-fields')).toBe('status,priority,owner,person');

  const asked = page.waitForResponse((r) => r.url().includes('/intro-preview') && !decodeURIComponent(r.url()).includes('priority'));
  await page.getByTestId('setting-introMessage.fields.priority').click();
  expect((await asked).status()).toBe(200);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="intro-preview"]');
    return el?.getAttribute('data-state') === 'done' && !(el.textContent ?? '').includes('Priority');
  });
  expect(await card.textContent()).toContain('Owner');
  expect(await preview.getAttribute('data-fields')).toBe('status,owner,person');
}, TIMEOUT);

test('(e) a long timeline pages with “Load more”, keeps those pages through a live update, and filters by kind (E2, E3)', async () => {
  const mads = await session.demoUser('mads@contoso.example');
  const sofie = await session.demoUser('sofie@contoso.example');
  for (let i = 0; i < 28; i += 1) await patchRecord(mads, 'case-015', { status: i % 2 === 0 ? 'waiting' : 'active' });

  const page = await session.signedInPage(mads);
  await page.goto(`${session.baseUrl}/records/case/case-015`);
  const timeline = page.getByTestId('timeline');
  const entries = timeline.locator('li');
  await timeline.getByTestId('timeline-entry-statusChanged').first().waitFor();
  await countReaches(entries, 25);
  await expectText(entries.first(), 'Mads Nielsen changed the status from Waiting to Active');

  await timeline.getByTestId('timeline-load-more').click();
  await timeline.getByTestId('timeline-load-more').waitFor({ state: 'detached' });
  await countReaches(entries, 29); // the 28 changes and the record's creation

  // A live update brings the new entry on top and keeps the older page.
  await patchRecord(mads, 'case-015', { ownerId: sofie.id });
  const assigned = timeline.getByTestId('timeline-entry-recordAssigned');
  await assigned.waitFor({ timeout: 10_000 });
  await expectText(assigned, 'Mads Nielsen assigned the record to Sofie Kristensen');
  expect(await entries.first().getAttribute('data-testid')).toBe('timeline-entry-recordAssigned');
  await countReaches(entries, 30);

  await timeline.getByTestId('timeline-refresh').click();
  expect(await timeline.getByTestId('problem').count()).toBe(0);

  // Only the assignment, then every kind again.
  await timeline.getByTestId('timeline-filter').click();
  const filtered = page.waitForResponse((r) => r.url().includes('/timeline?') && r.url().includes('kinds=recordAssigned'));
  await page.getByTestId('timeline-filter-recordAssigned').click();
  await filtered;
  await timeline.getByTestId('timeline-entry-statusChanged').first().waitFor({ state: 'detached' });
  await countReaches(entries, 1);
  await page.getByTestId('timeline-filter-recordAssigned').click();
  await page.keyboard.press('Escape');
  await timeline.getByTestId('timeline-load-more').waitFor();
  await countReaches(entries, 25);
}, TIMEOUT);

/** The list settles on exactly `count` entries (a live update may still be merging when the first entry shows). */
async function countReaches(list: Locator, count: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await list.count()) !== count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await list.count()).toBe(count);
}

