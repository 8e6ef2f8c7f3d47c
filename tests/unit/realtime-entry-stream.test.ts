/**
 * EntryStream: each entry once, in seq order, never across a hole — a gap read that does not have
 * the missing entry yet is retried a few times, and otherwise the later entries wait for the next
 * event; nothing is sent before the first read or after stop().
 */
import type { SessionEntry } from '../../bot/src/domain/sessions/session';
import { EntryStream } from '../../bot/src/realtime/entry-stream';

const entry = (seq: number): SessionEntry => ({ seq, at: '2026-01-01T00:00:00Z', kind: 'customer', authorId: null, authorName: null, text: `m${seq}`, clientId: null, note: null });

/** A store that has the entries in `stored` (a test adds to it, as a lagging store catches up). */
function setup(since: number, stored: number[]) {
  const sent: number[] = [];
  const reads: number[] = [];
  const stream = new EntryStream(since, {
    read: async (afterSeq) => {
      reads.push(afterSeq);
      return stored.filter((seq) => seq > afterSeq).map(entry);
    },
    emit: (e) => sent.push(e.seq),
    failed: (error) => {
      throw error;
    },
    retryDelaysMs: [10, 20, 30],
  });
  return { stream, sent, reads };
}

const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

it('holds live entries until the first read, then sends both in order, each once', async () => {
  const { stream, sent } = setup(0, []);
  stream.offer(entry(3));
  stream.offer(entry(2));
  expect(sent).toEqual([]);
  stream.begin([entry(1), entry(2)]);
  expect(sent).toEqual([1, 2, 3]);
  stream.offer(entry(3));
  expect(sent).toEqual([1, 2, 3]);
});

it('never skips an entry the gap read does not have yet: retries, and otherwise waits for the next event', async () => {
  // Entry 2 is missing from the store's answer (it lags); only 3 is there.
  const stored = [1, 3];
  const { stream, sent, reads } = setup(0, stored);
  stream.begin([entry(1)]);
  stream.offer(entry(4));
  await settle();
  expect(sent).toEqual([1]);
  expect(reads).toEqual([1, 1, 1, 1]); // the read and three retries, then it waits
  stored.push(2, 4, 5);
  stream.offer(entry(5));
  await settle();
  expect(sent).toEqual([1, 2, 3, 4, 5]);
});

it('repairs a hole as soon as a retry finds the entry', async () => {
  const stored = [1, 3];
  const { stream, sent } = setup(0, stored);
  stream.begin([entry(1)]);
  stream.offer(entry(3));
  setTimeout(() => stored.push(2), 15);
  await settle();
  expect(sent).toEqual([1, 2, 3]);
});

it('reads everything after the last seq on a resync, and sends nothing after stop()', async () => {
  const stored = [1, 2, 3];
  const { stream, sent } = setup(0, stored);
  stream.begin([entry(1)]);
  await stream.resync();
  expect(sent).toEqual([1, 2, 3]);
  stream.stop();
  stored.push(4);
  stream.offer(entry(4));
  await stream.resync();
  expect(sent).toEqual([1, 2, 3]);
  expect(stream.live).toBe(false);
});
