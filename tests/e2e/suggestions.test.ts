/**
 * Suggested contacts (G1, G3) in real Chromium against the real server (local mode, local Teams
 * sandbox): an agent opens a case, sees the people suggested with their reasons, starts a chat
 * with one of them in one click, and sees it connected to the case.
 * Needs the built tab: `npm run build -w tab`.
 */
import { BrowserSession, browserSessionForFile } from '../fixtures/browser';

let session: BrowserSession;

browserSessionForFile((started) => {
  session = started;
});

test('an agent sees suggestions with reasons and starts a connected chat with one click (G1, G3)', async () => {
  const sofie = await session.demoUser('sofie@contoso.example');
  const mads = await session.demoUser('mads@contoso.example');
  const page = await session.signedInPage(sofie);
  await page.goto(`${session.baseUrl}/records/case/case-001`);
  await page.getByTestId('record-title').filter({ hasText: 'Printer offline on 3rd floor' }).waitFor();
  const section = page.getByTestId('chat-panel').getByTestId('suggested-contacts');
  await section.waitFor();

  // Mads owns the case: he comes first, "Owner" beside him, and the team he is in.
  const first = section.getByTestId('suggestion').first();
  await first.waitFor();
  expect(await first.getAttribute('data-user-id')).toBe(mads.id);
  expect(await first.textContent()).toContain('Mads Nielsen');
  const kinds = await first.getByTestId('suggestion-reason').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
  expect(kinds[0]).toBe('owner');
  expect(kinds).toContain('team');
  // The reasons are short localized lines (the test browser's tab speaks English).
  const texts = await first.getByTestId('suggestion-reason').allTextContents();
  expect(texts[0]).toBe('Owner');
  expect(texts).toContain('In the team Kundeservice DK');
  // Never herself.
  expect(await section.locator(`[data-user-id="${sofie.id}"]`).count()).toBe(0);

  // One click: a new chat connected to the case, with Mads, under an Idempotency-Key.
  const created = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/records/case-001/chats'));
  await first.getByTestId('suggestion-start-chat').click();
  const response = await created;
  expect(response.status()).toBe(201);
  expect(response.request().headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,100}$/);
  expect(JSON.parse(response.request().postData() ?? '{}')).toEqual({ memberIds: [mads.id] });
  const chatId = ((await response.json()) as { chatId: string }).chatId;

  await page.getByTestId('chat-connected').waitFor();
  await page.getByTestId('chat-panel').getByTestId(`connected-chat-${chatId}`).waitFor();
  const chat = (await (await fetch(`${session.baseUrl}/sandbox/api/chats/${encodeURIComponent(chatId)}`)).json()) as { members: { userId: string }[] };
  expect(chat.members.map((m) => m.userId).sort()).toEqual([mads.id, sofie.id].sort());
});
