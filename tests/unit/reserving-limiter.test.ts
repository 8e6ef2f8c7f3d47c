/** Rate limits shared by instances, with reservations (issue 9): never more than the limit, few store calls. */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { chunkFor, ReservingLimiter } from '../../bot/src/http/reserving-limiter';

/** A shared store that counts its calls. */
function countingStore(points: number) {
  const memory = new RateLimiterMemory({ points, duration: 60 });
  const store = Object.assign(memory, { calls: 0 });
  const consume = memory.consume.bind(memory);
  store.consume = (key, used, options) => {
    store.calls++;
    return consume(key, used, options);
  };
  return store;
}

async function granted(limiter: ReservingLimiter, key: string): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return false;
    throw rejection;
  }
}

test('a reservation is 2 % of the limit, at least 1 and at most 50', () => {
  expect([1, 30, 99, 100, 1200, 2500, 1_000_000].map(chunkFor)).toEqual([1, 1, 1, 2, 24, 50, 50]);
});

test.each([12, 100, 1200])('two instances on one store never grant more than %i in a window, and all of it while both ask', async (points) => {
  const store = countingStore(points);
  const instances = [new ReservingLimiter(store, points), new ReservingLimiter(store, points)];
  let total = 0;
  for (let i = 0; i < points * 2; i++) if (await granted(instances[i % 2] as ReservingLimiter, 'caller')) total++;
  expect(total).toBe(points);
  // One store request per reservation, not per request.
  expect(store.calls).toBeLessThanOrEqual(Math.ceil(points / chunkFor(points)) + 2);
});

test('a caller on one instance only may be refused early by at most what the other holds, never late', async () => {
  const store = countingStore(100); // reservations of 2
  const [a, b] = [new ReservingLimiter(store, 100), new ReservingLimiter(store, 100)];
  expect(await granted(b, 'caller')).toBe(true); // b now holds one more point it may never use
  let fromA = 0;
  while (await granted(a, 'caller')) fromA++;
  expect(fromA).toBe(98);
});

test('requests at once share one reservation, and a key over its limit costs no store request', async () => {
  const store = countingStore(1000); // reservations of 20
  const limiter = new ReservingLimiter(store, 1000);
  const answers = await Promise.all(Array.from({ length: 15 }, () => granted(limiter, 'burst')));
  expect(answers.every(Boolean)).toBe(true);
  expect(store.calls).toBe(1);

  const tight = countingStore(3);
  const small = new ReservingLimiter(tight, 3);
  const results: boolean[] = [];
  for (let i = 0; i < 50; i++) results.push(await granted(small, 'flood'));
  expect(results.filter(Boolean)).toHaveLength(3);
  expect(tight.calls).toBe(4); // three grants and the one refusal that blocked the key
});

test('a store failure rejects as it is (the Cosmos store has its own insurance)', async () => {
  const broken = new RateLimiterMemory({ points: 10, duration: 60 });
  broken.consume = () => Promise.reject(new Error('store down'));
  await expect(new ReservingLimiter(broken, 10).consume('k')).rejects.toThrow('store down');
});

test('a burst under a tight limit is granted up to the limit, however many wait for one reservation at a time', async () => {
  // 30 a minute reserves one point at a time: the CI run where five sign-ins at once got a 429 (one lost four rounds).
  const store = countingStore(30);
  const limiter = new ReservingLimiter(store, 30);
  const answers = await Promise.all(Array.from({ length: 12 }, () => granted(limiter, 'sign-in')));
  expect(answers.filter(Boolean)).toHaveLength(12);
  const rest = await Promise.all(Array.from({ length: 25 }, () => granted(limiter, 'sign-in')));
  expect(rest.filter(Boolean)).toHaveLength(18);
});
