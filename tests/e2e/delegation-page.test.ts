/**
 * J1 in real Chromium against the real server (local mode), in Danish: Mads opens "Stedfortrædere"
 * from the navigation, adds Sofie with the people picker, sees her listed with the limit ("1 af
 * 15") — and Sofie, through the API, acts for him — then removes her, effective at once. Astrid
 * (admin) finds the delegation policy in Settings, turns it off and on, and sees both changes in
 * its history. Needs the built tab: `npm run build -w tab`.
 */
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';

const TIMEOUT = 90_000;

let session: BrowserSession;
let mads: DevUser;
let sofie: DevUser;
let astrid: DevUser;

browserSessionForFile(async (started) => {
  session = started;
  mads = await session.demoUser('mads@contoso.example');
  sofie = await session.demoUser('sofie@contoso.example');
  astrid = await session.demoUser('astrid@contoso.example');
});

const delegatorsOf = async (user: DevUser) =>
  (await session.api<{ items: Array<{ userId: string }> }>(user, '/api/me/delegators')).body.items.map((p) => p.userId);

test('Mads adds Sofie as his delegate on the page, sees her listed, and removes her (Danish)', async () => {
  const page = await session.signedInPage(mads, 'da-DK');
  await page.getByTestId('nav-delegation').click();
  await expectText(page.getByRole('heading', { level: 1 }), 'Stedfortrædere');
  await expectText(page.getByTestId('delegates-count'), '0 af 15');
  await expectText(page.getByTestId('delegates-empty'), 'Du har ingen stedfortrædere.');

  const picker = page.getByTestId('delegate-picker');
  await picker.click();
  await picker.fill('Sofie');
  await page.getByTestId(`delegate-option-${sofie.id}`).click();
  await page.getByTestId('delegate-add').click();
  await expectText(page.getByTestId('delegation-done'), 'Sofie Kristensen er nu din stedfortræder.');
  await expectText(page.getByTestId(`delegate-${sofie.id}`), 'Sofie Kristensen');
  await expectText(page.getByTestId('delegates-count'), '1 af 15');
  expect(await delegatorsOf(sofie)).toEqual([mads.id]);

  // A reload shows what the service keeps.
  await page.reload();
  await expectText(page.getByTestId(`delegate-${sofie.id}`), 'Sofie Kristensen');

  await page.getByTestId(`delegate-remove-${sofie.id}`).click();
  await expectText(page.getByTestId('delegation-done'), 'Sofie Kristensen er ikke længere din stedfortræder.');
  await expectText(page.getByTestId('delegates-empty'), 'Du har ingen stedfortrædere.');
  await expectText(page.getByTestId('delegates-count'), '0 af 15');
  expect(await delegatorsOf(sofie)).toEqual([]);
}, TIMEOUT);

test('Sofie sees the people she acts for, each linking to their work in "Delegated to me"', async () => {
  expect((await session.api(mads, '/api/me/delegates', { method: 'POST', body: { userId: sofie.id } })).status).toBe(201);
  const page = await session.signedInPage(sofie, 'da-DK');
  await page.goto(`${session.baseUrl}/delegation`);
  await expectText(page.getByTestId(`delegator-${mads.id}`), 'Mads Nielsen');
  const link = page.getByTestId(`delegator-open-${mads.id}`);
  await expectText(link, 'Åbn deres arbejde');
  expect(await link.getAttribute('href')).toContain(`delegator=${mads.id}`);
  expect((await session.api(mads, `/api/me/delegates/${sofie.id}`, { method: 'DELETE' })).status).toBe(204);
}, TIMEOUT);

test('Astrid turns the delegation policy off and on in Settings; the history shows both changes', async () => {
  const page = await session.signedInPage(astrid, 'da-DK');
  await page.getByTestId('nav-settings').click();
  const section = page.getByTestId('delegation-policy-settings');
  await expectText(section.getByRole('heading', { name: 'Politik for stedfortrædere' }), 'Politik for stedfortrædere');
  const enabled = section.getByTestId('delegation-policy-enabled');
  await page.waitForFunction(() => (document.querySelector('[data-testid="delegation-policy-enabled"]') as HTMLInputElement | null)?.checked === true);
  await enabled.click();
  await section.getByTestId('delegation-policy-save').click();
  await expectText(section.getByTestId('delegation-policy-saved'), 'Politikken er gemt.');
  const refused = await session.api<{ detail: string }>(mads, '/api/me/delegates', { method: 'POST', body: { userId: sofie.id } });
  expect(refused.status).toBe(403);
  await enabled.click();
  await section.getByTestId('delegation-policy-save').click();
  await expectText(section.getByTestId('delegation-policy-saved'), 'Politikken er gemt.');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="delegation-audit-row"][data-path="enabled"]').length === 2);
  await expectText(section.getByTestId('delegation-audit-row').first(), 'Astrid Holm');
}, TIMEOUT);
