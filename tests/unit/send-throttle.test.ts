/** The per-conversation send limits (Teams answers 429 beyond 7 in 1 s, 8 in 2 s, 60 in 30 s per thread). */
import pino from 'pino';
import { ConversationThrottle, TEAMS_THREAD_LIMITS } from '../../bot/src/teams/send-throttle';

const logger = pino({ level: 'silent' });

test('the Teams limits: never more than 8 sends in 2 s, nor 60 in 30 s, to one conversation', () => {
  const { spacingMs, perWindow, windowMs } = TEAMS_THREAD_LIMITS;
  expect(Math.ceil(2000 / spacingMs)).toBeLessThanOrEqual(8);
  expect(Math.ceil(1000 / spacingMs)).toBeLessThanOrEqual(7);
  expect(perWindow * (30_000 / windowMs)).toBeLessThanOrEqual(60);
});

test('sends to one conversation are spaced and capped per window; other conversations do not wait', async () => {
  const throttle = new ConversationThrottle(logger, { spacingMs: 40, perWindow: 4, windowMs: 600, retries: 0 });
  const started = Date.now();
  const at: Record<string, number[]> = { a: [], b: [] };
  const send = (key: 'a' | 'b') => throttle.run(key, async () => { at[key]?.push(Date.now() - started); });
  await Promise.all([...Array.from({ length: 6 }, () => send('a')), send('b')]);
  const a = at.a ?? [];
  for (let i = 1; i < a.length; i++) expect((a[i] ?? 0) - (a[i - 1] ?? 0)).toBeGreaterThanOrEqual(35);
  // The fifth send waits for the window to refill.
  expect(a[4]).toBeGreaterThanOrEqual(550);
  expect(at.b?.[0]).toBeLessThan(100);
});

test('a 429 is retried after its Retry-After; other errors and exhausted retries are thrown', async () => {
  const throttle = new ConversationThrottle(logger, { spacingMs: 1, perWindow: 100, windowMs: 1000, retries: 2 });
  let calls = 0;
  const tooMany = Object.assign(new Error('Too Many Requests'), { statusCode: 429, response: { headers: { get: (name: string) => (name === 'retry-after' ? '0.2' : null) } } });
  const started = Date.now();
  await expect(throttle.run('c', async () => { calls++; if (calls === 1) throw tooMany; return 'sent'; })).resolves.toBe('sent');
  expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  calls = 0;
  await expect(throttle.run('c', async () => { calls++; throw tooMany; })).rejects.toBe(tooMany);
  expect(calls).toBe(3);
  const boom = Object.assign(new Error('Bad'), { statusCode: 400 });
  calls = 0;
  await expect(throttle.run('c', async () => { calls++; throw boom; })).rejects.toBe(boom);
  expect(calls).toBe(1);
});
