/**
 * The public web form over real HTTP (issue 11): a bare restify server mounting only the form,
 * a recording IntakePort, in-memory rate limiters (also the default spent-proof store, a
 * `points: 1` limiter, as in production on Cosmos). The proof of work is solved with altcha-lib's
 * own solver, as a browser would.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import restify from 'restify';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { WebFormInput } from '../../bot/src/domain/intake/intake-port';
import { NotFoundError } from '../../bot/src/domain/shared/errors';
import { mountWebForm, type WebFormOptions } from '../../bot/src/webform/mount';

type AltchaLib = typeof import('altcha-lib', { with: { 'resolution-mode': 'import' } });
type AltchaSha = typeof import('altcha-lib/algorithms/sha', { with: { 'resolution-mode': 'import' } });
// eslint-disable-next-line @typescript-eslint/no-require-imports
const altcha: AltchaLib = require('altcha-lib');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sha: AltchaSha = require('altcha-lib/algorithms/sha');

interface FormServer {
  url: string;
  calls: WebFormInput[];
  advance(ms: number): void;
  stop(): Promise<void>;
}

async function startFormServer(overrides: Partial<WebFormOptions> = {}): Promise<FormServer> {
  const calls: WebFormInput[] = [];
  let offset = 0;
  const server = restify.createServer({ name: 'webform-test', handleUncaughtExceptions: false });
  mountWebForm(server, {
    intake: {
      async acceptWebForm(input) {
        if (input.recordType === 'ticket') throw new NotFoundError();
        calls.push(input);
        return { intakeId: `intake-${calls.length}` };
      },
    },
    formExists: async (tenantId, recordType) => tenantId === 'tenant-1' && (recordType === 'case' || recordType === 'ticket'),
    secret: 'integration-secret-0123456789',
    limiter: (name, points, duration) => new RateLimiterMemory({ keyPrefix: name, points, duration }),
    behindProxy: false,
    logger: pino({ level: 'silent' }),
    perIpPerHour: 1000,
    perEmailPerHour: 1000,
    powMinCounter: 100,
    powMaxCounter: 2000,
    now: () => Date.now() + offset,
    ...overrides,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    advance: (ms) => (offset += ms),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const unescape = (s: string) => s.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));

/** GETs the page and returns its token and solved proof (the clock moved past the minimum fill time). */
async function openForm(form: FormServer, path = '/forms/tenant-1/case?lang=da'): Promise<{ started: string; altcha: string; html: string }> {
  const response = await fetch(`${form.url}${path}`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const started = unescape(/name="started" value="([^"]+)"/.exec(html)?.[1] ?? '');
  const challenge = JSON.parse(unescape(/data-challenge="([^"]+)"/.exec(html)?.[1] ?? '')) as Parameters<AltchaLib['solveChallenge']>[0]['challenge'];
  const solution = await altcha.solveChallenge({ challenge, deriveKey: sha.deriveKey });
  form.advance(4_000);
  return { started, altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'), html };
}

const FIELDS = { name: 'Mette Hansen', email: 'mette@kunde.example', subject: 'Printeren', message: 'Den virker ikke.\nHilsen Mette' };

function urlencoded(values: Record<string, string>): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(values).toString() };
}

let form: FormServer;
beforeAll(async () => {
  form = await startFormServer();
}, 120_000);
afterAll(() => form.stop(), 120_000);

describe('GET /forms/{tenantId}/{recordType}', () => {
  test.each([
    ['?lang=da', undefined, 'da', 'Kontakt os', 'E-mailadresse'],
    ['?lang=sv', 'da-DK', 'sv', 'Kontakta oss', 'E-postadress'],
    ['', 'sv-SE,sv;q=0.9', 'sv', 'Kontakta oss', 'E-postadress'],
    ['', 'da;q=0.8,en;q=0.9', 'en', 'Contact us', 'E-mail address'],
  ])('%s with Accept-Language %s renders in %s', async (query, acceptLanguage, lang, title, label) => {
    const response = await fetch(`${form.url}/forms/tenant-1/case${query}`, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(`<label for="email">${label}</label>`);
    for (const id of ['name', 'email', 'subject', 'message', 'attachment']) expect(html).toContain(`<label for="${id}">`);
    expect(html.match(/<fieldset>/g)).toHaveLength(2);
    expect(html).toMatch(/<div class="wf-hp" aria-hidden="true">[\s\S]*tabindex="-1" autocomplete="off"/);
    expect(html).toContain('role="status" aria-live="polite"');
    expect(html).toContain('<noscript>');
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script
    expect(html).not.toMatch(/\sstyle=|<style/); // no inline style
  });

  test('the assets and the ALTCHA solver modules are served', async () => {
    for (const asset of ['webform.js', 'webform.css', 'altcha/pow.js', 'altcha/helpers.js', 'altcha/types.js', 'altcha/algorithms/web/sha.js']) {
      const response = await fetch(`${form.url}/webform/assets/${asset}`);
      expect([asset, response.status]).toEqual([asset, 200]);
      expect((await response.text()).length).toBeGreaterThan(100);
    }
  });

  test('an unknown tenant or record type is 404, localized', async () => {
    for (const path of ['/forms/tenant-2/case?lang=sv', '/forms/tenant-1/nothing?lang=sv', '/forms/tenant-1/%3Cx%3E?lang=sv']) {
      const response = await fetch(`${form.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Formuläret finns inte.');
    }
  });
});

describe('POST /forms/{tenantId}/{recordType}', () => {
  test('multipart with an attachment: intake gets the fields, the person a Danish thank-you', async () => {
    const before = form.calls.length;
    const { started, altcha: proof } = await openForm(form);
    const body = new FormData();
    for (const [key, value] of Object.entries({ ...FIELDS, started, altcha: proof, website: '' })) body.append(key, value);
    body.append('attachment', new Blob([Buffer.from('%PDF-1.4 test')], { type: 'application/x-whatever' }), 'kvittering.pdf');
    const response = await fetch(`${form.url}/forms/tenant-1/case?lang=da`, { method: 'POST', body });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('Vi har modtaget din henvendelse');
    expect(form.calls.slice(before)).toEqual([
      {
        tenantId: 'tenant-1',
        recordType: 'case',
        ...FIELDS,
        locale: 'da',
        attachment: { filename: 'kvittering.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4 test') },
      },
    ]);
  });

  test('a JSON client: GET gives token and challenge, urlencoded POST is 202 with the intake id', async () => {
    const opened = await fetch(`${form.url}/forms/tenant-1/case`, { headers: { accept: 'application/json' } });
    expect(opened.status).toBe(200);
    const { started, challenge } = (await opened.json()) as { started: string; challenge: Parameters<AltchaLib['solveChallenge']>[0]['challenge'] };
    const solution = await altcha.solveChallenge({ challenge, deriveKey: sha.deriveKey });
    const proof = Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
    form.advance(4_000);
    const response = await fetch(`${form.url}/forms/tenant-1/case?lang=en`, { ...urlencoded({ ...FIELDS, started, altcha: proof }), headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' } });
    expect(response.status).toBe(202);
    const answer = (await response.json()) as { intakeId: string };
    expect(answer.intakeId).toBe(`intake-${form.calls.length}`);
    expect(form.calls.at(-1)).toMatchObject({ ...FIELDS, locale: 'en', attachment: undefined });
  });

  test('a replayed solution is refused and nothing more is stored', async () => {
    const { started, altcha: proof } = await openForm(form);
    const first = await fetch(`${form.url}/forms/tenant-1/case?lang=da`, urlencoded({ ...FIELDS, started, altcha: proof }));
    expect(first.status).toBe(200);
    const count = form.calls.length;
    const again = await fetch(`${form.url}/forms/tenant-1/case?lang=da`, urlencoded({ ...FIELDS, started, altcha: proof }));
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Formularen er allerede sendt.');
    expect(form.calls.length).toBe(count);
  });

  test('a token younger than the minimum fill time, or forged, is refused with the typed values kept', async () => {
    const count = form.calls.length;
    const { started, altcha: proof } = await openForm(form);
    form.advance(-4_000); // as if sent at once
    const young = await fetch(`${form.url}/forms/tenant-1/case?lang=da`, urlencoded({ ...FIELDS, started, altcha: proof }));
    form.advance(4_000);
    expect(young.status).toBe(400);
    const youngHtml = await young.text();
    expect(youngHtml).toContain('Formularen blev sendt for hurtigt.');
    expect(youngHtml).toContain('value="Mette Hansen"');
    expect(youngHtml).toContain('id="error-summary" role="alert"');
    const forged = await fetch(`${form.url}/forms/tenant-1/case?lang=sv`, urlencoded({ ...FIELDS, started: `${started.split('.')[0]}.AAAA`, altcha: proof }));
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain('Formuläret kunde inte verifieras.');
    expect(form.calls.length).toBe(count);
  });

  test('without a proof of work the form is refused', async () => {
    const { started } = await openForm(form);
    const response = await fetch(`${form.url}/forms/tenant-1/case?lang=en`, urlencoded({ ...FIELDS, started, altcha: '' }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('anti-spam check did not complete');
  });

  test('a filled honeypot gets the thank-you, and nothing is stored', async () => {
    const count = form.calls.length;
    const { started, altcha: proof } = await openForm(form);
    const response = await fetch(`${form.url}/forms/tenant-1/case?lang=da`, urlencoded({ ...FIELDS, started, altcha: proof, website: 'https://cheap.example' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Vi har modtaget din henvendelse');
    expect(form.calls.length).toBe(count);
  });

  test('field errors come back next to the fields, with what was typed', async () => {
    const { started, altcha: proof } = await openForm(form);
    const response = await fetch(`${form.url}/forms/tenant-1/case?lang=da`, urlencoded({ ...FIELDS, email: 'mette-at-kunde', subject: '', started, altcha: proof }));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('<p class="wf-error" id="email-error">Skriv en e-mailadresse som navn@eksempel.dk.</p>');
    expect(html).toContain('<p class="wf-error" id="subject-error">Udfyld emne.</p>');
    expect(html).toMatch(/id="email" name="email"[^>]*aria-describedby="email-hint email-error" aria-invalid="true" value="mette-at-kunde"/);
    expect(html).toContain('<a href="#subject">Udfyld emne.</a>');
    expect(html).toContain('Den virker ikke.\nHilsen Mette</textarea>');
    // The round trip keeps the fill-time token, so a quick fix is not refused as too fast.
    expect(html).toContain(`name="started" value="${started}"`);
  });

  test('a JSON client gets the field errors as problem+json, in its language', async () => {
    const { started, altcha: proof } = await openForm(form, '/forms/tenant-1/case?lang=sv');
    const response = await fetch(`${form.url}/forms/tenant-1/case?lang=sv`, {
      ...urlencoded({ ...FIELDS, name: 'x'.repeat(201), started, altcha: proof }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 422, code: 'validation', errors: [{ field: 'name', message: 'Namn får vara högst 200 tecken.' }] });
  });

  test('a record type intake does not know (NotFoundError) is 404', async () => {
    const { started, altcha: proof } = await openForm(form, '/forms/tenant-1/ticket?lang=en');
    const response = await fetch(`${form.url}/forms/tenant-1/ticket?lang=en`, urlencoded({ ...FIELDS, started, altcha: proof }));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('There is no such form.');
  });

  test('a body that is not a form is 415', async () => {
    const response = await fetch(`${form.url}/forms/tenant-1/case`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: '{}' });
    expect(response.status).toBe(415);
  });
});

/** Sends a raw request and returns the status, whether or not the server let the upload finish. */
function rawPost(url: string, headers: Record<string, string | number>, write: (req: http.ClientRequest) => void): Promise<{ status: number; body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
    });
    req.on('error', reject);
    write(req);
  });
}

describe('size limits', () => {
  test('a declared 6 MB body is 413 before it is read', async () => {
    const answer = await rawPost(`${form.url}/forms/tenant-1/case?lang=sv`, { 'content-type': 'multipart/form-data; boundary=x', 'content-length': 6 * 1024 * 1024 }, (req) => req.write('--x\r\n'));
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('Ärendet är för stort.');
  });

  test('a chunked body is cut off once it passes the limit', async () => {
    const answer = await rawPost(`${form.url}/forms/tenant-1/case?lang=en`, { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' }, (req) => {
      const chunk = Buffer.alloc(256 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 8 * 1024 * 1024 && !req.destroyed) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!req.destroyed) req.end();
      };
      req.on('error', () => undefined);
      pump();
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('The request is too large.');
  });
});

describe('rate limits', () => {
  test('a flood from one address gets 429 with Retry-After, localized', async () => {
    const flooded = await startFormServer({ perIpPerHour: 3 });
    try {
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 6; i++) {
        last = await fetch(`${flooded.url}/forms/tenant-1/case?lang=da`, urlencoded({ ...FIELDS, started: 'x', altcha: 'y' }));
        statuses.push(last.status);
        if (i < 5) await last.text();
      }
      expect(statuses).toEqual([400, 400, 400, 429, 429, 429]);
      expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(3000);
      expect(await last?.text()).toContain('For mange forsøg.');
    } finally {
      await flooded.stop();
    }
  });

  test('one e-mail address gets at most its limit, then 429', async () => {
    const limited = await startFormServer({ perEmailPerHour: 1 });
    try {
      const statuses: number[] = [];
      for (const email of ['same@kunde.example', 'SAME@kunde.example', 'other@kunde.example']) {
        const { started, altcha: proof } = await openForm(limited, '/forms/tenant-1/case?lang=en');
        const response = await fetch(`${limited.url}/forms/tenant-1/case?lang=en`, { ...urlencoded({ ...FIELDS, email, started, altcha: proof }), headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' } });
        statuses.push(response.status);
        if (response.status === 429) expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
        await response.text();
      }
      expect(statuses).toEqual([202, 429, 202]);
      expect(limited.calls.map((c) => c.email)).toEqual(['same@kunde.example', 'other@kunde.example']);
    } finally {
      await limited.stop();
    }
  });
});
