/**
 * The tab in real Chromium against the real server (local mode): sign-in through the demo-user
 * picker, admin settings with save + audit (B1–B8), the forbidden view for an agent, and record
 * search → detail (A5, H2). Needs the built tab: `npm run build -w tab`.
 */
import type { Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';

const TIMEOUT = 60_000;

interface RecordSummary {
  id: string;
  type: string;
  number: string;
  title: string;
}

let session: BrowserSession;

function base(): string {
  return session.baseUrl;
}

async function getJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  return session.getJson<T>(url, init);
}

function demoUser(email: string): Promise<DevUser> {
  return session.demoUser(email);
}

function signedInPage(user: DevUser): Promise<Page> {
  return session.signedInPage(user);
}

browserSessionForFile((started) => {
  session = started;
});

test('an admin changes a setting; it is saved, survives a reload and is audited (B2, B8)', async () => {
  const admin = await demoUser('astrid@contoso.example');
  const page = await signedInPage(admin);

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-type-case').click();
  await page.waitForURL(/\/settings\/case$/);
  const toggle = page.getByTestId('setting-joinChat');
  await toggle.waitFor();
  const before = await toggle.isChecked();

  await toggle.click();
  expect(await toggle.isChecked()).toBe(!before);
  await page.getByTestId('settings-save').click();
  await page.getByTestId('settings-saved').waitFor();

  await page.reload();
  await toggle.waitFor();
  expect(await toggle.isChecked()).toBe(!before);
  const auditRow = page.locator('[data-testid="audit-row"][data-path="joinChat"]').first();
  await auditRow.waitFor();
  const text = (await auditRow.textContent()) ?? '';
  expect(text).toContain(admin.displayName);
  expect(text).toContain('Join chat');
}, TIMEOUT);

test('an agent sees no settings entry and is told only admins may change settings', async () => {
  const agent = await demoUser('mads@contoso.example');
  const page = await signedInPage(agent);

  expect(await page.getByTestId('nav-settings').count()).toBe(0);
  await page.goto(`${base()}/settings/case`);
  await page.getByTestId('settings-forbidden').waitFor();
  expect(await page.getByTestId('setting-joinChat').count()).toBe(0);
}, TIMEOUT);

test('an agent finds a record by its number and opens it; its canonical URL opens it directly (A5)', async () => {
  const agent = await demoUser('mads@contoso.example');
  const { token } = await getJson<{ token: string }>(`${base()}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: agent.id }),
  });
  const { items } = await getJson<{ items: RecordSummary[] }>(`${base()}/api/records?limit=5`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const record = items[0];
  if (record === undefined) throw new Error('the agent can read no records in the demo data');

  const page = await signedInPage(agent);
  await page.getByTestId('record-search').fill(record.number);
  const results = page.locator(`[data-testid="record-results"][data-q="${record.number}"]`);
  await results.waitFor();
  const row = results.getByTestId(`record-row-${record.id}`);
  await row.waitFor();
  await row.click();
  await page.waitForURL((url) => url.pathname === `/records/${record.type}/${record.id}`);
  await expectText(page.getByTestId('record-title'), record.title);

  await page.goto(`${base()}/records/${record.type}/${record.id}`);
  await expectText(page.getByTestId('record-title'), record.title);
}, TIMEOUT);

test('an admin turns on transcripts (E6) with a retention period; both are kept and audited', async () => {
  const admin = await demoUser('astrid@contoso.example');
  const page = await signedInPage(admin);
  await page.goto(`${base()}/settings/workorder`);
  const toggle = page.getByTestId('setting-transcript.enabled');
  await toggle.waitFor();
  expect(await toggle.isChecked()).toBe(false);
  const days = page.getByTestId('setting-transcript.retentionDays');
  expect(await days.isDisabled()).toBe(true);
  await toggle.click();
  await days.fill('30');
  await days.press('Tab');
  await page.getByTestId('settings-save').click();
  await page.getByTestId('settings-saved').waitFor();
  await page.reload();
  await toggle.waitFor();
  expect(await toggle.isChecked()).toBe(true);
  expect(await days.inputValue()).toBe('30');
  await page.locator('[data-testid="audit-row"][data-path="transcript.retentionDays"]').first().waitFor();
  await page.locator('[data-testid="audit-row"][data-path="transcript.enabled"]').first().waitFor();
}, TIMEOUT);
