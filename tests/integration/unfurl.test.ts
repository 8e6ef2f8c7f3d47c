/**
 * Link unfurling (F1–F4) with real `composeExtension/queryLink` invoke JSON posted to /api/messages:
 * the record's card for those who may read it, one generic card for everything else.
 */
import { z } from 'zod';
import { cardProblems } from '../fixtures/adaptive-cards';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { CONTOSO, DEMO_USERS, FABRIKAM } from '../../bot/src/sandbox/demo-data';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { CASEBRIDGE_ALLOWED_SERVICE_URLS: 'http://127.0.0.1:9/' } });
}, 120_000);
afterAll(() => server.stop(), 60_000);

const Answer = z.object({
  composeExtension: z.object({
    type: z.literal('result'),
    attachments: z.array(z.object({
      contentType: z.string(),
      content: z.looseObject({
        version: z.string(),
        body: z.array(z.looseObject({ text: z.string().optional(), facts: z.array(z.object({ title: z.string(), value: z.string() })).optional() })),
        actions: z.array(z.looseObject({ type: z.string(), url: z.string().optional() })).optional(),
      }),
      preview: z.object({ contentType: z.string(), content: z.object({ title: z.string().optional() }) }).optional(),
    })),
  }),
  cacheInfo: z.object({ cacheType: z.string(), cacheDuration: z.number() }).optional(),
});

function invoke(name: 'composeExtension/queryLink' | 'composeExtension/anonymousQueryLink', url: string, user: { tenantId: string; oid: string } | null, locale = 'en-US') {
  return {
    type: 'invoke', name, id: `f:${Math.random().toString(36).slice(2)}`, timestamp: new Date().toISOString(), channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/', locale,
    from: user ? { id: '29:1unfurl', aadObjectId: user.oid } : { id: '29:anonymous' },
    conversation: { id: '19:unfurl@thread.v2', conversationType: 'groupChat', tenantId: user?.tenantId ?? CONTOSO },
    recipient: { id: '28:casebridge-local-bot', name: 'Casebridge' },
    channelData: { tenant: { id: user?.tenantId ?? CONTOSO }, source: { name: 'compose' } },
    value: { url },
  };
}

async function unfurl(url: string, user: { tenantId: string; oid: string } | null, locale?: string, name: 'composeExtension/queryLink' | 'composeExtension/anonymousQueryLink' = 'composeExtension/queryLink') {
  const res = await call(server.baseUrl, 'POST', '/api/messages', { body: invoke(name, url, user, locale) });
  expect(res.status).toBe(200);
  return { answer: Answer.parse(res.body), text: res.text };
}

const link = (type: string, id: string) => `${server.app.config.publicUrl}/records/${type}/${id}`;
const mads = { tenantId: CONTOSO, oid: DEMO_USERS.mads };

test('F1/F4: the owner gets a 1.3 card with type, number, title, status, priority, owner and Open, in their language, with a preview', async () => {
  const { answer } = await unfurl(link('case', 'case-001'), mads, 'da-DK');
  const attachment = answer.composeExtension.attachments[0];
  expect(attachment?.content.version).toBe('1.3');
  expect(cardProblems(attachment?.content ?? { version: '?' })).toEqual([]);
  const texts = attachment?.content.body.map((b) => b.text);
  expect(texts).toEqual(expect.arrayContaining(['Sag · CAS-01001', 'Printer offline on 3rd floor']));
  const facts = attachment?.content.body.find((b) => b.facts)?.facts ?? [];
  expect(facts).toEqual([{ title: 'Status', value: 'Aktiv' }, { title: 'Prioritet', value: 'Høj' }, { title: 'Ejer', value: 'Mads Nielsen' }]);
  expect(attachment?.preview?.content.title).toBe('CAS-01001 · Printer offline on 3rd floor');
  expect(answer.cacheInfo).toEqual({ cacheType: 'cache', cacheDuration: 60 });
});

test('F2: no access, missing and another tenant\'s record get one and the same generic card', async () => {
  const oskar = { tenantId: CONTOSO, oid: DEMO_USERS.oskar };
  const nora = { tenantId: FABRIKAM, oid: DEMO_USERS.nora };
  const hidden = await unfurl(link('workorder', 'wo-001'), oskar);
  const missing = await unfurl(link('workorder', 'wo-999'), oskar);
  const foreign = await unfurl(link('workorder', 'wo-001'), nora);
  const unknownUser = await unfurl(link('workorder', 'wo-001'), { tenantId: CONTOSO, oid: '11111111-2222-4333-8444-555555555555' });
  const strip = (text: string) => text.replace(/wo-\d+/g, 'ID').replace(/"id":"[^"]+"/g, '');
  for (const other of [missing, foreign, unknownUser]) expect(strip(other.text)).toBe(strip(hidden.text));
  expect(hidden.text).not.toContain('WO-01001');
  expect(hidden.text).not.toContain('Replace toner');
  expect(cardProblems(hidden.answer.composeExtension.attachments[0]?.content ?? { version: '?' })).toEqual([]);
});

test('F3: anonymous unfurling gets the generic card, even for a readable record', async () => {
  const { text } = await unfurl(link('case', 'case-001'), null, 'en-US', 'composeExtension/anonymousQueryLink');
  expect(text).toContain('Casebridge record');
  expect(text).not.toContain('Printer offline');
});

test('a reader sees the card without fields restricted from them; a type mismatch is generic', async () => {
  const oskar = { tenantId: CONTOSO, oid: DEMO_USERS.oskar };
  const { text } = await unfurl(link('case', 'case-001'), oskar);
  expect(text).toContain('CAS-01001');
  expect(text).not.toContain('costEstimate');
  const mismatch = await unfurl(link('workorder', 'case-001'), mads);
  expect(mismatch.text).toContain('Casebridge record');
});

test('links that are not record links get an empty result, not an error', async () => {
  for (const url of ['https://example.com/records/case/case-001', `${server.app.config.publicUrl}/settings/case`, 'not a url', `${link('case', 'case-001')}/extra`, `${server.app.config.publicUrl}/records/case/${'x'.repeat(5000)}`, link('case', '%E0%A4%A')]) {
    const { answer } = await unfurl(url, mads);
    expect(answer.composeExtension.attachments).toEqual([]);
  }
});

test('A5: the Open button opens the record\'s canonical address, never the pasted URL with its credentials, query or markup', async () => {
  const canonical = link('case', 'case-001');
  const base = new URL(server.app.config.publicUrl);
  const pasted = [
    `${base.protocol}//alice:s3cret@${base.host}/records/case/case-001`,
    `${canonical}?token=abc123&next=%3Cscript%3E`,
    `${canonical}#"><img src=x onerror=alert(1)>`,
    `${server.app.config.publicUrl}/records/case/case%2D001`,
  ];
  const oskar = { tenantId: CONTOSO, oid: DEMO_USERS.oskar };
  for (const url of pasted) {
    for (const [user, name] of [[mads, 'composeExtension/queryLink'], [{ tenantId: CONTOSO, oid: '11111111-2222-4333-8444-555555555555' }, 'composeExtension/queryLink'], [null, 'composeExtension/anonymousQueryLink'], [oskar, 'composeExtension/queryLink']] as const) {
      const { answer, text } = await unfurl(url, user, 'en-US', name);
      const actions = answer.composeExtension.attachments[0]?.content.actions ?? [];
      expect(actions.map((a) => a.url)).toEqual([canonical]);
      for (const secret of ['s3cret', 'abc123', 'script', 'onerror']) expect(text).not.toContain(secret);
    }
  }
});

test('F1: the preview title is plain text: no Markdown or HTML from the record title', async () => {
  const token = await tokenFor(server.baseUrl, 'Mads Nielsen');
  const created = await call(server.baseUrl, 'POST', '/api/records', { token, body: { type: 'case', title: '**Urgent** <b>printer</b> [reset here](https://evil.example/x) `now`' } });
  expect(created.status).toBe(201);
  const id = field<string>(created.body, 'id');
  const number = field<string>(created.body, 'number');
  const { answer } = await unfurl(link('case', id), mads);
  expect(answer.composeExtension.attachments[0]?.preview?.content.title).toBe(`${number} · Urgent printer reset here now`);
});
