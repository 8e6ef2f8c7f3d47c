/**
 * The tab in real Chromium against the real server (local mode): changing a record's owner with
 * the people picker (A1, A3, H3 assign), what a reader sees, the company view (A2), and the Teams
 * SSO consent popup (auth-start.html → Entra ID → auth-end.html, with a simulated Teams host and
 * Entra ID). No page may reach beyond this machine: in a plain browser the tab must not load
 * teams-js (it fetches from a CDN on load).
 * Needs the built tab: `npm run build -w tab`.
 */
import type { Page } from 'playwright-core';
import { BrowserSession, browserSessionForFile, expectText, type DevUser } from '../fixtures/browser';

const TIMEOUT = 60_000;

interface ApiRecord {
  id: string;
  type: string;
  number: string;
  title: string;
  etag: string;
  owner?: { id: string; displayName: string } | null;
  owningTeam?: { id: string; name: string } | null;
  person?: { id: string; name: string; company: { id: string; name: string } | null } | null;
  canWrite: boolean;
}

let session: BrowserSession;
/** Requests of the current test to any host but this machine. */

function base(): string {
  return session.baseUrl;
}

async function getJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  return session.getJson<T>(url, init);
}

function demoUser(email: string): Promise<DevUser> {
  return session.demoUser(email);
}

function tokenOf(user: DevUser): Promise<string> {
  return session.tokenOf(user);
}

async function apiRecord(user: DevUser, id: string): Promise<ApiRecord> {
  return getJson<ApiRecord>(`${base()}/api/records/${id}`, { headers: { authorization: `Bearer ${await tokenOf(user)}` } });
}

function signedInPage(user: DevUser): Promise<Page> {
  return session.signedInPage(user);
}

/** Waits until an element with the test id shows `text` (it may first show an older value). */
async function waitForText(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor();
}

async function openRecord(page: Page, record: Pick<ApiRecord, 'type' | 'id' | 'title'>): Promise<void> {
  await page.goto(`${base()}/records/${record.type}/${record.id}`);
  await expectText(page.getByTestId('record-title'), record.title);
}

/** Types into the owner picker and chooses the user from the search results. */
async function pickOwner(page: Page, user: DevUser, typed: string): Promise<void> {
  const picker = page.getByTestId('owner-picker');
  await picker.click();
  await picker.fill(typed);
  await page.getByTestId(`owner-option-${user.id}`).click();
  expect(await picker.inputValue()).toBe(user.displayName);
}

browserSessionForFile((started) => {
  session = started;
});

test('an agent assigns a case of her team to herself with the owner picker; it is saved (A3, H3)', async () => {
  const sofie = await demoUser('sofie@contoso.example');
  const before = await apiRecord(sofie, 'case-001');
  expect(before.owner?.displayName).toBe('Mads Nielsen');
  expect(before.canWrite).toBe(true);

  const page = await signedInPage(sofie);
  await openRecord(page, before);
  await expectText(page.getByTestId('record-owner'), 'Mads Nielsen');

  await page.getByTestId('record-edit-start').click();
  expect(await page.getByTestId('owner-picker').inputValue()).toBe('Mads Nielsen');
  expect(await page.getByTestId('team-picker').getAttribute('data-team-id')).toBe(before.owningTeam?.id);
  await pickOwner(page, sofie, 'Sofie');
  await page.getByTestId('record-save').click();
  await page.getByTestId('record-saved').waitFor();
  await waitForText(page, 'record-owner', sofie.displayName);

  await page.reload();
  await expectText(page.getByTestId('record-title'), before.title);
  await expectText(page.getByTestId('record-owner'), sofie.displayName);
  const after = await apiRecord(sofie, 'case-001');
  expect(after.owner?.id).toBe(sofie.id);
  expect(after.owningTeam?.id).toBe(before.owningTeam?.id);
}, TIMEOUT);

test('a reader sees the record without any edit control', async () => {
  const oskar = await demoUser('oskar@contoso.example');
  const record = await apiRecord(oskar, 'case-001');
  expect(record.canWrite).toBe(false);

  const page = await signedInPage(oskar);
  await openRecord(page, record);
  await page.getByTestId('record-read-only').waitFor();
  expect(await page.getByTestId('record-edit-start').count()).toBe(0);
  expect(await page.getByTestId('record-edit').count()).toBe(0);
  expect(await page.getByTestId('owner-picker').count()).toBe(0);
  expect(await page.getByTestId('team-picker').count()).toBe(0);
}, TIMEOUT);

test('the company link of a case leads to the company, its people and its cases (A2)', async () => {
  const mads = await demoUser('mads@contoso.example');
  const record = await apiRecord(mads, 'case-001');
  const person = record.person;
  if (!person?.company) throw new Error('case-001 has no contact at a company in the demo data');
  expect(person.name).toBe('Jens Sørensen');

  const page = await signedInPage(mads);
  await openRecord(page, record);
  await expectText(page.getByTestId('company-link'), 'Nordlys A/S');
  await page.getByTestId('company-link').click();
  await page.waitForURL((url) => url.pathname === `/companies/${person.company?.id}`);

  await expectText(page.getByTestId('company-name'), 'Nordlys A/S');
  const row = page.getByTestId(`company-person-${person.id}`);
  await expectText(row, 'Jens Sørensen');
  expect(await row.locator('a[href^="mailto:"]').first().textContent()).toContain('@');
  const caseRow = page.getByTestId('company-cases').getByTestId(`record-row-${record.id}`);
  await expectText(caseRow, 'CAS-01001');

  // Each case links to its record.
  await caseRow.getByRole('link', { name: record.title }).click();
  await page.waitForURL((url) => url.pathname === `/records/${record.type}/${record.id}`);
  await expectText(page.getByTestId('record-title'), record.title);

  // A company that does not exist is the not-found view, also when opened directly.
  await page.goto(`${base()}/companies/no-such-company`);
  await page.getByRole('heading', { name: 'This page does not exist.' }).waitFor();
}, TIMEOUT);

test('reassigning without the assign privilege shows the service’s reason; nothing changes (A3)', async () => {
  const sofie = await demoUser('sofie@contoso.example');
  const me = await getJson<{ privileges: Record<string, { assign: string | null }> }>(`${base()}/api/me`, {
    headers: { authorization: `Bearer ${await tokenOf(sofie)}` },
  });
  // Agents may write their team's work orders but assign only their own.
  expect(me.privileges.workorder?.assign).toBe('own');
  const before = await apiRecord(sofie, 'wo-001');
  expect(before.canWrite).toBe(true);
  expect(before.owner?.id).not.toBe(sofie.id);

  const page = await signedInPage(sofie);
  await openRecord(page, before);
  await page.getByTestId('record-edit-start').click();
  await pickOwner(page, sofie, 'sofie@');
  await page.getByTestId('record-save').click();
  await waitForText(page, 'problem', 'You may not assign this record.');
  expect(await page.getByTestId('record-saved').count()).toBe(0);
  expect((await apiRecord(sofie, 'wo-001')).owner?.id).toBe(before.owner?.id);
}, TIMEOUT);

test('a team change on a record someone else changed meanwhile is merged with their change, not lost (412)', async () => {
  const sofie = await demoUser('sofie@contoso.example');
  const lars = await demoUser('lars@contoso.example');
  const record = await apiRecord(sofie, 'case-002');
  expect(record.canWrite).toBe(true);
  expect(record.owningTeam).not.toBeNull();

  const page = await signedInPage(sofie);
  await openRecord(page, record);
  await page.getByTestId('record-edit-start').click();
  await page.getByTestId('team-picker').click();
  await page.getByTestId('team-option-none').click();
  expect(await page.getByTestId('team-picker').getAttribute('data-team-id')).toBe('');

  // Meanwhile someone else edits the record.
  const larsRecord = await apiRecord(lars, 'case-002');
  await getJson(`${base()}/api/records/case-002`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${await tokenOf(lars)}`, 'content-type': 'application/json', 'if-match': larsRecord.etag },
    body: JSON.stringify({ title: `${record.title} (edited)` }),
  });

  // The save meets the 412 (or a poll got there first): Lars's title is merged in, Sofie's team kept.
  await page.getByTestId('record-save').click();
  const edited = `${record.title} (edited)`;
  const changedWhileSaving = page.getByTestId('record-changed-while-saving');
  await page.getByTestId('record-saved').or(changedWhileSaving).waitFor();
  if ((await changedWhileSaving.count()) > 0) {
    await page.waitForFunction(
      (title) => document.querySelector<HTMLInputElement>('[data-testid="record-edit-title"]')?.value === title,
      edited,
    );
    expect(await page.getByTestId('team-picker').getAttribute('data-team-id')).toBe('');
    await page.getByTestId('record-save').click();
    await page.getByTestId('record-saved').waitFor();
  }
  await expectText(page.getByTestId('record-title'), edited);
  const after = await apiRecord(sofie, 'case-002');
  expect(after.title).toBe(edited);
  expect(after.owningTeam).toBeNull();
}, TIMEOUT);

test('the Teams SSO consent pages are part of the build, not the tab’s fallback page', async () => {
  // blank-auth-end.html: the redirect page of teamsfx's silent token requests (MSAL in a hidden iframe).
  for (const page of ['auth-start', 'auth-end', 'blank-auth-end']) {
    const response = await fetch(`${base()}/${page}.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain(`<meta name="casebridge-page" content="${page}"`);
    expect(html).not.toContain('id="root"');
  }
  const index = await (await fetch(`${base()}/records/case/case-001`)).text();
  expect(index).toContain('id="root"');
}, TIMEOUT);

// ---- The Teams SSO consent popup, against a simulated Teams host and a simulated Entra ID ----

const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_ID = 'c0a1e5f0-7d3c-4c7e-9d1a-5b0c0e1f2a3b';
const USER_OID = 'a5e1d0c2-0000-4a00-8000-000000000003';

const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

interface ConsentOutcome {
  /** What the popup told the Teams host: authentication.authenticate.success / .failure. */
  result: { ok: boolean; value: string } | undefined;
  /** The authorize request the popup sent the user to. */
  authorize: URL | undefined;
  /** The form of the token request that redeemed the code. */
  token: URLSearchParams | undefined;
}

/**
 * Opens auth-start.html the way teamsfx 3's `TeamsUserCredential.login()` does (through teams-js
 * `authentication.authenticate`, i.e. a popup whose opener is the Teams host), answers the
 * popup's teams-js calls as Teams would, and plays Entra ID: the user consents, or declines.
 */
async function consentPopup(answer: 'consent' | 'decline'): Promise<ConsentOutcome> {
  // A context of its own that answers for Entra ID and Teams' CDN itself (nothing leaves the machine).
  const context = await session.browser.newContext({ locale: 'en-US' });
  const outcome: ConsentOutcome = { result: undefined, authorize: undefined, token: undefined };
  let nonce = '';
  await context.route('https://res.cdn.office.net/**', (route) => route.abort()); // teams-js's list of host domains
  await context.route('https://login.microsoftonline.com/**', async (route) => {
    const url = new URL(route.request().url());
    const json = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
    const clientInfo = b64url(JSON.stringify({ uid: USER_OID, utid: TENANT_ID }));
    if (url.pathname.endsWith('/oauth2/v2.0/authorize')) {
      outcome.authorize = url;
      nonce = url.searchParams.get('nonce') ?? '';
      const state = encodeURIComponent(url.searchParams.get('state') ?? '');
      const reply = answer === 'consent'
        ? `code=fake-code&client_info=${clientInfo}&state=${state}`
        : `error=access_denied&error_description=${encodeURIComponent('The user declined to consent.')}&state=${state}`;
      await route.fulfill({ status: 302, headers: { location: `${url.searchParams.get('redirect_uri')}#${reply}` } });
      return;
    }
    if (url.pathname.endsWith('/oauth2/v2.0/token')) {
      outcome.token = new URLSearchParams(route.request().postData() ?? '');
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        aud: CLIENT_ID, iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`, iat: now, nbf: now, exp: now + 3600,
        name: 'Sofie Kristensen', oid: USER_OID, preferred_username: 'sofie@contoso.example', sub: 'sub', tid: TENANT_ID, nonce, ver: '2.0',
      };
      const idToken = `${b64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}.sig`;
      await route.fulfill({
        headers: json,
        body: JSON.stringify({
          token_type: 'Bearer', scope: outcome.token.get('scope'), expires_in: 3600, ext_expires_in: 3600,
          access_token: 'fake-access-token', refresh_token: 'fake-refresh-token', id_token: idToken, client_info: clientInfo,
        }),
      });
      return;
    }
    await route.fulfill({ status: 404, headers: json, body: '{}' });
  });

  // The Teams host: any page of ours (teams-js accepts its own origin), answering the popup.
  const host = await context.newPage();
  host.setDefaultTimeout(20_000);
  await host.goto(`${base()}/healthz`);
  await host.evaluate(({ tenantId, userOid }) => {
    const w = window as unknown as { consentResult?: { ok: boolean; value: string } };
    window.addEventListener('message', (event) => {
      const message = event.data as { id?: number; uuidAsString?: string; func?: string; args?: unknown[] };
      if (typeof message?.func !== 'string' || event.source === null) return;
      const reply = (args: unknown[]) =>
        (event.source as Window).postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, event.origin);
      if (message.func === 'initialize') reply(['authentication', 'web', JSON.stringify({ apiVersion: 4, supports: {} }), '2.58.0']);
      if (message.func === 'getContext') {
        reply([{ locale: 'da-dk', theme: 'default', tid: tenantId, userObjectId: userOid, frameContext: 'authentication', hostClientType: 'web' }]);
      }
      if (message.func === 'authentication.authenticate.success') w.consentResult = { ok: true, value: String(message.args?.[0]) };
      if (message.func === 'authentication.authenticate.failure') w.consentResult = { ok: false, value: String(message.args?.[0]) };
    });
  }, { tenantId: TENANT_ID, userOid: USER_OID });

  // teamsfx: `${initiateLoginEndpoint}?clientId=${clientId}&scope=${encodeURI(scopes)}&loginHint=${loginHint}`
  const url = `/auth-start.html?clientId=${CLIENT_ID}&scope=${encodeURI('User.Read Chat.Create')}&loginHint=sofie@contoso.example`;
  await Promise.all([host.waitForEvent('popup'), host.evaluate((href) => void window.open(href, 'auth', 'width=600,height=535'), url)]);
  await host.waitForFunction(() => (window as unknown as { consentResult?: unknown }).consentResult !== undefined);
  outcome.result = await host.evaluate(() => (window as unknown as { consentResult?: { ok: boolean; value: string } }).consentResult);
  return outcome;
}

test('the consent popup signs in at Entra ID and hands MSAL’s cache back to teamsfx', async () => {
  const { result, authorize, token } = await consentPopup('consent');

  // auth-start: the tenant of the Teams context, PKCE, our redirect page, teamsfx's scopes and hint.
  expect(authorize?.pathname).toBe(`/${TENANT_ID}/oauth2/v2.0/authorize`);
  expect(authorize?.searchParams.get('client_id')).toBe(CLIENT_ID);
  expect(authorize?.searchParams.get('redirect_uri')).toBe(`${base()}/auth-end.html`);
  expect(authorize?.searchParams.get('response_type')).toBe('code');
  expect(authorize?.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize?.searchParams.get('login_hint')).toBe('sofie@contoso.example');
  expect(authorize?.searchParams.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['User.Read', 'Chat.Create']));

  // auth-end: the code is redeemed with the PKCE verifier, and teamsfx gets { sessionStorage }.
  expect(token?.get('grant_type')).toBe('authorization_code');
  expect(token?.get('code')).toBe('fake-code');
  expect(token?.get('code_verifier')).toBeTruthy();
  expect(result?.ok).toBe(true);
  const handedBack = JSON.parse(result?.value ?? '{}') as { code?: unknown; sessionStorage?: Record<string, string> };
  expect(handedBack.code).toBeUndefined(); // teamsfx 3 rejects a bare authorization code
  // The cache in the format of the MSAL teamsfx reads it with (msal-browser 3).
  const keys = Object.keys(handedBack.sessionStorage ?? {});
  expect(keys).toEqual(expect.arrayContaining(['msal.account.keys', `msal.token.keys.${CLIENT_ID}`]));
  expect(keys.some((key) => key.includes(`-accesstoken-${CLIENT_ID}-${TENANT_ID}-`))).toBe(true);
  expect(keys.some((key) => key.startsWith('casebridge.'))).toBe(false);
}, TIMEOUT);

test('declining consent in the popup tells teamsfx it failed', async () => {
  const { result, token } = await consentPopup('decline');
  expect(token).toBeUndefined();
  expect(result?.ok).toBe(false);
  expect(result?.value).toContain('access_denied');
}, TIMEOUT);
