/** The per-conversation send limits (Teams answers 429 beyond 7 in 1 s, 8 in 2 s, 60 in 30 s per thread). */
import pino from 'pino';
import { ConversationThrottle, TEAMS_THREAD_LIMITS, TEAMS_WINDOWS } from '../../bot/src/teams/send-throttle';

const logger = pino({ level: 'silent' });

/** The most starts any window of `windowMs` can hold when starts are `spacingMs` apart. */
const mostIn = (windowMs: number, spacingMs: number) => Math.floor(windowMs / spacingMs) + 1;

test('the spacing alone keeps every Teams window within its limit', () => {
  for (const { windowMs, max } of TEAMS_WINDOWS) expect(mostIn(windowMs, TEAMS_THREAD_LIMITS.spacingMs)).toBeLessThanOrEqual(max);
});

test('sends to one conversation start no closer than the spacing, one at a time; other conversations do not wait', async () => {
  const spacingMs = 150;
  // Bottleneck spaces the moments it starts jobs; a busy event loop may run one a little late and
  // the next on time, so observed gaps may fall short of the spacing by the loop's delay (CI saw 12 ms).
  const slackMs = 30;
  const throttle = new ConversationThrottle(logger, { spacingMs, retries: 0 });
  const started = performance.now();
  const starts: Record<'a' | 'b', number[]> = { a: [], b: [] };
  let running = 0;
  let mostAtOnce = 0;
  const send = (key: 'a' | 'b') => throttle.run(key, async () => {
    starts[key].push(performance.now() - started);
    running++;
    mostAtOnce = Math.max(mostAtOnce, running);
    await new Promise((r) => setTimeout(r, 5));
    running--;
  });
  await Promise.all([...Array.from({ length: 8 }, () => send('a')), send('b')]);
  for (let i = 1; i < starts.a.length; i++) expect((starts.a[i] ?? 0) - (starts.a[i - 1] ?? 0)).toBeGreaterThanOrEqual(spacingMs - slackMs);
  // Sliding windows over the real start times: never more than the spacing allows.
  for (const from of starts.a) expect(starts.a.filter((t) => t >= from && t < from + 500).length).toBeLessThanOrEqual(mostIn(500, spacingMs - slackMs));
  expect(starts.a.at(-1)).toBeGreaterThanOrEqual(7 * (spacingMs - slackMs));
  expect(starts.b[0]).toBeLessThan(100);
  expect(mostAtOnce).toBeLessThanOrEqual(2); // one per conversation, two conversations
});

test('a 429 is retried after its Retry-After; other errors and exhausted retries are thrown', async () => {
  const throttle = new ConversationThrottle(logger, { spacingMs: 1, retries: 2 });
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
