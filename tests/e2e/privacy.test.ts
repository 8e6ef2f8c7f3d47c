/**
 * J4/J5 in the tab, in real Chromium against the real server: Mads (Danish) writes a private note
 * from the composer's checkbox and sees it in his timeline with the lock and "Kun du kan se dette"
 * (never among the case's messages); he hides an entry for himself, brings it back with
 * "Vis skjulte (1)" and "Vis igen"; Sofie, on the same case, sees the entry and never the note.
 * Needs the built tab: `npm run build -w tab`.
 */
import { BrowserSession, browserSessionForFile, expectText } from '../fixtures/browser';
import { CONTOSO, DEMO_USERS } from '../../bot/src/sandbox/demo-data';

let session: BrowserSession;
browserSessionForFile((started) => {
  session = started;
});

test('a private note only its author sees; hiding an entry for oneself and showing it again', async () => {
  const entryId = 'e2e-privacy-status';
  await session.server.app.store.timeline.append({ id: entryId, tenantId: CONTOSO, recordId: 'case-004', kind: 'statusChanged', at: '2026-01-05T09:00:00.000Z', actorId: DEMO_USERS.sofie, chatId: null, chatName: null, fromStatus: 'active', toStatus: 'waiting' });
  const mads = await session.demoUser('mads@contoso.example');
  const page = await session.signedInPage(mads, 'da-DK');
  await page.goto(`${session.baseUrl}/records/case/case-004`);
  await page.getByTestId('composer').waitFor();

  // J5: the checkbox makes the note private.
  await page.getByTestId('composer-tab-note').click();
  await page.getByTestId('composer-private').check();
  await page.getByTestId('composer-text').fill('Kunden er svær at tale med om priser');
  await page.getByTestId('composer-send').click();
  await expectText(page.getByTestId('composer-done'), 'Den private note er gemt. Kun du kan se den.');
  await page.getByTestId('timeline-refresh').click();
  const note = page.getByTestId('timeline-entry-privateNote');
  await expectText(note, 'Kunden er svær at tale med om priser');
  await expectText(note, 'Kun du kan se dette');
  await expectText(note, 'Du skrev en privat note');
  expect(await page.locator('li[data-kind="note"]', { hasText: 'Kunden er svær' }).count()).toBe(0);

  // J4: hide the entry for Mads only, then show the hidden ones and bring it back.
  const entry = page.locator(`li[data-entry-id="${entryId}"]`);
  await page.getByTestId(`timeline-hide-${entryId}`).click();
  await entry.waitFor({ state: 'detached' });
  const toggle = page.getByTestId('timeline-show-hidden');
  await expectText(toggle, 'Vis skjulte (1)');
  await toggle.click();
  await expectText(page.getByTestId(`timeline-hidden-${entryId}`), 'Skjult for dig');
  await page.getByTestId(`timeline-show-${entryId}`).click();
  await page.getByTestId(`timeline-hide-${entryId}`).waitFor();
  expect(await page.getByTestId(`timeline-hidden-${entryId}`).count()).toBe(0);

  // Hidden again for Mads: Sofie still sees the entry, and never the private note.
  await page.getByTestId(`timeline-hide-${entryId}`).click();
  await page.getByTestId(`timeline-hidden-${entryId}`).waitFor();
  const sofie = await session.demoUser('sofie@contoso.example');
  const hers = await session.signedInPage(sofie, 'da-DK');
  await hers.goto(`${session.baseUrl}/records/case/case-004`);
  await hers.locator(`li[data-entry-id="${entryId}"]`).waitFor();
  expect(await hers.getByTestId('timeline-entry-privateNote').count()).toBe(0);
  expect(await hers.getByText('Kunden er svær at tale med om priser').count()).toBe(0);
});
