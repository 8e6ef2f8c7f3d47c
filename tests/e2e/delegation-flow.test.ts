/**
 * Issue 14's browser story, in real Chromium against the real server in local mode: Mads ("Anna",
 * the delegator, his tab in Danish) names Sofie ("Ola") his delegate on the tab's delegation page;
 * Sofie opens "Delegated to me" in My work, opens Mads's case from it and replies on his behalf;
 * Mads sees "Besvaret af Sofie Kristensen på dine vegne" on the case's timeline; Sofie parks the case
 * for Mads; Mads presses "Saml op" on the park card in his Teams chat with the bot (the local Teams
 * sandbox page: a real `adaptiveCard/action` invoke) and is the owner again — the posted card says
 * "Samlet op af Mads Nielsen" and his tab no longer shows it parked. Last, Sofie accepts a case
 * nobody owns for Mads ("Accept for Mads Nielsen" beside Accept): he owns it, and both timelines say so.
 * Needs the built tab (`npm run build -w tab`).
 */
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';
import { personalCards, texts } from '../fixtures/teams-notify';

/** Each step of the story; the CI machine is a loaded 2-core box. */
const TIMEOUT = 120_000;
/** Waits for something another page or process must do first. */
const WAIT = 45_000;

let session: BrowserSession;
let madsUser: DevUser;
let sofieUser: DevUser;
let madsTab: Page;
let sofieTab: Page;
let teams: Page;
const alerts: string[] = [];
/** Mads's demo case "Printer offline on 3rd floor" (he owns it; its customer has an e-mail address). */
let caseId = '';
let caseNumber = '';
let delegated = false;
let replied = false;
let parked = false;

const REPLY = 'Hej Freja, jeg kigger på printeren for Mads i dag.';
const Record = z.looseObject({ id: z.string(), number: z.string(), type: z.string(), owner: z.object({ id: z.string() }).nullable().optional(), parked: z.looseObject({ for: z.object({ id: z.string() }) }).nullable().optional() });

browserSessionForFile(async (started) => {
  session = started;
  madsUser = await session.demoUser('mads@contoso.example');
  sofieUser = await session.demoUser('sofie@contoso.example');
  const found = await session.api<{ items: unknown[] }>(madsUser, `/api/records?q=${encodeURIComponent('Printer offline')}&type=case&limit=5`);
  const record = z.array(Record).parse(found.body.items).find((r) => r.owner?.id === madsUser.id);
  if (!record) throw new Error('no demo case of Mads about the printer');
  caseId = record.id;
  caseNumber = record.number;
});

afterAll(async () => {
  for (const page of [madsTab, sofieTab, teams]) await page?.context().close().catch(() => undefined);
}, 60_000);

const recordNow = async () => Record.parse((await session.api(madsUser, `/api/records/${caseId}`)).body);

test('1. Mads (tab in Danish) names Sofie his delegate on the delegation page', async () => {
  madsTab = await session.signedInPage(madsUser, 'da-DK');
  madsTab.setDefaultTimeout(WAIT);
  await madsTab.getByTestId('nav-delegation').click();
  const picker = madsTab.getByTestId('delegate-picker');
  await picker.click();
  await picker.fill('Sofie');
  await madsTab.getByTestId(`delegate-option-${sofieUser.id}`).click();
  await madsTab.getByTestId('delegate-add').click();
  await madsTab.getByTestId(`delegate-${sofieUser.id}`).waitFor();
  const delegators = await session.api<{ items: Array<{ userId: string }> }>(sofieUser, '/api/me/delegators');
  expect(delegators.body.items.map((d) => d.userId)).toEqual([madsUser.id]);
  delegated = true;
}, TIMEOUT);

test('2. Sofie opens "Delegated to me", filters to Mads, opens his case from it and replies on his behalf', async () => {
  sofieTab = await session.signedInPage(sofieUser);
  sofieTab.setDefaultTimeout(WAIT);
  const delegated = sofieTab.getByTestId('delegated-work');
  await delegated.waitFor();
  await expectText(delegated, 'Delegated to me');
  const madsTabButton = sofieTab.getByTestId(`delegated-tab-${madsUser.id}`);
  await expectText(madsTabButton, 'Mads Nielsen (');
  await madsTabButton.click();
  await sofieTab.locator(`[data-testid="delegated-results"][data-delegator="${madsUser.id}"]`).waitFor();
  const row = sofieTab.getByTestId('delegated-results').getByTestId(`record-row-${caseId}`);
  await row.getByRole('link').click();
  await sofieTab.waitForURL((url) => url.pathname.endsWith(`/${caseId}`) && url.searchParams.get('for') === madsUser.id);
  await expectText(sofieTab.getByTestId('acting-for'), 'Mads Nielsen');
  await sofieTab.getByTestId('composer').waitFor();
  await sofieTab.getByTestId('composer-text').fill(REPLY);
  await sofieTab.getByTestId('composer-send').click();
  await sofieTab.getByTestId('composer-done').waitFor();
  replied = true;
}, TIMEOUT);

test('3. Mads, in Danish, sees "Besvaret af Sofie Kristensen på dine vegne" on the timeline', async () => {
  expect(replied).toBe(true);
  await madsTab.goto(`${session.baseUrl}/records/case/${caseId}`);
  await madsTab.getByTestId('record-title').waitFor();
  const line = madsTab.locator('[data-testid^="timeline-onbehalf-"]').filter({ hasText: 'Besvaret af Sofie Kristensen på dine vegne' });
  await line.first().waitFor();
  expect(await line.count()).toBeGreaterThan(0);
}, TIMEOUT);

test('4. Sofie parks the case for Mads from the case page', async () => {
  expect(replied).toBe(true);
  await sofieTab.reload();
  const button = sofieTab.getByTestId('record-park');
  await expectText(button, 'Park for Mads Nielsen');
  await button.click();
  await sofieTab.getByTestId('park-dialog').waitFor();
  await sofieTab.getByTestId('park-dialog-submit').click();
  await expectText(sofieTab.getByTestId('record-park-done'), 'Parked for Mads Nielsen');
  await expectText(sofieTab.getByTestId('record-parked'), 'Parked for Mads Nielsen by Sofie Kristensen');
  expect((await recordNow()).parked?.for.id).toBe(madsUser.id);
  parked = true;
  // Her My work lists it as parked by her, waiting for Mads.
  await sofieTab.getByTestId('nav-records').click();
  await expectText(sofieTab.getByTestId(`parked-by-me-${caseId}`), 'Waiting for Mads Nielsen');
}, TIMEOUT);

test('5. Mads presses "Saml op" on the park card in his Teams chat and owns the case again', async () => {
  expect(parked).toBe(true);
  // The card in his personal chat with the bot (the sandbox's chat API), once it is there.
  let card: { chatId: string; id: string } | undefined;
  for (let i = 0; i < 450 && !card; i++) {
    const found = await personalCards(session.baseUrl, madsUser.id);
    const hit = found.cards.find((c) => texts(c.card).includes(`parkeret ${caseNumber}`));
    if (hit) card = { chatId: found.chatId, id: hit.id };
    else await new Promise((r) => setTimeout(r, 100));
  }
  if (!card) throw new Error('no park card for Mads');
  // His My work (in Danish) shows it under "Parkeret til mig", from Sofie.
  await madsTab.getByTestId('nav-records').click();
  await expectText(madsTab.getByTestId('parked-for-me'), 'Parkeret til mig');
  await expectText(madsTab.getByTestId(`parked-for-me-${caseId}`), 'Parkeret af Sofie Kristensen');

  const context = await session.browser.newContext({ locale: 'da-DK' });
  context.on('request', (request) => {
    const { hostname } = new URL(request.url());
    if (hostname !== '127.0.0.1' && hostname !== 'localhost') session.offMachine.push(request.url());
  });
  teams = await context.newPage();
  teams.setDefaultTimeout(WAIT);
  teams.on('dialog', (dialog) => {
    alerts.push(dialog.message());
    void dialog.dismiss();
  });
  await teams.goto(`${session.baseUrl}/sandbox/chats/${encodeURIComponent(card.chatId)}?as=${encodeURIComponent(madsUser.id)}`);
  const shown = teams.locator(`.card[data-message="${card.id}"]`);
  await shown.locator('.ac-adaptiveCard').waitFor();
  await expectText(shown, `Sofie Kristensen har parkeret ${caseNumber}`);
  const pickUp = shown.getByRole('button', { name: 'Saml op' });
  const invoked = teams.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/invoke') && (r.request().postData() ?? '').includes('park.pickUp'));
  await pickUp.click();
  expect((await invoked).status()).toBe(200);
  await shown.filter({ hasText: 'Samlet op af Mads Nielsen' }).waitFor();
  await expectText(shown, 'Den er din nu.');

  const now = await recordNow();
  expect(now.owner?.id).toBe(madsUser.id);
  expect(now.parked).toBeNull();
  // His tab: no longer parked, and the timeline tells the pick-up.
  await madsTab.goto(`${session.baseUrl}/records/case/${caseId}`);
  await madsTab.getByTestId('record-title').waitFor();
  await expect(madsTab.getByTestId('record-parked-for-me').count()).resolves.toBe(0);
  await madsTab.getByText('Mads Nielsen samlede sagen op').first().waitFor();
  expect(alerts).toEqual([]);
}, TIMEOUT);

test('6. Sofie accepts a case nobody owns for Mads: he owns it, and the timeline says so', async () => {
  expect(delegated).toBe(true);
  // The demo's unowned team-dk case "Adgangskort virker ikke" (the delegated queue never lists it: nobody owns it).
  const found = await session.api<{ items: unknown[] }>(sofieUser, `/api/records?q=${encodeURIComponent('Adgangskort virker ikke')}&type=case&limit=5`);
  const unowned = z.array(Record).parse(found.body.items).find((r) => r.owner === null);
  if (!unowned) throw new Error('no unowned demo case "Adgangskort virker ikke"');
  sofieTab ??= await session.signedInPage(sofieUser);
  sofieTab.setDefaultTimeout(WAIT);
  await sofieTab.goto(`${session.baseUrl}/records/case/${unowned.id}`);
  await sofieTab.getByTestId('record-title').waitFor();
  await sofieTab.getByTestId('action-accept').waitFor();
  const acceptFor = sofieTab.getByTestId('action-accept-for');
  await expectText(acceptFor, 'Accept for Mads Nielsen');
  await acceptFor.click();
  await expectText(sofieTab.getByTestId('action-notice-success'), 'Accepted for Mads Nielsen');
  // Mads owns it now, so the page acts for him.
  await expectText(sofieTab.getByTestId('acting-for'), 'Mads Nielsen');
  const now = Record.parse((await session.api(madsUser, `/api/records/${unowned.id}`)).body);
  expect(now.owner?.id).toBe(madsUser.id);
  // The history, for each reader: Sofie (English) and Mads (Danish).
  await sofieTab.reload();
  await sofieTab.locator('[data-testid^="timeline-onbehalf-"]').filter({ hasText: 'Accepted by you for Mads Nielsen' }).first().waitFor();
  await madsTab.goto(`${session.baseUrl}/records/case/${unowned.id}`);
  await madsTab.locator('[data-testid^="timeline-onbehalf-"]').filter({ hasText: 'Overtaget af Sofie Kristensen på dine vegne' }).first().waitFor();
}, TIMEOUT);
