/**
 * H2 in real Chromium against the real server (local mode): "My work" is the tab's home with the
 * queue views and their counts; "Get next case" opens the case it took and says so kindly when
 * the queue is empty; the search finds inflected Danish forms; the record page's star makes a
 * favorite that the favorites view lists. Needs the built tab: `npm run build -w tab`.
 */
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';

const TIMEOUT = 90_000;

let session: BrowserSession;
let mads: DevUser;

browserSessionForFile(async (started) => {
  session = started;
  mads = await session.demoUser('mads@contoso.example');
});

test('my work: views with counts, get next opens the case, then a friendly empty message', async () => {
  const page = await session.signedInPage(mads);
  await page.getByTestId('my-work').waitFor();
  const unassignedTab = page.getByTestId('queue-tab-unassigned');
  await page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('[data-testid="queue-tab-unassigned"]')?.textContent ?? ''));
  const before = Number(/\((\d+)\)/.exec(await unassignedTab.innerText())?.[1]);
  expect(before).toBeGreaterThan(0);
  await page.getByTestId('queue-tab-team-team-dk').waitFor();

  // Keyboard: the view tabs are one tab stop, arrows move between them.
  await page.getByTestId('queue-tab-mine').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="queue-results"]')?.getAttribute('data-view') === 'unassigned:');

  await page.getByTestId('get-next-case').click();
  await page.getByTestId('record-title').waitFor();
  expect(page.url()).toContain('/records/case/');
  await page.goBack();
  await page.getByTestId('my-work').waitFor();
  for (let i = 0; i < 30; i++) {
    const response = await fetch(`${session.baseUrl}/api/queues/next`, { method: 'POST', headers: { authorization: `Bearer ${await session.tokenOf(mads)}` } });
    if (response.status === 404) break;
  }
  await page.getByTestId('get-next-case').click();
  await expectText(page.getByTestId('queue-empty'), 'There is no unassigned open case in your teams right now. Well done!');
}, TIMEOUT);

test('search understands inflections; the star makes a favorite the favorites view lists', async () => {
  const page = await session.signedInPage(mads);
  await page.getByTestId('record-search').fill('fakturaen');
  await page.waitForFunction(() => document.querySelector('[data-testid="record-results"]')?.getAttribute('data-q') === 'fakturaen');
  const results = page.getByTestId('record-results');
  await expectText(results.getByRole('link', { name: 'Faktura mangler på ordre 4471' }), 'Faktura mangler på ordre 4471');
  await results.getByRole('link', { name: 'Faktura mangler på ordre 4471' }).click();
  const star = page.getByTestId('favorite-star');
  await star.waitFor();
  expect(await star.getAttribute('data-favorite')).toBe('false');
  await star.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="favorite-star"]')?.getAttribute('data-favorite') === 'true');
  await page.goto(`${session.baseUrl}/?view=favorites`);
  await page.waitForFunction(() => document.querySelector('[data-testid="queue-results"]')?.getAttribute('data-view') === 'favorites:');
  await expectText(page.getByTestId('queue-results').getByRole('link', { name: 'Faktura mangler på ordre 4471' }), 'Faktura mangler på ordre 4471');
  await expectText(page.getByTestId('queue-tab-favorites'), 'Favorites (1)');
}, TIMEOUT);

test('an agent turns Teams notifications off and on from My work; the choice is kept', async () => {
  const page = await session.signedInPage(mads);
  const toggle = page.getByTestId('teams-notifications');
  await toggle.waitFor();
  await page.waitForFunction(() => !(document.querySelector('[data-testid="teams-notifications"]') as HTMLInputElement | null)?.disabled);
  expect(await toggle.isChecked()).toBe(true);
  await toggle.click();
  await page.waitForFunction(() => (document.querySelector('[data-testid="teams-notifications"]') as HTMLInputElement | null)?.disabled === false);
  const saved = await fetch(`${session.baseUrl}/api/me/preferences`, { headers: { authorization: `Bearer ${await session.tokenOf(mads)}` } });
  expect(await saved.json()).toEqual({ teamsNotifications: false });
  await page.reload();
  await page.waitForFunction(() => {
    const input = document.querySelector('[data-testid="teams-notifications"]') as HTMLInputElement | null;
    return input !== null && !input.disabled && !input.checked;
  });
  await toggle.click();
  await page.waitForFunction(() => (document.querySelector('[data-testid="teams-notifications"]') as HTMLInputElement | null)?.checked === true);
}, TIMEOUT);

test('/records (the manifest\'s Records tab) is the search; filtered by company, its chip names the company, and a click clears it', async () => {
  const page = await session.signedInPage(mads);
  await page.goto(`${session.baseUrl}/records?companyId=co-nordlys`);
  await page.getByTestId('record-search').waitFor();
  expect(await page.getByTestId('my-work').count()).toBe(0);
  const chip = page.getByTestId('record-person-filter-clear');
  await expectText(chip, 'Nordlys A/S');
  await chip.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="record-person-filter-clear"]') === null);
  expect(new URL(page.url()).searchParams.get('companyId')).toBeNull();
}, TIMEOUT);
