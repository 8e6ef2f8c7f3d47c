/**
 * The tab in real Chromium against the real server (local mode): the open record page stays live
 * (a conditional poll of GET /api/records/{id}, 304 when unchanged) and an edit whose record
 * changed underneath merges instead of losing input (issue 10 item 2); the settings page keeps
 * unsaved changes from being discarded silently, shows its save state in a sticky bar, and
 * validates number fields with a message (item 7).
 * Needs the built tab: `npm run build -w tab`.
 */
import type { Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';

const TIMEOUT = 90_000;
/** A change made elsewhere must show within this (the page polls every 3 s). */
const LIVE_MS = 10_000;

interface ApiRecord {
  id: string;
  type: string;
  title: string;
  description?: string;
  status: string;
  etag: string;
  owner?: { id: string; displayName: string } | null;
  canWrite: boolean;
}

let session: BrowserSession;

browserSessionForFile((started) => {
  session = started;
});

async function auth(user: DevUser): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await session.tokenOf(user)}` };
}

async function apiRecord(user: DevUser, id: string): Promise<ApiRecord> {
  return session.getJson<ApiRecord>(`/api/records/${id}`, { headers: await auth(user) });
}

/** Another user's change through the API, as a card action or a colleague's tab makes it. */
async function patchAs(user: DevUser, id: string, patch: Record<string, unknown>): Promise<ApiRecord> {
  const current = await apiRecord(user, id);
  return session.getJson<ApiRecord>(`/api/records/${id}`, {
    method: 'PATCH',
    headers: { ...(await auth(user)), 'content-type': 'application/json', 'if-match': current.etag },
    body: JSON.stringify(patch),
  });
}

async function openRecord(page: Page, record: ApiRecord): Promise<void> {
  await page.goto(`${session.baseUrl}/records/${record.type}/${record.id}`);
  await expectText(page.getByTestId('record-title'), record.title);
}

test('the API answers 304 to If-None-Match with the record\'s current ETag, 200 once it changed', async () => {
  const mads = await session.demoUser('mads@contoso.example');
  const first = await fetch(`${session.baseUrl}/api/records/case-003`, { headers: await auth(mads) });
  expect(first.status).toBe(200);
  const etag = first.headers.get('etag') ?? '';
  expect(etag).not.toBe('');
  const again = await fetch(`${session.baseUrl}/api/records/case-003`, { headers: { ...(await auth(mads)), 'if-none-match': etag } });
  expect(again.status).toBe(304);
  expect(again.headers.get('etag')).toBe(etag);
  expect(await again.text()).toBe('');
  await patchAs(mads, 'case-003', { description: 'Changed so the ETag moves on' });
  const changed = await fetch(`${session.baseUrl}/api/records/case-003`, { headers: { ...(await auth(mads)), 'if-none-match': etag } });
  expect(changed.status).toBe(200);
  expect(changed.headers.get('etag')).not.toBe(etag);
  expect(((await changed.json()) as ApiRecord).description).toBe('Changed so the ETag moves on');
}, TIMEOUT);

test('an open record page shows another user\'s owner and status change within seconds, without a reload', async () => {
  const sofie = await session.demoUser('sofie@contoso.example');
  const mads = await session.demoUser('mads@contoso.example');
  const before = await apiRecord(sofie, 'case-001');
  expect(before.owner?.id).not.toBe(sofie.id);
  expect(before.status).not.toBe('waiting');

  const page = await signedIn(sofie);
  await openRecord(page, before);
  await expectText(page.getByTestId('record-owner'), before.owner?.displayName ?? '');
  let reloaded = false;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) reloaded = true;
  });

  await patchAs(mads, 'case-001', { ownerId: sofie.id, status: 'waiting' });
  await page.getByTestId('record-owner').filter({ hasText: sofie.displayName }).waitFor({ timeout: LIVE_MS });
  await page.locator('[data-testid="record-badges"] [data-status="waiting"]').waitFor({ timeout: LIVE_MS });
  expect(reloaded).toBe(false);
}, TIMEOUT);

test('an edit whose record changed underneath keeps both changes; a colliding field shows both values and the user\'s choice wins', async () => {
  const sofie = await session.demoUser('sofie@contoso.example');
  const mads = await session.demoUser('mads@contoso.example');
  const before = await apiRecord(sofie, 'case-001');
  expect(before.canWrite).toBe(true);
  const page = await signedIn(sofie);
  await openRecord(page, before);

  // A different field changed underneath: merged into the form, both saved.
  await page.getByTestId('record-edit-start').click();
  await page.getByTestId('record-edit-title').fill('Printer offline (Sofie)');
  const otherStatus = before.status === 'active' ? 'resolved' : 'active';
  await patchAs(mads, 'case-001', { status: otherStatus });
  await page.getByTestId('record-merged').waitFor({ timeout: LIVE_MS });
  expect(await page.getByTestId('record-edit-status').inputValue()).toBe(otherStatus);
  expect(await page.getByTestId('record-edit-title').inputValue()).toBe('Printer offline (Sofie)');
  await page.getByTestId('record-save').click();
  await page.getByTestId('record-saved').waitFor();
  let after = await apiRecord(sofie, 'case-001');
  expect(after.title).toBe('Printer offline (Sofie)');
  expect(after.status).toBe(otherStatus);

  // Both changed title and description: both values shown; Sofie keeps her title, takes his text.
  await page.getByTestId('record-edit-start').click();
  await page.getByTestId('record-edit-title').fill('Sofie wins the title');
  await page.getByTestId('record-edit-description').fill('Sofie wrote this');
  await patchAs(mads, 'case-001', { title: 'Mads renamed it', description: 'Mads wrote this' });
  const titleConflict = page.getByTestId('record-conflict-title');
  await titleConflict.waitFor({ timeout: LIVE_MS });
  const conflictText = (await titleConflict.textContent()) ?? '';
  expect(conflictText).toContain('Sofie wins the title');
  expect(conflictText).toContain('Mads renamed it');
  expect(await page.getByTestId('record-save').isDisabled()).toBe(true);
  await page.getByTestId('record-conflict-title-mine').click();
  await page.getByTestId('record-conflict-description-theirs').click();
  expect(await page.getByTestId('record-edit-description').inputValue()).toBe('Mads wrote this');
  expect(await page.getByTestId('record-save').isDisabled()).toBe(false);
  await page.getByTestId('record-save').click();
  await page.getByTestId('record-saved').waitFor();
  after = await apiRecord(sofie, 'case-001');
  expect(after.title).toBe('Sofie wins the title');
  expect(after.description).toBe('Mads wrote this');
  expect(after.status).toBe(otherStatus);
  await expectText(page.getByTestId('record-title'), 'Sofie wins the title');
}, TIMEOUT);

test('settings: switching record type with unsaved changes asks first; the save bar says saved in view; a bad number blocks the save', async () => {
  const astrid = await session.demoUser('astrid@contoso.example');
  const page = await signedIn(astrid);
  await page.goto(`${session.baseUrl}/settings/case`);
  // A setting far down the page: the page scrolls to it, away from its heading.
  const toggle = page.getByTestId('setting-timelineChatEntries');
  await toggle.waitFor();
  const before = await toggle.isChecked();
  await toggle.click();
  await page.locator('[data-testid="settings-bar"][data-state="unsaved"]').waitFor();
  const heading = await page.locator('#settings-heading').boundingBox();
  expect(heading === null ? 0 : heading.y + heading.height).toBeLessThanOrEqual(0);

  // Switching type asks; "keep editing" keeps the edit and the page.
  await page.getByTestId('settings-type-workorder').click();
  await page.getByTestId('settings-leave').waitFor();
  await page.getByTestId('settings-leave-stay').click();
  await page.getByTestId('settings-leave').waitFor({ state: 'detached' });
  expect(new URL(page.url()).pathname).toBe('/settings/case');
  expect(await toggle.isChecked()).toBe(!before);

  // Saved: the bar says so, in the viewport (the page is scrolled down, far from its top).
  await page.getByTestId('settings-save').click();
  const saved = page.getByTestId('settings-saved');
  await saved.waitFor();
  const box = await saved.boundingBox();
  const viewport = page.viewportSize();
  if (box === null || viewport === null) throw new Error('no box for the saved state');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);

  // A number out of range: the range is said, the save is blocked, nothing reverts silently.
  const transcript = page.getByTestId('setting-transcript.enabled');
  if (!(await transcript.isChecked())) await transcript.click();
  const days = page.getByTestId('setting-transcript.retentionDays');
  await days.fill('0');
  await days.press('Tab');
  await page.getByText('Enter a whole number from 1 to 3650.').waitFor();
  expect(await days.inputValue()).toBe('0');
  expect(await page.getByTestId('settings-save').isDisabled()).toBe(true);
  await page.locator('[data-testid="settings-bar"][data-state="invalid"]').waitFor();
  await days.fill('45');
  await days.press('Tab');
  await page.getByText('Enter a whole number from 1 to 3650.').waitFor({ state: 'detached' });
  expect(await page.getByTestId('settings-save').isDisabled()).toBe(false);

  // Discarding on the prompt switches type.
  await page.getByTestId('settings-type-workorder').click();
  await page.getByTestId('settings-leave-discard').click();
  await page.waitForURL(/\/settings\/workorder$/);
}, TIMEOUT);

test('settings: the admin sets team SE\'s chat language, saves, and the API has it (K1)', async () => {
  const astrid = await session.demoUser('astrid@contoso.example');
  const page = await signedIn(astrid);
  await page.goto(`${session.baseUrl}/settings/case`);
  const team = page.getByTestId('chat-language-team-team-se');
  await expectText(team, 'Svenska');
  await team.click();
  await page.getByTestId('chat-language-option-team-se-da').click();
  await expectText(team, 'Dansk');
  await page.getByTestId('chat-language-save').click();
  await page.getByTestId('chat-language-saved').waitFor();
  const languages = await session.getJson<{ teams: Array<{ id: string; language: string | null }> }>('/api/chat-languages', { headers: await auth(astrid) });
  expect(languages.teams.find((t) => t.id === 'team-se')?.language).toBe('da');
}, TIMEOUT);

function signedIn(user: DevUser): Promise<Page> {
  return session.signedInPage(user);
}
