/**
 * Issue 12's day in the life, in real Chromium against the real server (local mode): an agent
 * takes the next case from his queue, replies to the customer with a reply template, adds an
 * internal note, splits the customer's second message into a new case and postpones that one —
 * while a colleague who has the first case open sees each change arrive without reloading.
 * Needs the built tab: `npm run build -w tab`.
 */
import type { Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';
import { bare, outboxTo, parseRaw, sendMail } from '../fixtures/mail-client';

const TIMEOUT = 120_000;
let session: BrowserSession;

browserSessionForFile((started) => {
  session = started;
});

interface ApiRecord {
  id: string;
  title: string;
  status: string;
  owner?: { id: string; displayName: string } | null;
  postponedUntil?: string | null;
}

const api = <T>(user: DevUser, path: string, init: { method?: string; body?: unknown } = {}) => session.api<T>(user, path, init);

async function timelineEntry(page: Page, kind: string): Promise<void> {
  await page.getByTestId(`timeline-entry-${kind}`).first().waitFor({ timeout: 30_000 });
}

test('take the next case, reply with a template, note, split, postpone; a colleague sees it live', async () => {
  const [mads, sofie] = [await session.demoUser('mads@contoso.example'), await session.demoUser('sofie@contoso.example')];
  // Sofie (same team) clears the queue of the demo data's older cases, so the next case is the new mail's.
  for (let i = 0; i < 40; i++) {
    if ((await api(sofie, '/api/queues/next', { method: 'POST', body: {} })).status === 404) break;
  }

  const tag = `flow${Date.now().toString(36)}`;
  const from = `Kirsten Holm <kirsten.${tag}@kunde.example>`;
  const first = await sendMail(session.server, { from, subject: `Kan ikke logge ind ${tag}`, text: 'Jeg kan ikke logge ind på portalen siden i går.' });
  const second = await sendMail(session.server, {
    from, subject: `Re: Kan ikke logge ind ${tag}`, text: 'Og fakturaen for oktober mangler også.',
    inReplyTo: first.messageId, references: [first.messageId],
  });

  // Mads takes the next case from "My work".
  const page = await session.signedInPage(mads);
  await page.getByTestId('my-work').waitFor();
  await page.getByTestId('get-next-case').click();
  await expectText(page.getByTestId('record-title'), `Kan ikke logge ind ${tag}`);
  const caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  const taken = await api<ApiRecord>(mads, `/api/records/${caseId}`);
  expect(taken.body.owner?.id).toBe(mads.id);

  // Sofie has the same case open and keeps watching it.
  const watcher = await session.signedInPage(sofie);
  await watcher.goto(`${session.baseUrl}/records/case/${caseId}`);
  await expectText(watcher.getByTestId('record-title'), `Kan ikke logge ind ${tag}`);
  await expectText(watcher.getByTestId('record-owner'), 'Mads Nielsen');

  // A reply from a template: filled for this customer, sent in the thread.
  await page.getByTestId('composer').waitFor();
  await page.getByTestId('composer-template').selectOption({ label: 'Thanks — we are on it' });
  await expectText(page.getByTestId('composer-text'), 'Kirsten Holm');
  await page.getByTestId('composer-send').click();
  await page.getByTestId('composer-done').waitFor();
  await session.server.app.mailIdle();
  const [sent] = await outboxTo(session.server, `kirsten.${tag}@kunde.example`).then((items) => items.filter((m) => !m.raw.includes('Auto-Submitted')));
  if (!sent) throw new Error('the reply is not in the outbox');
  const mime = await parseRaw(sent.raw);
  expect(mime.inReplyTo).toBe(`<${bare(second.messageId)}>`);
  expect(mime.subject).toContain(tag);
  await timelineEntry(watcher, 'replySent');

  // An internal note: on the case, never mailed.
  await page.getByTestId('composer-tab-note').click();
  await page.getByTestId('composer-text').fill(`Tjek login-loggen ${tag}`);
  await page.getByTestId('composer-send').click();
  await expectText(page.locator('li[data-kind="note"]'), `Tjek login-loggen ${tag}`);
  await timelineEntry(watcher, 'noteAdded');

  // Split the invoice question into a case of its own.
  const threads = await api<{ items: Array<{ messages: Array<{ id: string; mail: { messageId: string } | null }> }> }>(mads, `/api/records/${caseId}/conversations`);
  const moving = threads.body.items.flatMap((c) => c.messages).find((m) => m.mail?.messageId === bare(second.messageId));
  if (!moving) throw new Error('the second mail is not on the case');
  await page.getByTestId('action-split').click();
  await page.getByTestId(`split-message-${moving.id}`).click();
  await page.getByTestId('split-title').fill(`Faktura for oktober mangler ${tag}`);
  await page.getByTestId('split-dialog-submit').click();
  await page.waitForURL((url) => url.pathname.startsWith('/records/case/') && !url.pathname.endsWith(caseId));
  await expectText(page.getByTestId('record-title'), `Faktura for oktober mangler ${tag}`);
  const newId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
  await timelineEntry(watcher, 'caseSplit');

  // Postpone the new case: waiting until the date, then it comes back by itself.
  await page.getByTestId('action-postpone').click();
  await page.getByTestId('postpone-until').fill('2031-05-06T08:00');
  await page.getByTestId('postpone-dialog-submit').click();
  await page.getByTestId('record-postponed-until').waitFor();
  const postponed = await api<ApiRecord>(mads, `/api/records/${newId}`);
  expect(postponed.body.status).toBe('waiting');
  expect(new Date(postponed.body.postponedUntil ?? '').getUTCFullYear()).toBe(2031);

  // The split message left the first case; the search finds each case by its own words.
  const found = await api<{ items: ApiRecord[] }>(sofie, `/api/records?q=${encodeURIComponent(`fakturaerne ${tag}`)}`);
  expect(found.body.items.map((r) => r.id)).toEqual([newId]);
  // Sofie goes to the new case from the link on her (still open, never reloaded) page.
  await watcher.locator('[data-testid^="timeline-linked-"]').first().click();
  await watcher.waitForURL((url) => url.pathname.endsWith(newId));
  await timelineEntry(watcher, 'recordPostponed');
}, TIMEOUT);
