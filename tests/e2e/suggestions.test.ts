/**
 * Suggested contacts (G1–G3) in real Chromium against the real server (local mode, local Teams
 * sandbox), in Danish: an agent opens a case, sees the people suggested with their reasons (the
 * owner, the team, a colleague who resolved a similar case), starts a chat with one of them in one
 * click and sees it connected to the case, then adds the colleague to that chat (C6).
 * Needs the built tab: `npm run build -w tab`.
 */
import { BrowserSession, browserSessionForFile } from '../fixtures/browser';

let session: BrowserSession;

browserSessionForFile((started) => {
  session = started;
});

test('an agent sees suggestions with reasons, starts a connected chat with one click and adds a colleague to it (G1–G3)', async () => {
  const sofie = await session.demoUser('sofie@contoso.example');
  const mads = await session.demoUser('mads@contoso.example');
  const erik = await session.demoUser('erik@contoso.example');
  // Erik (the Swedish team) resolved a case much like case-001 "Printer offline on 3rd floor".
  const similar = await session.api<{ number: string }>(erik, '/api/records', {
    method: 'POST',
    body: { type: 'case', title: 'Printer offline after firmware update', description: 'The printer on the 3rd floor went offline after the update.', status: 'resolved' },
  });
  expect(similar.status).toBe(201);

  const page = await session.signedInPage(sofie, 'da-DK');
  await page.goto(`${session.baseUrl}/records/case/case-001`);
  await page.getByTestId('record-title').filter({ hasText: 'Printer offline on 3rd floor' }).waitFor();
  const section = page.getByTestId('chat-panel').getByTestId('suggested-contacts');
  await section.getByRole('heading', { name: 'Foreslåede kontakter' }).waitFor();

  // Mads owns the case: he comes first, "Ejer" beside him, and the team he is in.
  const first = section.getByTestId('suggestion').first();
  await first.waitFor();
  expect(await first.getAttribute('data-user-id')).toBe(mads.id);
  expect(await first.getByText('Mads Nielsen').count()).toBe(1);
  const reasons = first.getByTestId('suggestion-reason');
  expect(await reasons.evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))).toEqual(expect.arrayContaining(['owner', 'team']));
  const texts = await reasons.allTextContents();
  expect(texts[0]).toBe('Ejer');
  expect(texts).toContain('I teamet Kundeservice DK');
  // Erik is suggested for the similar case he resolved, with its number, title and score.
  const erikItem = section.locator(`[data-testid="suggestion"][data-user-id="${erik.id}"]`);
  await erikItem.waitFor();
  const erikReasons = await erikItem.getByTestId('suggestion-reason').allTextContents();
  expect(erikReasons).toHaveLength(1);
  expect(erikReasons[0]).toMatch(new RegExp(`^Arbejdede på ${similar.body.number} · Printer offline after firmware update \\(\\d{1,3}\\s%\\slighed\\)$`));
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
  const membersOf = async () =>
    ((await (await fetch(`${session.baseUrl}/sandbox/api/chats/${encodeURIComponent(chatId)}`)).json()) as { members: { userId: string }[] }).members.map((m) => m.userId).sort();
  expect(await membersOf()).toEqual([mads.id, sofie.id].sort());

  // "Føj til chat…": Erik joins the chat just made (C6).
  await erikItem.getByTestId('suggestion-add-to-chat').click();
  const added = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(`/chats/${encodeURIComponent(chatId)}/members`));
  await page.locator(`[data-testid="suggestion-add-to-chat-item"][data-chat-id="${chatId}"]`).click();
  expect((await added).status()).toBeLessThan(300);
  await page.getByTestId('chat-people-added').waitFor();
  expect(await membersOf()).toEqual([mads.id, sofie.id, erik.id].sort());
  // Neither is offered that chat again: Mads is in it since it was made, Erik since just now.
  for (const item of [first, erikItem]) {
    const button = item.getByTestId('suggestion-add-to-chat');
    if ((await button.count()) === 0) continue;
    await button.click();
    await page.getByTestId('suggestion-add-to-chat-item').first().waitFor();
    expect(await page.locator(`[data-testid="suggestion-add-to-chat-item"][data-chat-id="${chatId}"]`).count()).toBe(0);
    await page.keyboard.press('Escape');
  }
});
