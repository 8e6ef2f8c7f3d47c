/**
 * The chat's rate limits on the real server (counted in Cosmos, shared by every instance): new
 * sockets per client address per minute (429 before the upgrade) and messages per session per
 * minute (an error frame `rateLimited`, the message not stored).
 */
import { CONTOSO } from '../../bot/src/sandbox/demo-data';
import { call, field, tokenFor } from '../fixtures/api-client';
import { startServer, type TestServer } from '../fixtures/server';
import { ChatClient, RefusedUpgrade, isError, newClientId } from '../fixtures/chat-client';

let server: TestServer;
let mads: string;
const clients: ChatClient[] = [];

beforeAll(async () => {
  server = await startServer({ env: { CHAT_MESSAGES_PER_MINUTE: '5', CHAT_CONNECTIONS_PER_MINUTE_PER_IP: '4' } });
  mads = await tokenFor(server.baseUrl, 'Mads Nielsen');
  expect((await call(server.baseUrl, 'PUT', '/api/me/status', { token: mads, body: { status: 'present' } })).status).toBe(200);
}, 120_000);

afterAll(async () => {
  for (const client of clients) client.close();
  await server?.stop();
}, 60_000);

it('refuses a flood with rateLimited, stores none of it, and refuses the fifth socket of a minute with 429', async () => {
  const c = await ChatClient.connect(server.baseUrl, { tenant: CONTOSO, site: 'web', origin: server.baseUrl });
  clients.push(c);
  await c.hello({ lang: 'sv' });
  const { sessionId } = await c.start('Hej');
  for (let i = 0; i < 5; i++) await c.post(`meddelande ${i}`);
  const from = c.mark();
  c.send({ t: 'send', clientId: newClientId(), text: 'ett för mycket' });
  const error = await c.waitFor(isError, { from });
  expect(error.code).toBe('rateLimited');
  expect(error.message).toMatch(/^Du skickar meddelanden för snabbt\. Vänta \d+ sekunder och försök igen\.$/);
  const view = await call(server.baseUrl, 'GET', `/api/sessions/${encodeURIComponent(sessionId)}`, { token: mads });
  expect(field<Array<{ text: string }>>(view.body, 'entries').map((e) => e.text)).not.toContain('ett för mycket');

  // One socket so far; three more are allowed this minute, the fifth is refused before the upgrade.
  for (let i = 0; i < 3; i++) clients.push(await ChatClient.connect(server.baseUrl, { tenant: CONTOSO, site: 'web', origin: server.baseUrl }));
  let status = 0;
  let retryAfter = '';
  try {
    await ChatClient.connect(server.baseUrl, { tenant: CONTOSO, site: 'web', origin: server.baseUrl });
  } catch (refused) {
    if (refused instanceof RefusedUpgrade) {
      status = refused.status;
      retryAfter = refused.body;
    }
  }
  expect(status).toBe(429);
  expect(retryAfter).toMatch(/Too many chat connections/);
}, 60_000);
