/**
 * K1: an admin sets the tenant's default chat language and each team's, with optimistic
 * concurrency and an audit trail; a change shows at once in the chats of the team's records.
 */
import { z } from 'zod';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { DEMO_USERS } from '../../bot/src/sandbox/demo-data';

let server: TestServer;
let astrid: string; // admin of Contoso
let mads: string; // agent
let nora: string; // admin of Fabrikam

beforeAll(async () => {
  server = await startServer();
  astrid = await tokenFor(server.baseUrl, 'Astrid Holm');
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  nora = await tokenFor(server.baseUrl, 'Nora Hansen');
}, 120_000);
afterAll(() => server.stop(), 60_000);

const read = (token: string) => call(server.baseUrl, 'GET', '/api/chat-languages', { token });
const patch = (token: string, etag: string | null, body: unknown) =>
  call(server.baseUrl, 'PATCH', '/api/chat-languages', { token, body, headers: etag === null ? {} : { 'if-match': etag } });

test('an admin reads the tenant default and every team of their tenant', async () => {
  const res = await read(astrid);
  expect(res.status).toBe(200);
  expect(res.headers.get('etag')).toBe(field(res.body, 'etag'));
  expect(res.body).toMatchObject({
    tenant: { language: 'en' },
    teams: [{ id: 'team-dk', name: 'Kundeservice DK', language: 'da' }, { id: 'team-se', name: 'Kundtjänst SE', language: 'sv' }],
  });
});

test('others are refused (403); another tenant\'s team is not found (404); nothing changes', async () => {
  expect((await read(mads)).status).toBe(403);
  const etag = (await read(astrid)).headers.get('etag') ?? '';
  expect((await patch(mads, etag, { tenant: { language: 'da' } })).status).toBe(403);
  expect((await call(server.baseUrl, 'GET', '/api/chat-languages/audit', { token: mads })).status).toBe(403);
  const noraEtag = (await read(nora)).headers.get('etag') ?? '';
  expect((await patch(nora, noraEtag, { teams: [{ id: 'team-dk', language: 'en' }] })).status).toBe(404);
  expect((await patch(astrid, etag, { teams: [{ id: 'team-fab', language: 'sv' }] })).status).toBe(404);
  expect((await patch(astrid, etag, { teams: [{ id: 'team-dk', language: 'de' }] })).status).toBe(400);
  expect((await read(astrid)).headers.get('etag')).toBe(etag);
});

test('a change needs the current ETag (428 without, 412 stale) and is audited with who, old and new', async () => {
  const before = await read(astrid);
  const etag = before.headers.get('etag') ?? '';
  expect((await patch(astrid, null, { tenant: { language: 'sv' } })).status).toBe(428);
  const changed = await patch(astrid, etag, { tenant: { language: 'da' }, teams: [{ id: 'team-se', language: null }] });
  expect(changed.status).toBe(200);
  expect(changed.body).toMatchObject({ tenant: { language: 'da' }, teams: [{ id: 'team-dk', language: 'da' }, { id: 'team-se', language: null }] });
  expect(changed.headers.get('etag')).not.toBe(etag);
  expect((await patch(astrid, etag, { tenant: { language: 'sv' } })).status).toBe(412);
  expect(field((await read(astrid)).body, 'tenant')).toEqual({ language: 'da' });

  const audit = await call(server.baseUrl, 'GET', '/api/chat-languages/audit', { token: astrid });
  expect(audit.status).toBe(200);
  const entries = field<Array<{ path: string; oldValue: unknown; newValue: unknown; actor: { displayName: string }; at: string }>>(audit.body, 'items');
  expect(entries.map((e) => e.path).sort()).toEqual(['teams.team-se.language', 'tenant.language']);
  expect(entries.find((e) => e.path === 'tenant.language')).toMatchObject({ oldValue: 'en', newValue: 'da', actor: { displayName: 'Astrid Holm' } });
  expect(entries.find((e) => e.path === 'teams.team-se.language')).toMatchObject({ oldValue: 'sv', newValue: null });
  expect(Number.isNaN(Date.parse(entries[0]?.at ?? ''))).toBe(false);
  // Fabrikam's admin sees none of it.
  expect(field<unknown[]>((await call(server.baseUrl, 'GET', '/api/chat-languages/audit', { token: nora })).body, 'items')).toEqual([]);
});

const SandboxChat = z.object({ messages: z.array(z.object({ kind: z.string(), text: z.string() })) });

async function botTexts(chatId: string, count: number): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const chat = SandboxChat.parse((await call(server.baseUrl, 'GET', `/sandbox/api/chats/${encodeURIComponent(chatId)}`)).body);
    const texts = chat.messages.filter((m) => m.kind === 'bot').map((m) => m.text);
    if (texts.length >= count) return texts;
    await new Promise((r) => setTimeout(r, 50));
  }
  return [];
}

test('a join note in a chat of a team\'s record comes out in the language just set for that team', async () => {
  const created = await call(server.baseUrl, 'POST', '/api/records/case-012/chats', { token: mads, body: { memberIds: [DEMO_USERS.sofie] }, headers: { 'idempotency-key': 'k1-chat-language' } });
  expect(created.status).toBe(201);
  const chatId = field<string>(created.body, 'chatId');
  await botTexts(chatId, 1);
  // case-012 belongs to team DK (Danish); its admin makes DK's chats English.
  const etag = (await read(astrid)).headers.get('etag') ?? '';
  expect((await patch(astrid, etag, { teams: [{ id: 'team-dk', language: 'en' }] })).status).toBe(200);
  const ingrid = await tokenFor(server.baseUrl, 'Ingrid Johansson');
  const joined = await call(server.baseUrl, 'POST', `/api/records/case-012/chats/${encodeURIComponent(chatId)}/join`, { token: ingrid });
  expect(joined.status).toBe(200);
  const texts = await botTexts(chatId, 2);
  expect(texts).toContain('Ingrid Johansson joined this chat through CAS-01012 · Sterilisator viser fejlkode E42.');
  expect(texts.join('\n')).not.toContain('deltager nu i chatten');
});
