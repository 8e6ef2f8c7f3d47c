/**
 * The local Teams sandbox's page in real Chromium: a person pastes a record link into a chat and
 * sends it; the sandbox asks the bot (`composeExtension/queryLink` to /api/messages) and the card
 * it answers appears under the message — number, title, an Open button — in the poster's
 * language, and is still there after a reload. Needs the built tab: `npm run build -w tab`.
 */
import type { Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, expectText } from '../fixtures/browser';
import { DEMO_USERS } from '../../bot/src/sandbox/demo-data';

const TIMEOUT = 90_000;
/** The seeded "Printer fleet 3rd floor" chat: Mads, Sofie, Astrid (da-DK), the app not installed. */
const PRINTER_CHAT = '19:5eed00000000000000000000000c0a01@thread.v2';

let session: BrowserSession;

browserSessionForFile((started) => {
  session = started;
});

/** A page of its own context, whose requests off this machine the session checks after each test. */
/** Alerts the page raised (the sandbox alerts on failed requests); none is expected. */
const dialogs: string[] = [];

async function sandboxPage(): Promise<Page> {
  const context = await session.browser.newContext({ locale: 'en-US' });
  context.on('request', (request) => {
    const { hostname } = new URL(request.url());
    if (hostname !== '127.0.0.1' && hostname !== 'localhost') session.offMachine.push(request.url());
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return page;
}

test('a record link posted in a sandbox chat shows the bot\'s card under the message, also after a reload', async () => {
  const link = `${session.server.app.config.publicUrl}/records/case/case-001`;
  const page = await sandboxPage();
  await page.goto(`${session.baseUrl}/sandbox/chats/${encodeURIComponent(PRINTER_CHAT)}`);
  await page.locator('#as').selectOption(DEMO_USERS.mads);
  await page.locator('#text').fill(`Kan nogen kigge på ${link} i dag?`);
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/messages'));
  await page.locator('#text').press('Enter');
  expect((await posted).status()).toBe(201);

  const message = () => page.locator('article.msg.user').filter({ hasText: `Kan nogen kigge på ${link} i dag?` });
  const checkCard = async () => {
    const card = message().locator('.card.link-card .ac-adaptiveCard');
    await card.waitFor();
    await expectText(card, 'Sag · CAS-01001');
    await expectText(card, 'Printer offline on 3rd floor');
    // adaptivecards renders Action.OpenUrl as a <button> whose role is link.
    const open = card.getByRole('link', { name: 'Åbn i Casebridge' });
    await open.waitFor();
    expect(await open.evaluate((el) => el.tagName)).toBe('BUTTON');
    expect(await message().locator('.card.link-card').getAttribute('data-link')).toBe(link);
  };
  await checkCard();

  await page.reload();
  await checkCard();
  expect(dialogs).toEqual([]);
  await page.context().close();
}, TIMEOUT);
