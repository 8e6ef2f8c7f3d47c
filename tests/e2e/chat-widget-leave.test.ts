/**
 * The customer chat widget (issue 13) with no agent present, in real Chromium against the real
 * server (local mode): a Swedish visitor is offered to leave a message, the empty form's errors
 * take focus, the sent message becomes a case whose number the confirmation names and search finds;
 * a forged visitor token is refused politely and the widget starts over;
 * the language comes from data-lang, else the browser, else the site; texts keep 4.5:1 contrast
 * in the light and the dark scheme; reduced motion turns animation off; the demo page's strict CSP
 * lets the widget work; `/chat/widget.js` is served with its type, ETag (304), caching and CORS.
 * Needs the built tab and widget (`npm test` builds both).
 */
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import { BrowserSession, browserSessionForFile, type DevUser } from '../fixtures/browser';
import { Agent, focused, lowContrastTexts, openWidgetPage, requireWidget, storageKey, widget, type WidgetPage } from '../fixtures/widget-page';

const TIMEOUT = 120_000;
let session: BrowserSession;
let astrid: Agent;
const pages: WidgetPage[] = [];

browserSessionForFile(async (started) => {
  requireWidget();
  session = started;
  const user: DevUser = await session.demoUser('astrid@contoso.example');
  astrid = new Agent(session, user);
});

afterEach(async () => {
  for (const open of pages.splice(0)) {
    expect(open.problems).toEqual([]);
    await open.context.close();
  }
}, 60_000);

async function customer(options: Parameters<typeof openWidgetPage>[1]): Promise<WidgetPage> {
  const opened = await openWidgetPage(session, options);
  pages.push(opened);
  return opened;
}

test('nobody present: a Swedish visitor leaves a message, which becomes a case search finds', async () => {
  const open = await customer({ locale: 'sv-SE' });
  const { page } = open;
  expect(await page.title()).toBe('Contoso: demo av en kunds webbplats');
  await widget(page).getByRole('button', { name: 'Chatta med oss' }).click();
  await widget(page).getByRole('dialog', { name: 'Chatta med oss' }).waitFor();
  await widget(page).getByText('Ingen av våra medarbetare kan chatta just nu. Lämna ett meddelande så svarar vi dig via e-post.').waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'input', label: 'Namn' });

  // Sent empty: every error shows, tied to its field, and focus goes to the first.
  const send = widget(page).getByRole('button', { name: 'Skicka meddelandet' });
  await send.click();
  await widget(page).getByText('Skriv ditt namn.').waitFor();
  await widget(page).getByText('Skriv en e-postadress som namn@exempel.se.').waitFor();
  await widget(page).getByText('Skriv ett meddelande.').waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'input', label: 'Namn' });
  expect(await widget(page).getByRole('textbox', { name: 'Namn', exact: true }).getAttribute('aria-invalid')).toBe('true');
  expect(await lowContrastTexts(page)).toEqual([]);

  await widget(page).getByRole('textbox', { name: 'Namn', exact: true }).fill('Sven Svensson');
  await widget(page).getByRole('textbox', { name: 'E-postadress', exact: true }).fill('sven@kund.example');
  await widget(page).getByRole('textbox', { name: 'Meddelande', exact: true }).fill('Skrivaren på kontoret har slutat fungera.');
  await send.click();
  await widget(page).getByRole('heading', { name: 'Tack för ditt meddelande' }).waitFor();
  expect(await focused(page)).toMatchObject({ tag: 'h3' });
  const body = await widget(page).getByText(/Vi har registrerat det som ärende/).textContent();
  const number = /ärende (\S+) och svarar dig via e-post\./.exec(body ?? '')?.[1];
  expect(number).toBeTruthy();

  const found = await astrid.call<{ items: Array<{ number: string; type: string }> }>('GET', `/api/records?q=${encodeURIComponent(number ?? '')}`);
  expect(found.status).toBe(200);
  const record = found.body.items.find((item) => item.number === number);
  expect(record).toMatchObject({ number, type: 'case' });
}, TIMEOUT);

test('a forged visitor token (a tampered sessionStorage) is refused: the widget says so politely and starts over', async () => {
  const open = await customer({ locale: 'en-US' });
  const { page } = open;
  await page.evaluate((key) => {
    sessionStorage.setItem(key, JSON.stringify({ v: 1, token: 'forged.token.value', sessionId: 'x', entries: [], outbox: [], open: true }));
  }, storageKey(session.baseUrl, CONTOSO, 'web'));
  await page.reload();
  await widget(page).getByRole('dialog', { name: 'Chat with us' }).waitFor();
  await widget(page).getByRole('alert').filter({ hasText: 'Your chat has expired. Start a new chat.' }).waitFor();
  await widget(page).getByText('None of our agents can chat right now. Leave a message and we will answer you by e-mail.').waitFor();
  const kept = await page.evaluate((key) => sessionStorage.getItem(key), storageKey(session.baseUrl, CONTOSO, 'web'));
  expect(kept ?? '').not.toContain('forged.token.value');
  await widget(page).getByRole('button', { name: 'Dismiss' }).click();
  expect(await widget(page).getByRole('alert').count()).toBe(0);
}, TIMEOUT);

test('the language: data-lang wins over the browser; a browser asking for none of en, da, sv gets the site language (Danish)', async () => {
  const asked = await customer({ locale: 'sv-SE', query: '?lang=da' });
  await widget(asked.page).getByRole('button', { name: 'Chat med os' }).waitFor();
  expect(await asked.page.locator('script[src$="/chat/widget.js"]').getAttribute('data-lang')).toBe('da');

  const french = await customer({ locale: 'fr-FR' });
  await widget(french.page).getByRole('button', { name: 'Chat with us' }).click();
  await widget(french.page).getByText('Ingen af vores medarbejdere kan chatte lige nu. Skriv en besked, så svarer vi dig på e-mail.').waitFor();
  await widget(french.page).getByRole('dialog', { name: 'Chat med os' }).waitFor();
  expect(await widget(french.page).getByRole('button', { name: 'Send besked' }).count()).toBe(1);
  // The site's language is kept for the reload: the widget is Danish from the start, even with no connection at all.
  await french.page.waitForFunction((key) => (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { lang?: string }).lang === 'da', storageKey(session.baseUrl, CONTOSO, 'web'));
  french.refuse = true;
  await french.page.reload();
  await widget(french.page).getByRole('dialog', { name: 'Chat med os' }).waitFor();
  expect(await widget(french.page).getByRole('button', { name: 'Luk chatvinduet' }).count()).toBe(1);
}, TIMEOUT);

test('dark scheme and reduced motion: contrast holds, the panel does not animate; the page cannot restyle the widget', async () => {
  const dark = await customer({ locale: 'en-US', colorScheme: 'dark', reducedMotion: 'reduce' });
  await widget(dark.page).getByRole('button', { name: 'Chat with us' }).click();
  const panel = widget(dark.page).locator('.panel');
  await panel.waitFor();
  expect(await panel.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  expect(await panel.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(30, 31, 34)');
  await widget(dark.page).getByRole('button', { name: 'Send message' }).click();
  await widget(dark.page).getByText('Enter your name.').waitFor();
  expect(await lowContrastTexts(dark.page)).toEqual([]);
  // The demo page's own CSS paints every button, label and div yellow in Comic Sans: not in here.
  const label = widget(dark.page).getByText('Name', { exact: true });
  expect(await label.evaluate((el) => [getComputedStyle(el).fontFamily.includes('Comic'), getComputedStyle(el).textTransform])).toEqual([false, 'none']);

  const moving = await customer({ locale: 'en-US', colorScheme: 'light', reducedMotion: 'no-preference' });
  await widget(moving.page).getByRole('button', { name: 'Chat with us' }).click();
  await widget(moving.page).locator('.panel').waitFor();
  expect(await widget(moving.page).locator('.panel').evaluate((el) => getComputedStyle(el).animationName)).toBe('cb-in');
  expect(await lowContrastTexts(moving.page)).toEqual([]);
}, TIMEOUT);

test('/chat/widget.js: JavaScript, an ETag that answers 304, short public caching, gzip, CORS for any site; the demo page has a strict CSP', async () => {
  const first = await fetch(`${session.baseUrl}/chat/widget.js`);
  expect(first.status).toBe(200);
  expect(first.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(first.headers.get('access-control-allow-origin')).toBe('*');
  expect(first.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  expect(first.headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
  expect(first.headers.get('content-encoding')).toBe('gzip');
  const etag = first.headers.get('etag');
  expect(etag).toMatch(/^"[A-Za-z0-9_-]+-gz"$/);
  const code = await first.text();
  expect(code).toContain('casebridge-chat');
  expect(code).toMatch(/\/\/# sourceMappingURL=widget\.js\.map\s*$/);

  const again = await fetch(`${session.baseUrl}/chat/widget.js`, { headers: { 'if-none-match': etag ?? '' } });
  expect(again.status).toBe(304);
  expect(await again.text()).toBe('');
  const plain = await fetch(`${session.baseUrl}/chat/widget.js`, { headers: { 'accept-encoding': 'identity', 'if-none-match': etag ?? '' } });
  expect(plain.status).toBe(200);
  expect(plain.headers.get('content-encoding')).toBeNull();
  expect(await plain.text()).toBe(code);
  // gzip;q=0 refuses gzip.
  const refused = await fetch(`${session.baseUrl}/chat/widget.js`, { headers: { 'accept-encoding': 'gzip;q=0, identity' } });
  expect(refused.headers.get('content-encoding')).toBeNull();
  expect(await refused.text()).toBe(code);
  const map = await fetch(`${session.baseUrl}/chat/widget.js.map`);
  expect(map.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect((await map.json()) as { version: number }).toMatchObject({ version: 3 });

  const demo = await fetch(`${session.baseUrl}/chat/demo`);
  const csp = demo.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("default-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  const html = await demo.text();
  expect(html.match(/<script\b/g)).toHaveLength(1);
  expect(html).toMatch(/<script src="[^"]*\/chat\/widget\.js" data-tenant="[^"]+" data-site="web" async><\/script>/);
}, TIMEOUT);
