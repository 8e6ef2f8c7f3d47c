/**
 * The tab at a phone's or a meeting side panel's width (360 px) and a language chosen by `?lang=`
 * outside Teams, in real Chromium against the real server (local mode): the demo-user picker is
 * one column, the record list stacked rows whose parts do not overlap, and the record page, the
 * company page and the new-chat dialog fit without scrolling sideways (issue 10 item 5);
 * `?lang=da` survives in-app navigation and a reload (issue 10 item 4). Screenshots go to
 * $NARROW_SCREENSHOTS (default the OS temp dir) for a person to look at.
 * Needs the built tab: `npm run build -w tab`.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';

const TIMEOUT = 90_000;
const NARROW = { width: 360, height: 760 };
const SCREENSHOTS = process.env.NARROW_SCREENSHOTS ?? tmpdir();

interface ApiRecord {
  id: string;
  type: string;
  number: string;
  title: string;
  person?: { id: string; name: string; company: { id: string; name: string } | null } | null;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

let session: BrowserSession;

function base(): string {
  return session.baseUrl;
}

function demoUser(email: string): Promise<DevUser> {
  return session.demoUser(email);
}

async function apiRecord(user: DevUser, id: string): Promise<ApiRecord> {
  return session.getJson<ApiRecord>(`/api/records/${id}`, { headers: { authorization: `Bearer ${await session.tokenOf(user)}` } });
}

async function narrowPage(user: DevUser): Promise<Page> {
  const page = await session.signedInPage(user);
  await page.setViewportSize(NARROW);
  return page;
}

/**
 * The page does not scroll sideways: the document is no wider than the viewport. On failure the
 * message names the elements that stick out, so the culprit is plain.
 */
async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const width = root.clientWidth;
    const culprits: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > width + 0.5 && culprits.length < 8) {
        const id = element.getAttribute('data-testid');
        culprits.push(`${element.tagName.toLowerCase()}${id === null ? '' : `[${id}]`} right=${Math.round(box.right)}`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
  });
  expect(found.clientWidth).toBe(NARROW.width);
  expect(found.scrollWidth <= found.clientWidth ? [] : [`scrollWidth ${found.scrollWidth}`, ...found.culprits]).toEqual([]);
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Where a part of a row shows its content: the box around what it renders (text that spills out of
 * a too-narrow cell included), not just the cell's own box.
 */
async function contentBox(part: Locator): Promise<Box> {
  await part.waitFor();
  return part.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const content = range.getBoundingClientRect();
    const own = element.getBoundingClientRect();
    const left = Math.min(content.left, own.left);
    const top = Math.min(content.top, own.top);
    const right = Math.max(content.right, own.right);
    const bottom = Math.max(content.bottom, own.bottom);
    return { x: left, y: top, width: right - left, height: bottom - top };
  });
}

/** The parts of a row (by test id) are shown, inside the viewport and overlap none of the others. */
async function expectPartsApart(row: Locator, testIds: string[]): Promise<void> {
  const boxes: { id: string; box: Box }[] = [];
  for (const id of testIds) {
    const box = await contentBox(row.getByTestId(id));
    expect(box.width).toBeGreaterThan(0);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(NARROW.width);
    boxes.push({ id, box });
  }
  const overlaps: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) if (intersects(a.box, b.box)) overlaps.push(`${a.id} × ${b.id}`);
  }
  expect(overlaps).toEqual([]);
}

async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `casebridge-narrow-${name}.png`), fullPage });
}

/** The record page's "back to records" link, in Danish. */
function backLink(page: Page): Locator {
  return page.getByRole('link', { name: 'Tilbage til poster' });
}

const ROW_PARTS = ['record-row-number', 'record-row-title', 'record-row-status', 'record-row-owner', 'record-row-updated'];

browserSessionForFile((started) => {
  session = started;
});

test('at 360 px the demo-user picker lists each user in one column without scrolling sideways (issue 10.5)', async () => {
  const context = await session.browser.newContext({ viewport: NARROW });
  try {
    const page = await context.newPage();
    await page.goto(base());
    const first = page.locator('[data-testid^="signin-user-"]').first();
    await first.waitFor();
    const button = await first.boundingBox();
    if (button === null) throw new Error('no sign-in button is shown');
    expect(button.x + button.width).toBeLessThanOrEqual(NARROW.width);
    await expectNoHorizontalOverflow(page);
    await screenshot(page, 'sign-in');
  } finally {
    await context.close();
  }
}, TIMEOUT);

test('at 360 px the record list is stacked rows: no part of a row overlaps another, nothing scrolls sideways (issue 10.5)', async () => {
  const page = await narrowPage(await demoUser('mads@contoso.example'));
  const rows = page.getByTestId('record-results').locator('[data-testid^="record-row-"][data-record-id]');
  await rows.first().waitFor();
  const count = Math.min(await rows.count(), 5);
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i += 1) await expectPartsApart(rows.nth(i), ROW_PARTS);
  // The rows themselves are stacked, one under the other.
  const first = await rows.nth(0).boundingBox();
  const second = await rows.nth(1).boundingBox();
  if (first === null || second === null) throw new Error('the rows are not shown');
  expect(second.y).toBeGreaterThanOrEqual(first.y + first.height - 1);
  // The filters wrap inside the width.
  for (const id of ['record-search', 'record-type-filter', 'record-status-filter']) {
    const box = await page.getByTestId(id).boundingBox();
    if (box === null) throw new Error(`${id} is not shown`);
    expect(box.x + box.width).toBeLessThanOrEqual(NARROW.width);
  }
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'list');
}, TIMEOUT);

test('at 360 px a record page stacks the record, its chats and its timeline without scrolling sideways (issue 10.5)', async () => {
  const mads = await demoUser('mads@contoso.example');
  const sofie = await demoUser('sofie@contoso.example');
  const record = await apiRecord(mads, 'case-001');
  // A connected chat with a long name and a message, so the panel and the timeline have entries.
  const created = await fetch(`${base()}/api/records/${record.id}/chats`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await session.tokenOf(mads)}`,
      'content-type': 'application/json',
      'Idempotency-Key': 'narrow-lang-e2e-0001',
    },
    body: JSON.stringify({ memberIds: [sofie.id], name: 'Printerflådens-fejlsøgning-tredje-sal-kundeservice-eskalering' }),
  });
  expect(created.status).toBe(201);
  const { chatId } = (await created.json()) as { chatId: string };
  const posted = await fetch(`${base()}/sandbox/api/chats/${encodeURIComponent(chatId)}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: sofie.id, text: 'Reservedelen-til-printeren-er-bestilt-og-kommer-torsdag-formiddag.' }),
  });
  expect(posted.status).toBeLessThan(300);
  const page = await narrowPage(mads);
  await page.goto(`${base()}/records/${record.type}/${record.id}`);
  await expectText(page.getByTestId('record-title'), record.title);
  await page.getByTestId('chat-panel').waitFor();
  await page.getByTestId(`connected-chat-${chatId}`).waitFor();
  await page.getByTestId('timeline').locator(`[data-testid="timeline-entry-chatConnected"][data-chat-id="${chatId}"]`).waitFor();
  const [facts, chats, timeline] = await Promise.all(
    ['record-title', 'chat-panel', 'timeline'].map((id) => page.getByTestId(id).boundingBox()),
  );
  if (!facts || !chats || !timeline) throw new Error('the record, its chats or its timeline is not shown');
  // One column: the chats below the record, the timeline below the chats.
  expect(chats.y).toBeGreaterThan(facts.y);
  expect(timeline.y).toBeGreaterThanOrEqual(chats.y + chats.height);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'record');
}, TIMEOUT);

test('at 360 px the company page shows its people and cases without scrolling sideways (issue 10.5)', async () => {
  const mads = await demoUser('mads@contoso.example');
  const record = await apiRecord(mads, 'case-001');
  const person = record.person;
  if (!person?.company) throw new Error('case-001 has no contact at a company in the demo data');
  const page = await narrowPage(mads);
  await page.goto(`${base()}/companies/${person.company.id}`);
  await expectText(page.getByTestId('company-name'), person.company.name);
  await expectPartsApart(page.getByTestId(`company-person-${person.id}`), ['company-person-name', 'company-person-email', 'company-person-phone']);
  const caseRow = page.getByTestId('company-cases').getByTestId(`record-row-${record.id}`);
  await expectPartsApart(caseRow, ROW_PARTS);
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'company');
}, TIMEOUT);

test('at 360 px the settings page wraps its record types and does not scroll sideways (issue 10.5)', async () => {
  const astrid = await demoUser('astrid@contoso.example');
  const page = await narrowPage(astrid);
  await page.goto(`${base()}/settings/case`);
  await page.getByTestId('settings-bar').waitFor();
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'settings');
}, TIMEOUT);

test('at 360 px the new-chat dialog fits the width and its fields are usable (issue 10.5)', async () => {
  const mads = await demoUser('mads@contoso.example');
  const record = await apiRecord(mads, 'case-001');
  const page = await narrowPage(mads);
  await page.goto(`${base()}/records/${record.type}/${record.id}`);
  await page.getByTestId('chat-panel').getByTestId('new-chat').click();
  const dialog = page.getByTestId('new-chat-dialog');
  await dialog.waitFor();
  // Measured once it has finished opening (Fluent scales and fades it in).
  await dialog.evaluate((surface) => Promise.all(surface.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  const box = await dialog.boundingBox();
  if (box === null) throw new Error('the dialog is not shown');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(NARROW.width);
  for (const id of ['new-chat-people', 'new-chat-name', 'new-chat-create']) {
    const part = await page.getByTestId(id).boundingBox();
    if (part === null) throw new Error(`${id} is not shown`);
    expect(part.x).toBeGreaterThanOrEqual(box.x);
    expect(part.x + part.width).toBeLessThanOrEqual(box.x + box.width);
  }
  await expectNoHorizontalOverflow(page);
  await screenshot(page, 'new-chat', false);
}, TIMEOUT);

test('?lang=da outside Teams survives opening a record, going back through the app and a reload (issue 10.4)', async () => {
  const mads = await demoUser('mads@contoso.example');
  const page = await session.signedInPage(mads);
  await page.goto(`${base()}/?lang=da`);
  await expectText(page.getByTestId('nav-records'), 'Poster');

  // A record through the row (navigate) …
  const row = page.getByTestId('record-results').locator('[data-testid^="record-row-"][data-record-id]').first();
  await row.waitFor();
  await row.getByTestId('record-row-number').click();
  await page.waitForURL((url) => url.pathname.startsWith('/records/'));
  expect(new URL(page.url()).searchParams.get('lang')).toBe('da');
  await backLink(page).waitFor();

  // … back to the list through the app's own link …
  await backLink(page).click();
  await page.waitForURL((url) => url.pathname === '/');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('da');
  await expectText(page.getByTestId('nav-records'), 'Poster');

  // … and a record through its title link, whose address (new tab, copy link) keeps the language too.
  const title = page.getByTestId('record-results').getByTestId('record-row-title').first().locator('a');
  expect(new URL(String(await title.getAttribute('href')), base()).searchParams.get('lang')).toBe('da');
  await title.click();
  await page.waitForURL((url) => url.pathname.startsWith('/records/'));
  expect(new URL(page.url()).searchParams.get('lang')).toBe('da');

  await page.reload();
  await backLink(page).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
  await page.getByTestId('nav-records').click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.reload();
  await expectText(page.getByTestId('nav-records'), 'Poster');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('da');
}, TIMEOUT);
